import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Telegraf, Telegram } from 'telegraf';
import { startApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';

const N = Number(process.env.BENCH_N ?? 2000);
/** Updates handled before measuring: a bot runs for days, its first few hundred updates compile code and queries once. */
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

function mixedUpdate(i: number): Record<string, unknown> {
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

async function measure(handle: (u: Record<string, unknown>) => Promise<void>): Promise<{ perSecond: number; p50: number; p99: number }> {
  for (let i = 0; i < WARMUP; i++) await handle(mixedUpdate(N + 10_000 + i));
  const latencies: number[] = [];
  const start = performance.now();
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    await handle(mixedUpdate(i));
    latencies.push(performance.now() - t);
  }
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: N / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function fullStack(framework: 'telegraf' | 'grammy') {
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
    return await measure((u) => app.framework.handleUpdate(u));
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
    `${N} mixed updates (/start, /help, /language, a plain question, a language button) after ${WARMUP} to warm up, sequential, SQLite, Bot API calls answered in memory`,
  );
  const bare = await bareTelegraf();
  const row = (name: string, r: { perSecond: number; p50: number; p99: number }) =>
    console.log(
      `${name.padEnd(22)} ${r.perSecond.toFixed(0).padStart(7)} updates/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms   ratio to bare ${(r.perSecond / bare.perSecond).toFixed(3)}`,
    );
  row('bare telegraf', bare);
  for (const framework of ['telegraf', 'grammy'] as const) row(`full stack (${framework})`, await fullStack(framework));
}
