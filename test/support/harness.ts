import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Clock } from '../../src/core/clock.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { startFakeBotApi, type ApiCall, type FakeBotApi } from '../../src/emulator/bot-api.ts';

export type Framework = 'telegraf' | 'grammy';
/** Every end-to-end scenario runs under both frameworks: `describe.each(FRAMEWORKS)`. */
export const FRAMEWORKS: Framework[] = ['telegraf', 'grammy'];

export interface HarnessOptions {
  framework: Framework;
  /** Reuse a fake (e.g. across a restart); default: a new one. */
  fake?: FakeBotApi;
  /** Default: a fresh SQLite file. */
  databaseUrl?: string;
  env?: Record<string, string>;
  clock?: Clock;
  /** How a rate-limited chat's queue waits out `retry_after` (default: a real timer). */
  sleep?: (ms: number) => Promise<void>;
  /** Default: silent (or TEST_LOG_LEVEL). */
  log?: Logger;
  /** Wait for the command menus before returning (default true); false to see what happens meanwhile. */
  waitForMenus?: boolean;
}

export interface Harness {
  fake: FakeBotApi;
  app: App;
  databaseUrl: string;
  /** Pushes an update through the fake (real HTTP polling) and resolves when the bot handled it, with the calls it made. */
  send(update: Record<string, unknown>): Promise<ApiCall[]>;
  /** Texts the bot sent or edited in those calls. */
  texts(calls: ApiCall[]): string[];
  /** Stops the bot and starts a new process-equivalent on the same database and fake. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const tempDirs = new Set<string>();
/** A SQLite file in a new temp folder; removed by `removeTempSqlite()` (the harness does it on stop). */
export const tempSqliteUrl = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'akim-bot-'));
  tempDirs.add(dir);
  return `file:${join(dir, 'bot.db')}`;
};
/** Removes every temp SQLite folder made in this test file (call from afterAll). */
export const removeAllTempSqlite = (): void => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
};
export const removeTempSqlite = (url: string): void => {
  const dir = url.replace(/^file:/, '').replace(/\/bot\.db$/, '');
  if (tempDirs.delete(dir)) rmSync(dir, { recursive: true, force: true });
};

export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  const fake = opts.fake ?? (await startFakeBotApi());
  const databaseUrl = opts.databaseUrl ?? tempSqliteUrl();
  const waiting = new Map<number, () => void>();
  const handled = new Set<number>();
  // Menus are registered after start, in the background; tests look at them right away.
  const boot = async () => {
    const started = await startApp({
      config: loadConfig({
        BOT_TOKEN: fake.token,
        TELEGRAM_API_ROOT: fake.apiRoot,
        DATABASE_URL: databaseUrl,
        BOT_FRAMEWORK: opts.framework,
        PORT: '0',
        LOG_LEVEL: 'silent',
        SCHEDULER: 'off',
        ...opts.env,
      }),
      log: opts.log ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
      clock: opts.clock,
      sleep: opts.sleep,
      strictI18n: true,
      onUpdateHandled: (id) => {
        handled.add(id);
        waiting.get(id)?.();
      },
    });
    if (opts.waitForMenus !== false) await started.menusRegistered;
    return started;
  };
  let app = await boot();
  const harness: Harness = {
    fake,
    get app() {
      return app;
    },
    databaseUrl,
    async send(update) {
      const mark = fake.mark();
      const id = fake.pushUpdate(update);
      await new Promise<void>((resolve, reject) => {
        if (handled.has(id)) return resolve();
        const timer = setTimeout(() => reject(new Error(`update ${id} not handled within 10 s`)), 10_000);
        waiting.set(id, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      waiting.delete(id);
      return fake.calls.filter((c) => c.index >= mark && c.method !== 'getUpdates');
    },
    texts: (calls) =>
      calls.filter((c) => c.ok && (c.method === 'sendMessage' || c.method === 'editMessageText')).map((c) => String(c.params.text)),
    async restart() {
      await app.stop();
      app = await boot();
    },
    async stop() {
      await app.stop();
      if (!opts.fake) await fake.close();
      if (!opts.databaseUrl) removeTempSqlite(databaseUrl);
    },
  };
  return harness;
}
