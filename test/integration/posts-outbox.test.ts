import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../src/adapters/db/client.ts';
import { PrismaChatRepository } from '../../src/adapters/db/repositories/prisma-chat-repository.ts';
import { PrismaJobSlotRepository } from '../../src/adapters/db/repositories/prisma-job-slot-repository.ts';
import { PrismaOutboxRepository } from '../../src/adapters/db/repositories/prisma-outbox-repository.ts';
import { DeliveryWorker } from '../../src/adapters/scheduler/delivery-worker.ts';
import { SendLimiter } from '../../src/adapters/scheduler/send-limiter.ts';
import type { BotApi } from '../../src/adapters/telegram/bot-api.ts';
import { chatId } from '../../src/core/ids.ts';
import { createLogger } from '../../src/logger.ts';
import { migratedDatabase, TEST_PROVIDERS, type MigratedDatabase } from '../support/databases.ts';

const log = createLogger('silent');
const fast = () =>
  new SendLimiter({
    global: { capacity: 1000, perSecond: 100_000 },
    chat: { capacity: 1000, perSecond: 100_000 },
    group: { max: 1000, windowMs: 1 },
  });

/** A Bot API that only records sends, with a little latency so workers overlap. */
function recordingApi(sent: Array<{ chat: bigint; text: string }>): BotApi {
  let id = 0;
  return {
    sendMessage: async (chat, text) => {
      await new Promise((r) => setTimeout(r, 1 + Math.random() * 3));
      sent.push({ chat, text });
      return { messageId: ++id };
    },
  } as BotApi;
}

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each(TEST_PROVIDERS)('posts outbox on %s', (provider) => {
  let m: MigratedDatabase;
  let second: Database;
  beforeAll(async () => {
    m = await migratedDatabase(provider);
    second = await createDatabase(m.url);
  });
  afterAll(async () => {
    await second?.close();
    await m?.cleanup();
  });

  it('when two connections claim the same slot at once, then exactly one gets it', async () => {
    const a = new PrismaJobSlotRepository(m.db.prisma);
    const b = new PrismaJobSlotRepository(second.prisma);
    const at = new Date('2026-11-27T15:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).claim('digest', chatId(-7), '2026-11-27T20:00+05:00', at)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await a.claimedSlots('digest', chatId(-7), ['2026-11-27T20:00+05:00', 'other'])).toEqual(new Set(['2026-11-27T20:00+05:00']));
    expect((await a.lastSlotAt('digest', chatId(-7)))?.toISOString()).toBe(at.toISOString());
  });

  it('when a claimed slot is enqueued again, then no second set of rows is written', async () => {
    const outbox = new PrismaOutboxRepository(m.db.prisma);
    // SQLite: better-sqlite3 waits for a lock synchronously, so two connections in ONE process would
    // block each other's commit; replicas share PostgreSQL, and one SQLite process has one connection.
    const other = new PrismaOutboxRepository(provider === 'sqlite' ? m.db.prisma : second.prisma);
    const claim = { job: 'reminders', chatId: chatId(-8), slot: 'e1:week', at: new Date() };
    const rows = [
      { kind: 'reminders', text: 'part 1' },
      { kind: 'reminders', text: 'part 2' },
    ];
    const results = await Promise.all([outbox.enqueueClaimed(claim, rows), other.enqueueClaimed(claim, rows)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await m.db.prisma.outboxMessage.count({ where: { chatId: -8n } })).toBe(2);
  });

  it('when a chat has several parts, then only its oldest unfinished part is claimable by another worker', async () => {
    const outbox = new PrismaOutboxRepository(m.db.prisma);
    await outbox.enqueueClaimed({ job: 'digest', chatId: chatId(-9), slot: 's', at: new Date() }, [
      { kind: 'digest', text: 'a' },
      { kind: 'digest', text: 'b' },
    ]);
    const now = new Date(Date.now() + 1000);
    const mine = (await outbox.claimBatch('w1', now, 100)).filter((r) => r.chatId === -9n);
    expect(mine.map((r) => r.text)).toEqual(['a', 'b']);
    await outbox.retryLater(mine[1]!.id, 'w1', new Date(0), 'test');
    expect((await outbox.claimBatch('w2', now, 100)).filter((r) => r.chatId === -9n)).toEqual([]);
    await outbox.markSent(mine[0]!.id, 'w1', 1, now);
    expect((await outbox.claimBatch('w2', now, 100)).filter((r) => r.chatId === -9n).map((r) => r.text)).toEqual(['b']);
  });

  it('when a worker died holding rows, then its stale rows return to pending and nothing fresh does', async () => {
    const outbox = new PrismaOutboxRepository(m.db.prisma);
    await outbox.enqueueClaimed({ job: 'digest', chatId: chatId(-10), slot: 's', at: new Date() }, [{ kind: 'digest', text: 'x' }]);
    const [row] = (await outbox.claimBatch('dead', new Date(Date.now() + 1000), 100)).filter((r) => r.chatId === -10n);
    await m.db.prisma.outboxMessage.update({ where: { id: row!.id }, data: { lockedAt: new Date(Date.now() - 120_000) } });
    expect(await outbox.releaseStale(new Date(Date.now() - 60_000))).toBeGreaterThanOrEqual(1);
    expect((await m.db.prisma.outboxMessage.findUnique({ where: { id: row!.id } }))?.status).toBe('pending');
    expect(await outbox.markSent(row!.id, 'dead', 1, new Date())).toBe(false);
  });

  it('when the first part of a post must be retried, then the later parts wait behind it and arrive in order', async () => {
    const outbox = new PrismaOutboxRepository(m.db.prisma);
    const chat = chatId(-11);
    await outbox.enqueueClaimed(
      { job: 'results', chatId: chat, slot: 's', at: new Date() },
      [1, 2, 3].map((i) => ({ kind: 'results', text: `part ${i}` })),
    );
    const sent: string[] = [];
    let failures = 1;
    const api = {
      sendMessage: async (c: bigint, text: string) => {
        if (c !== chat) return { messageId: 1 };
        if (text === 'part 1' && failures-- > 0) throw new Error('socket hang up');
        sent.push(text);
        return { messageId: sent.length };
      },
    } as unknown as BotApi;
    const worker = new DeliveryWorker({
      outbox,
      api,
      chats: new PrismaChatRepository(m.db.prisma),
      log,
      owner: 'order',
      pollMs: 20,
      retryBaseMs: 30,
      limiter: fast(),
    });
    worker.start();
    await until(async () => (await m.db.prisma.outboxMessage.count({ where: { chatId: -11n, status: 'sent' } })) === 3);
    await worker.stop();
    expect(sent).toEqual(['part 1', 'part 2', 'part 3']);
    // The parts that only waited were not charged an attempt.
    expect((await m.db.prisma.outboxMessage.findMany({ where: { chatId: -11n }, orderBy: { id: 'asc' } })).map((r) => r.attempts)).toEqual([
      2, 1, 1,
    ]);
  });

  it('when two workers on two connections drain 300 posts, then every post is sent exactly once', async () => {
    await m.db.prisma.outboxMessage.deleteMany({});
    const outbox = new PrismaOutboxRepository(m.db.prisma);
    for (let i = 0; i < 300; i++) {
      await outbox.enqueueClaimed({ job: 'digest', chatId: chatId(-100_000 - (i % 150)), slot: `slot-${i}`, at: new Date() }, [
        { kind: 'digest', text: `post ${i}` },
      ]);
    }
    const sent: Array<{ chat: bigint; text: string }> = [];
    const workers = [m.db, second].map(
      (db, i) =>
        new DeliveryWorker({
          outbox: new PrismaOutboxRepository(db.prisma),
          api: recordingApi(sent),
          chats: new PrismaChatRepository(db.prisma),
          log,
          owner: `worker-${i}`,
          concurrency: 8,
          pollMs: 50,
          limiter: fast(),
        }),
    );
    workers.forEach((w) => w.start());
    await until(async () => (await outbox.counts()).sent === 300);
    await Promise.all(workers.map((w) => w.stop()));
    const texts = sent.map((s) => s.text);
    expect(new Set(texts).size).toBe(300);
    expect(texts).toHaveLength(300);
    expect(workers.every((w) => w.stats.sent > 0)).toBe(true);
  });
});
