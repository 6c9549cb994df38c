/**
 * `npm run bench -- cold-start`: process start (`npm start`'s command) to the first answer, with
 * SQLite, against the Bot API emulator: once on a new database (migrations applied at start) and
 * once on an existing one. Baseline in the same run: the same runtime starting an empty module.
 * `npm start` runs the bundle in dist/server (scripts/build-server.mjs), made at install; after a
 * source changes, the first start rebuilds it, and the bench prints that build's time too.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeBotApi, type FakeBotApi } from '../src/emulator/bot-api.ts';
import { startBotProcess } from '../test/support/process.ts';
import { buildServerBundle } from '../scripts/build-server.mjs';
import { privateText } from '../test/support/updates.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function firstAnswerMs(fake: FakeBotApi, url: string, chat: number): Promise<number> {
  const mark = fake.mark();
  fake.pushUpdate(privateText(chat, '/start', { languageCode: 'ru', firstName: 'Әлия' }));
  const t = performance.now();
  const p = startBotProcess({
    BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_URL: url,
    PORT: '0',
    LOG_LEVEL: 'warn',
    SCHEDULER: 'off',
  });
  await fake.waitFor('sendMessage', (params) => params.chat_id === chat, { after: mark, timeoutMs: 60_000 });
  const ms = performance.now() - t;
  p.child.kill('SIGTERM');
  await p.exited;
  return ms;
}

async function emptyStartMs(dir: string): Promise<number> {
  const file = join(dir, 'empty.mjs');
  writeFileSync(file, 'export {};\n');
  const t = performance.now();
  await new Promise((resolve) => spawn(process.execPath, [file], { stdio: 'ignore' }).once('exit', resolve));
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'akim-bench-cold-'));
  const fake = await startFakeBotApi({ recordCalls: false });
  try {
    const fresh: number[] = [];
    const warm: number[] = [];
    const empty: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const url = `file:${join(dir, `bot-${i}.db`)}`;
      fresh.push(await firstAnswerMs(fake, url, 7000 + i));
      warm.push(await firstAnswerMs(fake, url, 7100 + i));
      empty.push(await emptyStartMs(dir));
    }
    const base = median(empty);
    const out = join(dir, 'bundle');
    const builds: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await buildServerBundle(join(out, String(i)));
      builds.push(performance.now() - t);
    }
    console.log(`baseline (runtime starts an empty module): ${base.toFixed(0)} ms (median of ${RUNS})`);
    console.log(
      `start to first answer, new database:      ${median(fresh).toFixed(0)} ms = ${(median(fresh) / base).toFixed(2)} x baseline (goal <= 1500 ms)`,
    );
    console.log(
      `start to first answer, existing database: ${median(warm).toFixed(0)} ms = ${(median(warm) / base).toFixed(2)} x baseline (goal <= 1500 ms)`,
    );
    console.log(`rebuilding the bundle after a source change (the first start after it only): ${median(builds).toFixed(0)} ms`);
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
