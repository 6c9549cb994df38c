/**
 * `npm run bench -- broadcast`: one scheduled digest to 1,000 groups through the real path
 * (scheduler tick -> JobSlot claims + outbox rows in SQLite -> delivery worker -> resilient Bot API ->
 * telegraf -> HTTP) against the fake Bot API enforcing Telegram's limits (429 when exceeded).
 * Prints the time against the floor those limits set (1,000 / 30 per second), the 429s and duplicates.
 */
import { startFakeBotApi } from '../src/emulator/bot-api.ts';
import { BUILTIN_METHODS } from '../src/emulator/methods.ts';
import { startHarness } from '../test/support/harness.ts';
import { seedArea, seedGroup } from '../test/support/posts-fixtures.ts';

const GROUPS = 1000;
const FLOOR_SECONDS = GROUPS / 30;

export async function run(): Promise<void> {
  const fake = await startFakeBotApi({ enforceLimits: true, recordCalls: false });
  const perChat = new Map<number, number>();
  let last = 0;
  let allSent: () => void = () => undefined;
  const done = new Promise<void>((r) => (allSent = r));
  // Count what Telegram accepted (the limiter answers 429 before a handler runs).
  fake.setHandler('sendMessage', (params, ctx) => {
    const chat = Number(params.chat_id);
    perChat.set(chat, (perChat.get(chat) ?? 0) + 1);
    last = performance.now();
    if (perChat.size === GROUPS) allSent();
    return BUILTIN_METHODS.sendMessage!(params, ctx);
  });
  const h = await startHarness({ framework: 'telegraf', fake });
  const db = h.app.db.prisma;
  await seedArea(db);
  for (let i = 0; i < GROUPS; i++) await seedGroup(db, -1_000_000_000 - i, { subs: [{ kind: 'digest', cron: '0 20 * * *' }] });
  const rt = h.app.wiring.posts;
  rt.worker.start();
  const started = performance.now();
  const tick = await rt.scheduler.tick(new Date('2026-11-27T15:00:05Z'));
  const queuedMs = performance.now() - started;
  await Promise.race([
    done,
    new Promise((_, reject) => setTimeout(() => reject(new Error('broadcast did not finish in 5 minutes')), 300_000)),
  ]);
  const elapsed = (last - started) / 1000;
  await new Promise((r) => setTimeout(r, 1500)); // anything sent twice would show up now
  const counts = await rt.outbox.counts();
  await rt.worker.stop();
  await h.stop();
  await fake.close();
  const duplicates = [...perChat.values()].reduce((n, c) => n + c - 1, 0);
  console.log(`groups:              ${GROUPS} (posts queued by one tick: ${tick?.published.length}, in ${(queuedMs / 1000).toFixed(2)} s)`);
  console.log(`elapsed:             ${elapsed.toFixed(2)} s (tick to last accepted send)`);
  console.log(`floor (1000/30 s):   ${FLOOR_SECONDS.toFixed(2)} s`);
  console.log(`ratio:               ${(elapsed / FLOOR_SECONDS).toFixed(3)}`);
  console.log(`429s:                ${fake.stats.tooManyRequests}`);
  console.log(`duplicates:          ${duplicates}`);
  console.log(`outbox rows:         ${JSON.stringify(counts)}`);
}
