// Election night on PostgreSQL: a burst of "who won?" questions from many residents through the
// webhook of a real bot process, while the same process posts the results to many groups.
// The load comes from this process over real HTTP; the bot runs in its own process.
import { createServer } from 'node:net';
import { createDatabase } from '../../src/adapters/db/client.ts';
import { applyMigrations } from '../../src/adapters/db/migrations/index.ts';
import { runImportCli } from '../../src/cli/import.ts';
import { startFakeBotApi } from '../../src/emulator/bot-api.ts';
import { BUILTIN_METHODS } from '../../src/emulator/methods.ts';
import { benchBotCommand, startBotProcess } from './process.ts';
import { scratchDatabase } from './replicas.ts';
import { privateText } from './updates.ts';

export interface ElectionNightOptions {
  residents: number;
  groups: number;
  /** Seconds over which the questions arrive. */
  burstSeconds: number;
  framework?: 'telegraf' | 'grammy';
  /** Webhook requests at once, as Telegram's max_connections (default 40). */
  connections?: number;
}

export interface ElectionNightReport {
  residents: number;
  answered: number;
  /** Webhook requests that failed (connection errors, non-2xx) and were sent again, up to 5 times. */
  failedRequests: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Seconds the questions took to send (the offered load). */
  offeredSeconds: number;
  groups: number;
  postedGroups: number;
  /** First to last results post, seconds, against the messages sent into groups / 30 per second. */
  postSeconds: number;
  /** Messages sent into the groups (a results post may be a chart and a text). */
  postMessages: number;
  postFloorSeconds: number;
  /** Messages a second into groups until the last resident was answered, and after. */
  postRate: { duringAnswers: number; after: number };
}

const WHO_WON = 'кто победил в Ойыле?';
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

