// Real bot processes (`node --import tsx src/main.ts`) on one fresh PostgreSQL database, against the
// fake Bot API: scheduled posts go out exactly once with two replicas, and a replica killed with
// SIGKILL mid-broadcast loses nothing. One process runs telegraf and the other grammY.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../src/adapters/db/client.ts';
import { applyMigrations } from '../../src/adapters/db/migrations/index.ts';
import { freshPostgresUrl, TEST_PROVIDERS, type FreshPostgres } from '../support/databases.ts';
import { startFakeBotApi, type FakeBotApi } from '../../src/emulator/bot-api.ts';
import { seedArea, seedGroup } from '../support/posts-fixtures.ts';

const IN_FLIGHT_BOUND = 16; // DELIVERY_CONCURRENCY below

interface Bot {
  proc: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

function startBot(fake: FakeBotApi, url: string, framework: 'telegraf' | 'grammy'): Bot {
  const env = {
    ...process.env,
    BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_URL: url,
    BOT_FRAMEWORK: framework,
    BOT_MODE: 'webhook',
    WEBHOOK_URL: 'http://127.0.0.1:9/hook',
    WEBHOOK_SECRET: 'posts-test',
    PORT: '0',
    LOG_LEVEL: 'warn',
    SCHEDULER: 'on',
    SCHEDULER_TICK_MS: '250',
    POSTS_NOW: '2026-11-27T15:00:03Z',
    OUTBOX_STALE_SECONDS: '3',
    DELIVERY_CONCURRENCY: String(IN_FLIGHT_BOUND),
  };
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  proc.stdout!.on('data', (d) => output.push(String(d)));
  proc.stderr!.on('data', (d) => output.push(String(d)));
  return { proc, output, exited: new Promise((r) => proc.once('exit', (code) => r(code))) };
}

async function stopBot(bot: Bot, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (bot.proc.exitCode === null && bot.proc.signalCode === null) bot.proc.kill(signal);
  await bot.exited;
}

/** Successful sendMessage calls per chat id. */
function deliveries(fake: FakeBotApi): Map<number, number> {
  const counts = new Map<number, number>();
  for (const c of fake.callsOf('sendMessage')) if (c.ok) counts.set(c.params.chat_id, (counts.get(c.params.chat_id) ?? 0) + 1);
  return counts;
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string, bots: Bot[]): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end)
      throw new Error(
        `${what} not reached; bot output:\n${bots
          .map((b) => b.output.join(''))
          .join('\n---\n')
          .slice(-4000)}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

const groupIds = (from: number, n: number) => Array.from({ length: n }, (_, i) => from - i);

describe.runIf(TEST_PROVIDERS.includes('postgresql'))('scheduled posts with real bot processes on PostgreSQL', () => {
  let fake: FakeBotApi;
  let pg: FreshPostgres;
  let db: Database;
  const bots: Bot[] = [];
  beforeAll(async () => {
    fake = await startFakeBotApi();
    pg = await freshPostgresUrl();
    await applyMigrations(pg.url); // once, before the replicas start
    db = await createDatabase(pg.url);
    await seedArea(db.prisma);
  });
  afterAll(async () => {
    await Promise.all(bots.map((b) => stopBot(b, 'SIGKILL')));
    await db?.close();
    await pg?.drop();
    await fake?.close();
  });

  it('when two replicas run the same schedules, then every scheduled post appears exactly once', async () => {
    const groups = groupIds(-200_001, 40);
    for (const g of groups) await seedGroup(db.prisma, g, { subs: [{ kind: 'digest', cron: '0 20 * * *' }] });
    const pair = [startBot(fake, pg.url, 'telegraf'), startBot(fake, pg.url, 'grammy')];
    bots.push(...pair);
    await until(() => groups.every((g) => deliveries(fake).has(g)), 60_000, 'every group posted', pair);
    // Both replicas keep ticking over the same minute for a while: nothing more may appear.
    await new Promise((r) => setTimeout(r, 2000));
    await Promise.all(pair.map((b) => stopBot(b)));
    const counts = deliveries(fake);
    expect(groups.map((g) => counts.get(g))).toEqual(groups.map(() => 1));
    expect(await db.prisma.jobSlot.count({ where: { chatId: { in: groups.map(BigInt) } } })).toBe(40);
    expect(await db.prisma.outboxMessage.count({ where: { chatId: { in: groups.map(BigInt) }, status: 'sent' } })).toBe(40);
  }, 120_000);

  it('when a replica is killed with SIGKILL mid-broadcast and started again, then every group gets its post, duplicates within the in-flight bound', async () => {
    const groups = groupIds(-300_001, 300);
    for (const g of groups) await seedGroup(db.prisma, g, { subs: [{ kind: 'digest', cron: '0 20 * * *' }] });
    const first = startBot(fake, pg.url, 'telegraf');
    bots.push(first);
    const sentTo = () => groups.filter((g) => deliveries(fake).has(g)).length;
    await until(() => sentTo() >= 60, 60_000, '60 posts sent', [first]);
    await stopBot(first, 'SIGKILL');
    const before = sentTo();
    expect(before).toBeLessThan(300);
    const again = startBot(fake, pg.url, 'grammy');
    bots.push(again);
    await until(() => sentTo() === 300, 90_000, 'every group posted after the restart', [again]);
    await until(
      async () => (await db.prisma.outboxMessage.count({ where: { chatId: { in: groups.map(BigInt) }, status: 'sent' } })) === 300,
      30_000,
      'all rows sent',
      [again],
    );
    await stopBot(again);
    const counts = deliveries(fake);
    const duplicates = groups.reduce((n, g) => n + (counts.get(g) ?? 0) - 1, 0);
    expect(duplicates).toBeGreaterThanOrEqual(0);
    expect(duplicates).toBeLessThanOrEqual(IN_FLIGHT_BOUND);
    console.info(`SIGKILL after ${before}/300 posts; duplicates after restart: ${duplicates} (bound ${IN_FLIGHT_BOUND})`);
  }, 180_000);
});
