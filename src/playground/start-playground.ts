/**
 * Starts the playground: the Bot API emulator, the real bot (same composition root as `npm start`)
 * on a SQLite file with the sample data, and the chat page's server. Nothing here calls Telegram.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { buildPlaygroundPage, PAGE_BUNDLE, pageBundleStale } from '../../scripts/build-playground.mjs';
import { createDatabase } from '../adapters/db/client.ts';
import { applyMigrations } from '../adapters/db/migrations/index.ts';
import { startApp, type App } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Locale } from '../core/locale.ts';
import { startFakeBotApi, type FakeBotApi } from '../emulator/bot-api.ts';
import { loadSampleComplaints, loadSampleElections } from './seed.ts';
import { startPlaygroundServer } from './server.ts';
import { PlaygroundSession } from './session.ts';
import { IDENTITIES } from './world.ts';

export interface PlaygroundOptions {
  framework: 'telegraf' | 'grammy';
  /** 0 picks a free port. */
  port: number;
  /** A SQLite file to keep; default: a new temp file removed on stop. */
  databaseFile?: string;
  lang?: Locale;
  log: Logger;
}

export interface Playground {
  url: string;
  databaseUrl: string;
  app: App;
  emulator: FakeBotApi;
  session: PlaygroundSession;
  stop(): Promise<void>;
}

export async function startPlayground(opts: PlaygroundOptions): Promise<Playground> {
  if (pageBundleStale()) await buildPlaygroundPage();
  const tempDir = opts.databaseFile ? undefined : mkdtempSync(join(tmpdir(), 'akim-playground-'));
  const databaseUrl = `file:${opts.databaseFile ?? join(tempDir!, 'playground.db')}`;
  await seedElections(databaseUrl);
  const emulator = await startFakeBotApi({ botUsername: 'akim_playground_bot', botFirstName: 'Akim Bot' });
  const config = loadConfig({
    BOT_TOKEN: emulator.token,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    DATABASE_URL: databaseUrl,
    BOT_FRAMEWORK: opts.framework,
    PORT: '0',
    ADMIN_IDS: String(IDENTITIES.owner.id),
    DEFAULT_LOCALE: opts.lang ?? 'ru',
    LOG_LEVEL: opts.log.level,
  });
  const app = await startApp({ config, log: opts.log });
  await loadSampleComplaints(app.db.prisma);
  const session = new PlaygroundSession(emulator, opts.framework, opts.lang ?? 'ru');
  session.setUpGroup();
  const server = await startPlaygroundServer(session, emulator, { dir: PAGE_BUNDLE }, opts.port);
  let stopping: Promise<void> | undefined;
  const stop = async () => {
    session.close();
    await server.close();
    await app.stop();
    await emulator.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
  return { url: server.url, databaseUrl, app, emulator, session, stop: () => (stopping ??= stop()) };
}

async function seedElections(databaseUrl: string): Promise<void> {
  await applyMigrations(databaseUrl);
  const db = await createDatabase(databaseUrl);
  try {
    await loadSampleElections(db.prisma);
  } finally {
    await db.close();
  }
}
