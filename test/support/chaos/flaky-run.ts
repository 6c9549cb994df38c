import { startFakeBotApi } from '../../../src/emulator/bot-api.ts';
import { startFlakyProxy } from '../flaky-proxy.ts';
import { tempSqliteUrl } from '../harness.ts';
import { prng } from '../hostile-updates.ts';
import { startChaosBot } from './chaos-bot.ts';

export interface FlakyFigures {
  framework: string;
  failureRate: number;
  injected: { tooManyRequests: number; serverError: number; network: number; passed: number };
  replies: { expected: number; once: number; missing: number; repeated: number };
  posts: { expected: number; once: number; missing: number; repeated: number };
  errors: number;
  seconds: number;
}

const GROUP_BASE = -1_009_000_000_000;
const USER_BASE = 60_000_000;

/**
 * `replies` residents ask /help (one answer each) and `posts` groups get an outbox post while a share
 * of every send fails with 429, 5xx or a reset connection before reaching Telegram.
 */
export async function runFlaky(opts: {
  framework: 'telegraf' | 'grammy';
  replies: number;
  posts: number;
  failureRate: number;
  seed: number;
}): Promise<FlakyFigures> {
  const fake = await startFakeBotApi();
  const proxy = await startFlakyProxy({
    target: fake.apiRoot,
    failureRate: opts.failureRate,
    rand: prng(opts.seed),
    spare: (m) => !/^(send|edit|answer)/i.test(m),
  });
  const bot = await startChaosBot({
    framework: opts.framework,
    apiRoot: proxy.apiRoot,
    token: fake.token,
    databaseUrl: tempSqliteUrl(),
    env: { SCHEDULER: 'on', SCHEDULER_TICK_MS: '500' },
  });
  const started = Date.now();
  try {
    const prisma = bot.app.db.prisma;
    for (let g = 0; g < opts.posts; g++) {
      const chatId = BigInt(GROUP_BASE - g);
      await prisma.chat.create({ data: { id: chatId, type: 'supergroup', title: `G${g}` } });
      await prisma.outboxMessage.create({ data: { chatId, kind: 'chaos', text: `post ${g}`, dedupeKey: `chaos|${g}` } });
    }
    const ids: number[] = [];
    for (let u = 0; u < opts.replies; u++) {
      const id = USER_BASE + u;
      ids.push(
        fake.pushUpdate({
          message: {
            message_id: 1,
            date: Math.floor(Date.now() / 1000),
            chat: { id, type: 'private' },
            from: { id, is_bot: false, first_name: 'R', language_code: 'ru' },
            text: '/help',
            entities: [{ type: 'bot_command', offset: 0, length: 5 }],
          },
        }),
      );
    }
    await bot.waitHandled(ids, 120_000);
    const count = (chat: number) => fake.sent(chat).length;
    const settle = async (chats: number[]) => {
      // Queued answers and outbox rows retry with backoff: wait until every chat has its message (or 3 minutes).
      const deadline = Date.now() + 180_000;
      while (Date.now() < deadline && chats.some((c) => count(c) === 0)) await new Promise((r) => setTimeout(r, 200));
      await new Promise((r) => setTimeout(r, 2000)); // a late duplicate would show up here
      const once = chats.filter((c) => count(c) === 1).length;
      return {
        expected: chats.length,
        once,
        missing: chats.filter((c) => count(c) === 0).length,
        repeated: chats.filter((c) => count(c) > 1).length,
      };
    };
    const replies = await settle(ids.map((_, u) => USER_BASE + u));
    const posts = await settle(Array.from({ length: opts.posts }, (_, g) => GROUP_BASE - g));
    return {
      framework: opts.framework,
      failureRate: opts.failureRate,
      injected: proxy.injected,
      replies,
      posts,
      errors: bot.trouble.errors,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await bot.stop();
    await proxy.close();
    await fake.close();
  }
}
