// `npm run playground [-- --framework grammy] [--port 3000] [--db ./data/playground.db] [--lang kk|ru|en]`
// Runs the real bot against the built-in Bot API emulator and serves a Telegram-like chat page on
// 127.0.0.1. It never calls Telegram and needs no token. PLAYGROUND_PORT also sets the port.
// Exit codes: 0 stopped by Ctrl+C / SIGTERM, 1 start-up failed, 2 usage.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isLocale } from '../core/locale.ts';
import { createLogger } from '../logger.ts';
import { startPlayground, type PlaygroundOptions } from '../playground/start-playground.ts';

const USAGE = 'usage: npm run playground -- [--framework telegraf|grammy] [--port N] [--db <sqlite file>] [--lang kk|ru|en]';

/** Options from the command line; a string is a usage error. */
export function parsePlaygroundArgs(args: string[], env: NodeJS.ProcessEnv = process.env): Omit<PlaygroundOptions, 'log'> | string {
  let values;
  try {
    values = parseArgs({
      args,
      options: {
        framework: { type: 'string', default: 'telegraf' },
        port: { type: 'string' },
        db: { type: 'string' },
        lang: { type: 'string', default: 'ru' },
      },
    }).values;
  } catch (err) {
    return (err as Error).message;
  }
  const port = Number(values.port ?? env.PLAYGROUND_PORT ?? 3000);
  if (values.framework !== 'telegraf' && values.framework !== 'grammy') return `unknown framework: ${values.framework}`;
  if (!Number.isInteger(port) || port < 0 || port > 65535) return `bad port: ${values.port ?? env.PLAYGROUND_PORT}`;
  if (!isLocale(values.lang)) return `unknown language: ${values.lang}`;
  return { framework: values.framework, port, databaseFile: values.db, lang: values.lang };
}

async function main(): Promise<void> {
  const parsed = parsePlaygroundArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    console.error(`${parsed}\n${USAGE}`);
    process.exit(2);
  }
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const playground = await startPlayground({ ...parsed, log }).catch((err: Error) => {
    console.error(`Playground failed to start: ${err.message}`);
    process.exit(1);
  });
  console.log(
    `Playground (${parsed.framework}): ${playground.url}  — the bot runs against a local Bot API emulator and never calls Telegram.`,
  );
  console.log(`Database: ${playground.databaseUrl}${parsed.databaseFile ? '' : ' (temporary)'}. Ctrl+C stops.`);
  const stop = () => {
    setTimeout(() => process.exit(1), 9_500).unref();
    playground.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
