import { startFakeBotApi } from '../../../src/emulator/bot-api.ts';
import { tempSqliteUrl } from '../harness.ts';
import { hostileUpdate, prng, SHAPES, type Shape } from '../hostile-updates.ts';
import { startChaosBot } from './chaos-bot.ts';

export interface FuzzFigures {
  framework: string;
  updates: number;
  byShape: Record<Shape, number>;
  /** Updates whose handler never finished. */
  unfinished: number;
  errors: number;
  samples: string[];
  crashes: number;
  /** Still answering an ordinary /help afterwards. */
  aliveAfter: boolean;
  seconds: number;
}

/** `n` generated updates of every shape through the real bot over HTTP long polling. */
export async function runFuzz(opts: { framework: 'telegraf' | 'grammy'; n: number; seed: number }): Promise<FuzzFigures> {
  const fake = await startFakeBotApi({ recordCalls: false });
  const bot = await startChaosBot({ framework: opts.framework, apiRoot: fake.apiRoot, token: fake.token, databaseUrl: tempSqliteUrl() });
  const rand = prng(opts.seed);
  const byShape = Object.fromEntries(SHAPES.map((s) => [s, 0])) as Record<Shape, number>;
  const started = Date.now();
  const ids: number[] = [];
  try {
    for (let i = 0; i < opts.n; i++) {
      const { shape, update } = hostileUpdate(i, rand);
      byShape[shape]++;
      ids.push(fake.pushUpdate(update));
      // Keep the queue short, as Telegram's would be for one bot: at most 200 waiting.
      if (i % 200 === 199) await bot.waitHandled(ids.slice(-200, -100), 60_000);
    }
    const unfinished = await bot.waitHandled(ids, 120_000);
    const answered = fake
      .waitFor('sendMessage', (p) => p.chat_id === 777, { after: fake.mark(), timeoutMs: 10_000 })
      .then(
        () => true,
        () => false,
      );
    const helpId = fake.pushUpdate({
      update_id: opts.n + 10,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: 777, type: 'private' },
        from: { id: 777, is_bot: false, first_name: 'A', language_code: 'en' },
        text: '/help',
        entities: [{ type: 'bot_command', offset: 0, length: 5 }],
      },
    });
    const aliveAfter = (await bot.waitHandled([helpId], 10_000)) === 0 && (await answered);
    return {
      framework: opts.framework,
      updates: opts.n,
      byShape,
      unfinished,
      errors: bot.trouble.errors,
      samples: bot.trouble.samples,
      crashes: bot.trouble.crashes,
      aliveAfter,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await bot.stop();
    await fake.close();
  }
}
