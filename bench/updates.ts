import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Telegraf, Telegram } from 'telegraf';
import { startApp } from '../src/app.ts';
import { PrismaUpdateSnapshots } from '../src/adapters/db/repositories/prisma-update-snapshots.ts';
import { chatId, userId } from '../src/core/ids.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';

/**
 * Steady state: `BENCH_ROUNDS` rounds of `BENCH_ROUND_MS` each, after a warm-up of at least
 * `BENCH_WARMUP_MS`; the rate is the median round's. A bot runs for days: a fixed count of a few
 * thousand updates measured the compiler's warm-up more than the code (the bare handler's rate swung
 * between 32,000 and 114,000 updates/s from one run to the next).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 1000);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 2000);
/** The figure earlier versions printed: the first `BENCH_N` updates after `BENCH_WARMUP`, from a cold start. */
const N = Number(process.env.BENCH_N ?? 2000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 500);
const TOKEN = '123456789:AAFakeTokenForBenchmarksOnly-0123456';
const BOT = { id: 123456789, is_bot: true as const, first_name: 'Akim', username: 'akim_bench_bot' };

/** Answers every Bot API call in memory, like Telegram would, and counts them. */
function capturingTransport() {
  let messageId = 0;
  const counts = { calls: 0 };
  const transport = async (method: string, payload: Record<string, unknown>): Promise<unknown> => {
    counts.calls++;
    if (method === 'getMe') return BOT;
    if (method.startsWith('send') || method === 'editMessageText') {
      return { message_id: ++messageId, date: 0, chat: { id: Number(payload.chat_id), type: 'private' }, text: payload.text };
    }
    return true;
  };
  return { transport, counts };
}

export function mixedUpdate(i: number): Record<string, unknown> {
  // 500 residents, each with the language of their Telegram (it rarely changes: a change costs a write).
  const id = 10_000 + (i % 500);
  const user = { id, is_bot: false, first_name: 'R', language_code: ['ru', 'kk', 'en'][id % 3] };
  const chat = { id: user.id, type: 'private' };
  const kind = i % 5;
  if (kind === 4)
    return {
      update_id: i + 1,
      callback_query: {
        id: String(i),
        from: user,
        chat_instance: '1',
        data: `lang:${['ru', 'kk', 'en'][i % 3]}`,
        message: { message_id: 1, date: 0, chat },
      },
    };
  const text = ['/start', '/help', '/language', 'когда выборы в Ойыле?'][kind]!;
  const entities = text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.length }] : undefined;
  return { update_id: i + 1, message: { message_id: i + 1, date: 0, chat, from: user, text, entities } };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

interface Figures {
  /** The median round's rate, and the slowest and fastest round. */
  perSecond: number;
  rounds: [number, number];
  p50: number;
  p99: number;
  /** The first `N` updates after `WARMUP`. */
  cold: number;
}

async function measure(handle: (u: Record<string, unknown>) => Promise<void>): Promise<Figures> {
  // update_id increases, as Telegram's does.
  let i = 0;
  const next = () => handle(mixedUpdate(i++));
  while (i < WARMUP) await next();
  const coldStart = performance.now();
  for (let k = 0; k < N; k++) await next();
  const cold = N / ((performance.now() - coldStart) / 1000);
  for (const end = performance.now() + WARMUP_MS; performance.now() < end; ) await next();
  const rates: number[] = [];
  const latencies: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    let n = 0;
    for (let t = start; t - start < ROUND_MS; n++) {
      await next();
      const now = performance.now();
      latencies.push(now - t);
      t = now;
    }
    rates.push(n / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  latencies.sort((a, b) => a - b);
  return {
    perSecond: percentile(rates, 50),
    rounds: [rates[0]!, rates.at(-1)!],
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cold,
  };
}

/** The sender of a mixed update (private chats: the chat is the sender). */
const senderOf = (u: Record<string, unknown>) => ((u.message ?? u.callback_query) as { from: { id: number } }).from.id;

async function fullStack(framework: 'telegraf' | 'grammy', alone?: (figures: Figures) => void) {
  const { transport } = capturingTransport();
  const dir = mkdtempSync(join(tmpdir(), 'akim-bench-'));
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    DATABASE_URL: `file:${join(dir, 'bench.db')}`,
    BOT_FRAMEWORK: framework,
    PORT: '0',
    SCHEDULER: 'off',
    LOG_LEVEL: 'silent',
  });
  const app = await startApp({ config, log: createLogger('silent'), transport });
  try {
    const figures = await measure((u) => app.framework.handleUpdate(u));
    if (alone) {
      // The database's share alone: the one read a polling update makes before its handler (the chat,
      // the sender, their form and staff row: `UpdateSnapshots.read`), for the same residents, with
      // their rows as the full stack left them. The full stack cannot go faster than this and the bare
      // handler together allow.
      const snapshots = new PrismaUpdateSnapshots(app.db.prisma);
      alone(await measure(async (u) => void (await snapshots.read(chatId(senderOf(u)), userId(senderOf(u))))));
    }
    return figures;
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bareTelegraf() {
  const { transport } = capturingTransport();
  const bot = new Telegraf(TOKEN);
  bot.botInfo = { ...BOT, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };
  // Each update gets its own Telegram instance, so the capture goes on the prototype for this run.
  const proto = Telegram.prototype as unknown as { callApi: typeof transport };
  const original = proto.callApi;
  proto.callApi = transport;
  bot.on('message', (ctx) => ctx.reply('ok'));
  bot.on('callback_query', (ctx) => ctx.answerCbQuery());
  try {
    return await measure((u) => bot.handleUpdate(u as never));
  } finally {
    proto.callApi = original;
  }
}

/** Issue figures: updates/s, p50/p99 latency, and the ratio to a bare telegraf handler. */
export async function run(): Promise<void> {
  console.log(
    `mixed updates (/start, /help, /language, a plain question, a language button), sequential, SQLite, Bot API calls answered in memory; ` +
      `median of ${ROUNDS} rounds of ${ROUND_MS} ms after ${WARMUP_MS} ms of warm-up (cold: the first ${N} after ${WARMUP})`,
  );
  const bare = await bareTelegraf();
  const int = (v: number) => v.toFixed(0).padStart(7);
  const row = (name: string, r: Figures) =>
    console.log(
      `${name.padEnd(22)} ${int(r.perSecond)} updates/s (rounds ${r.rounds.map((v) => v.toFixed(0)).join('-')})   ` +
        `p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms   ratio to bare ${(r.perSecond / bare.perSecond).toFixed(3)}   ` +
        `cold ${r.cold.toFixed(0)}/s, ratio ${(r.cold / bare.cold).toFixed(3)}`,
    );
  row('bare telegraf', bare);
  let read: Figures | undefined;
  for (const framework of ['telegraf', 'grammy'] as const)
    row(`full stack (${framework})`, await fullStack(framework, framework === 'telegraf' ? (f) => (read = f) : undefined));
  if (read) {
    // Both run one after the other on one thread: their times per update add up, leaving nothing for the bot's own work.
    const perUpdate = (r: Figures) => 1e6 / r.perSecond;
    const ceiling = perUpdate(bare) / (perUpdate(bare) + perUpdate(read));
    console.log(
      `${'its read alone'.padEnd(22)} ${int(read.perSecond)} reads/s (${perUpdate(read).toFixed(1)} µs each; bare ${perUpdate(bare).toFixed(1)} µs an update)   ` +
        `ceiling ratio of a full stack (bare handler + read, no bot work) ${ceiling.toFixed(3)}`,
    );
  }
}
