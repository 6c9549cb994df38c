// One scheduled broadcast sent by several real bot processes (`npm start`'s command) sharing one
// PostgreSQL database, against the Bot API emulator enforcing Telegram's limits. Shared by the
// replicas test (correctness) and `npm run bench -- replicas` (the figures).
import { createDatabase } from '../../src/adapters/db/client.ts';
import { applyMigrations } from '../../src/adapters/db/migrations/index.ts';
import { startFakeBotApi } from '../../src/emulator/bot-api.ts';
import { BUILTIN_METHODS } from '../../src/emulator/methods.ts';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { dropDatabase, quoteIdent } from '../../src/adapters/db/migrations/postgres-factory.ts';
import { seedArea, seedGroup } from './posts-fixtures.ts';
import { startBotProcess, type BotProcess } from './process.ts';

export interface ReplicaRunOptions {
  groups: number;
  replicas: number;
  /** SIGKILL the leader once this share of the groups got their post (0 = never). */
  killLeaderAt?: number;
  timeoutMs?: number;
}

export interface ReplicaRunReport {
  groups: number;
  /** Groups that received nothing. */
  missing: number;
  /** Sends beyond the first into a group. */
  duplicates: number;
  tooManyRequests: number;
  /** First to last accepted send, seconds. */
  elapsedSeconds: number;
  /** groups / 30 per second: the least any sender within Telegram's limits can take. */
  floorSeconds: number;
  /** Replicas that sent at least one message (1 = one leader; 2 after a take-over). */
  senders: number;
  /** ms from the leader's SIGKILL to the next accepted send, or null when no one was killed. */
  takeoverMs: number | null;
}

const GLOBAL_RATE = 30;
/** Same server as the integration tests (not imported from databases.ts: that module needs vitest, and the bench runs without it). */
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `replicas_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(`CREATE DATABASE ${quoteIdent(name)}`).finally(() => client.end());
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropDatabase({ connectionString: ADMIN_URL }, name) };
}

export async function runReplicaBroadcast(o: ReplicaRunOptions): Promise<ReplicaRunReport> {
  const fake = await startFakeBotApi({ enforceLimits: true, recordCalls: false });
  const db0 = await scratchDatabase();
  const procs: BotProcess[] = [];
  const perChat = new Map<number, number>();
  let first = 0;
  let last = 0;
  let killedAt = 0;
  let afterKill = 0;
  fake.setHandler('sendMessage', (params, ctx) => {
    const chat = Number(params.chat_id);
    perChat.set(chat, (perChat.get(chat) ?? 0) + 1);
    last = performance.now();
    first ||= last;
    if (killedAt && !afterKill) afterKill = last;
    return BUILTIN_METHODS.sendMessage!(params, ctx);
  });
  try {
    await applyMigrations(db0.url); // once, before the replicas start (as docker-compose does)
    const db = await createDatabase(db0.url);
    await seedArea(db.prisma);
    for (let i = 0; i < o.groups; i++) await seedGroup(db.prisma, -1_500_000_000 - i, { subs: [{ kind: 'digest', cron: '0 20 * * *' }] });
    await db.close();
    const env = {
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_URL: db0.url,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'http://127.0.0.1:9/hook',
      WEBHOOK_SECRET: 'replicas',
      PORT: '0',
      LOG_LEVEL: 'info',
      SCHEDULER: 'on',
      SCHEDULER_TICK_MS: '250',
      POSTS_NOW: '2026-11-27T15:00:03Z',
    };
    for (let i = 0; i < o.replicas; i++) procs.push(startBotProcess({ ...env, BOT_FRAMEWORK: i % 2 ? 'grammy' : 'telegraf' }));
    const leaderOf = () => procs.find((p) => p.child.exitCode === null && p.child.signalCode === null && p.logs.some(isLeaderLine));
    const end = Date.now() + (o.timeoutMs ?? 180_000);
    while (perChat.size < o.groups) {
      if (Date.now() > end)
        throw new Error(
          `broadcast incomplete: ${perChat.size}/${o.groups}, leader killed: ${killedAt > 0}; ` +
            procs
              .map(
                (p, i) =>
                  `replica ${i} (${p.child.exitCode === null && p.child.signalCode === null ? 'running' : 'gone'}): ` +
                  `${p.logs
                    .slice(-8)
                    .map((l) => l.msg)
                    .join(' | ')}; stderr: ${p.stderr().slice(-500)}`,
              )
              .join('\n'),
        );
      if (o.killLeaderAt && !killedAt && perChat.size >= o.groups * o.killLeaderAt) {
        const leader = leaderOf();
        if (leader) {
          leader.child.kill('SIGKILL');
          killedAt = performance.now();
        }
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 1500)); // anything sent twice shows up now
    const counts = [...perChat.values()];
    return {
      groups: o.groups,
      missing: o.groups - perChat.size,
      duplicates: counts.reduce((n, c) => n + c - 1, 0),
      tooManyRequests: fake.stats.tooManyRequests,
      elapsedSeconds: (last - first) / 1000,
      floorSeconds: o.groups / GLOBAL_RATE,
      senders: procs.filter((p) => p.logs.some(isLeaderLine)).length,
      takeoverMs: killedAt ? afterKill - killedAt : null,
    };
  } finally {
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
    await Promise.all(procs.map((p) => p.exited));
    await db0.drop();
    await fake.close();
  }
}

const isLeaderLine = (l: Record<string, unknown>) => typeof l.msg === 'string' && l.msg.startsWith('leader: this process sends');
