import type { App } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger, scrubToken } from './logger.ts';

/** Entry point of `npm start`: one clear line for a configuration problem, exit 0 on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`Configuration error: ${err.problems.join('; ')}. See README.md "Configuration".\n`);
    process.exit(1);
  }
  const log = createLogger(config.LOG_LEVEL);
  let app: App;
  try {
    // Migrations are applied while the rest of the bot's modules load; startApp waits for them before
    // it opens the database, and reports their failure like its own.
    const migrations = import('./adapters/db/migrations/apply-migrations.ts').then((m) => m.applyMigrations(config.DATABASE_URL));
    migrations.catch(() => {}); // reported through startApp, below
    const { startApp } = await import('./app.ts');
    app = await startApp({ config, log, migrations });
  } catch (err) {
    const message = scrubToken(err instanceof Error ? err.message : String(err));
    log.fatal({ err: message }, 'start-up failed');
    process.stderr.write(`Start-up failed: ${message}\n`);
    process.exit(1);
  }
  let stopping = false;
  const onSignal = (signal: string) => {
    // Under `npm start` a terminal's Ctrl-C or systemd reaches both npm and the bot, and npm passes it on
    // again: a second signal must not cut the graceful stop short (the hard stop below still bounds it).
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'signal received');
    // A hard stop if something hangs: the orchestrator expects us gone within 10 s.
    setTimeout(() => process.exit(1), 9_500).unref();
    app.stop().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

void main();
