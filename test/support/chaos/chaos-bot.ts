import { Writable } from 'node:stream';
import { startApp, type App } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';

/** Error-level log lines (and what they said), uncaught exceptions and unhandled rejections of a run. */
export interface Trouble {
  errors: number;
  /** The first few error messages, for the report. */
  samples: string[];
  crashes: number;
}

/** Counts pino lines at level >= 50 without printing anything. */
function countingLog(trouble: Trouble) {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) {
        if (!line) continue;
        const entry = JSON.parse(line) as { level: number; msg?: string; err?: { message?: string; stack?: string } };
        if (entry.level >= 50) {
          trouble.errors++;
          if (trouble.samples.length < 5)
            trouble.samples.push(`${entry.msg}: ${entry.err?.message?.split('\n').filter(Boolean).pop() ?? ''}`);
        }
      }
      done();
    },
  });
  return createLogger('error', sink);
}

/** Counts what would have crashed the process, for the duration of a run. */
export function watchCrashes(trouble: Trouble): () => void {
  const crash = () => void trouble.crashes++;
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  return () => {
    process.off('uncaughtException', crash);
    process.off('unhandledRejection', crash);
  };
}

export interface ChaosBot {
  app: App;
  trouble: Trouble;
  /** Update ids whose handling (and background work) finished. */
  handled: Set<number>;
  /** Resolves when all of `ids` were handled, or after `timeoutMs`; returns how many were not. */
  waitHandled(ids: number[], timeoutMs: number): Promise<number>;
  stop(): Promise<void>;
}

/** The real bot (long polling) in this process against `apiRoot`, logging only into counters. */
export async function startChaosBot(opts: {
  framework: 'telegraf' | 'grammy';
  apiRoot: string;
  token: string;
  databaseUrl: string;
  env?: Record<string, string>;
}): Promise<ChaosBot> {
  const trouble: Trouble = { errors: 0, samples: [], crashes: 0 };
  const unwatch = watchCrashes(trouble);
  const handled = new Set<number>();
  const app = await startApp({
    config: loadConfig({
      BOT_TOKEN: opts.token,
      TELEGRAM_API_ROOT: opts.apiRoot,
      DATABASE_URL: opts.databaseUrl,
      BOT_FRAMEWORK: opts.framework,
      PORT: '0',
      LOG_LEVEL: 'error',
      SCHEDULER: 'off',
      ...opts.env,
    }),
    log: countingLog(trouble),
    onUpdateHandled: (id) => handled.add(id),
  });
  return {
    app,
    trouble,
    handled,
    async waitHandled(ids, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && ids.some((id) => !handled.has(id))) await new Promise((r) => setTimeout(r, 25));
      return ids.filter((id) => !handled.has(id)).length;
    },
    async stop() {
      await app.stop();
      unwatch();
    },
  };
}