export async function runElectionNight(o: ElectionNightOptions): Promise<ElectionNightReport> {
  const fake = await startFakeBotApi({ recordCalls: false });
  const connections = o.connections ?? 40;
  const scratch = await scratchDatabase();
  const askedAt = new Map<number, number>();
  const answeredAt = new Map<number, number>();
  const posted = new Map<number, number>();
  let postMessages = 0;
  const postTimes: number[] = [];
  /** Webhook requests that failed, by reason (each is sent again a second later, up to 5 times). */
  const failed = new Map<string, number>();
  let calls = 0;
  const seen = (chat: number) => {
    calls++;
    const t = performance.now();
    if (chat < 0) {
      postMessages++;
      postTimes.push(t);
      posted.has(chat) || posted.set(chat, t);
    } else if (!answeredAt.has(chat)) answeredAt.set(chat, t);
  };
  for (const method of ['sendMessage', 'sendPhoto'] as const) {
    fake.setHandler(method, (params, ctx) => {
      seen(Number(params.chat_id));
      return BUILTIN_METHODS[method]!(params, ctx);
    });
  }
  const port = await freePort();
  let bot: ReturnType<typeof startBotProcess> | undefined;
  try {
    await applyMigrations(scratch.url);
    const quiet = () => undefined;
    if ((await runImportCli(['data/examples/kazakhstan-2023.yaml'], { DATABASE_URL: scratch.url }, quiet, quiet)) !== 0)
      throw new Error('sample data did not import');
    const db = await createDatabase(scratch.url);
    await db.prisma.chat.createMany({
      data: Array.from({ length: o.groups }, (_, i) => ({
        id: BigInt(-1_700_000_000 - i),
        type: 'supergroup',
        title: `Group ${i}`,
        locale: 'ru',
        timeZone: 'Asia/Almaty',
        settlementId: 'aqtobe/oiyl',
        setupDone: true,
      })),
    });
    await db.prisma.chatSubscription.createMany({
      data: Array.from({ length: o.groups }, (_, i) => ({
        chatId: BigInt(-1_700_000_000 - i),
        kind: 'results',
        cron: '* * * * *',
        enabled: true,
      })),
    });
    await db.close();
    bot = startBotProcess(
      {
        BOT_TOKEN: fake.token,
        TELEGRAM_API_ROOT: fake.apiRoot,
        DATABASE_URL: scratch.url,
        BOT_FRAMEWORK: o.framework ?? 'telegraf',
        BOT_MODE: 'webhook',
        WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
        WEBHOOK_SECRET: 'night',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        SCHEDULER: 'on',
        SCHEDULER_TICK_MS: '250',
        POSTS_NOW: '2023-11-06T14:59:58Z',
      },
      benchBotCommand(),
    );
    await waitUntil(async () => (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null))?.ok === true, 60_000, 'bot ready');
    // Like Telegram: at most `connections` webhook requests at once (its max_connections, 40 unless the bot
    // sets another), the rest wait in its queue; a request that fails is sent again a second later.
    let open = 0;
    const waiting: Array<() => void> = [];
    const post = async (body: string): Promise<void> => {
      const res = await fetch(`http://127.0.0.1:${port}/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'night' },
        body,
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      // A webhook reply (a method in the response body) is a call Telegram makes for the bot.
      const reply = (await res.text()).trim();
      if (!reply) return;
      const { method, ...params } = JSON.parse(reply) as { method?: string };
      if (method) await fake.invoke(method, params as never);
    };
    const deliver = async (body: string): Promise<void> => {
      for (let attempt = 1; ; attempt++) {
        if (open >= connections) await new Promise<void>((r) => waiting.push(r));
        open++;
        try {
          return await post(body);
        } catch (err) {
          const why = (err as Error).message;
          failed.set(why, (failed.get(why) ?? 0) + 1);
          if (attempt >= 5) return;
        } finally {
          open--;
          waiting.shift()?.();
        }
        await new Promise((r) => setTimeout(r, 1000));
      }
    };
    const started = performance.now();
    const perTick = Math.ceil(o.residents / (o.burstSeconds * 10));
    const requests: Array<Promise<unknown>> = [];
    for (let i = 0; i < o.residents; i += perTick) {
      for (let j = i; j < Math.min(o.residents, i + perTick); j++) {
        const chat = 20_000_000 + j;
        const body = JSON.stringify({
          update_id: 900_000 + j,
          ...privateText(chat, WHO_WON, { languageCode: 'ru', firstName: 'Resident' }),
        });
        askedAt.set(chat, performance.now());
        requests.push(deliver(body));
      }
      const next = started + ((i + perTick) / perTick) * 100;
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
    }
    const offeredSeconds = (performance.now() - started) / 1000;
    await Promise.all(requests);
    await waitUntil(
      () => answeredAt.size >= o.residents && posted.size >= o.groups,
      240_000,
      () => `every resident answered (${answeredAt.size}) and every group posted (${posted.size})`,
    );
    const latencies = [...answeredAt].map(([chat, t]) => t - askedAt.get(chat)!).sort((a, b) => a - b);
    const firstPosts = [...posted.values()].sort((a, b) => a - b);
    const lastAnswer = Math.max(...answeredAt.values());
    const rate = (from: number, to: number) => {
      const n = postTimes.filter((t) => t >= from && t < to).length;
      return to > from ? n / ((to - from) / 1000) : 0;
    };
    const firstPost = firstPosts[0]!;
    const lastPost = postTimes[postTimes.length - 1]!;
    return {
      residents: o.residents,
      answered: answeredAt.size,
      failedRequests: [...failed.values()].reduce((a, b) => a + b, 0),
      latencyMs: { p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99), max: latencies[latencies.length - 1]! },
      offeredSeconds,
      groups: o.groups,
      postedGroups: posted.size,
      postSeconds: (firstPosts[firstPosts.length - 1]! - firstPost) / 1000,
      postMessages,
      postFloorSeconds: postMessages / 30,
      postRate: { duringAnswers: rate(firstPost, Math.min(lastAnswer, lastPost)), after: rate(lastAnswer, lastPost) },
    };
  } catch (err) {
    // What the bot logged (warn and above: counts by message) tells why a goal was not reached.
    const counts = new Map<string, number>();
    for (const l of bot?.logs ?? []) {
      const key = String(l.msg ?? l.raw ?? '?') + (l.err ? ` (${String((l.err as { message?: unknown }).message ?? '')})` : '');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [msg, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.error(`bot log x${n}: ${msg}`);
    for (const [why, n] of failed) console.error(`webhook requests failed x${n}: ${why}`);
    console.error(
      `Bot API emulator: ${JSON.stringify(fake.stats)}; seen ${calls} sends, ${answeredAt.size} residents, ${posted.size} groups`,
    );
    throw err;
  } finally {
    bot?.child.kill('SIGTERM');
    await bot?.exited;
    await scratch.drop();
    await fake.close();
  }
}

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string | (() => string)): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${typeof what === 'function' ? what() : what}: not reached in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
