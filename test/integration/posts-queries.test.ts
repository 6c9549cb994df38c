import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaChatRepository } from '../../src/adapters/db/repositories/prisma-chat-repository.ts';
import { PrismaComplaintDigestRepository } from '../../src/adapters/db/repositories/prisma-complaint-digest-repository.ts';
import { PrismaOutboxRepository } from '../../src/adapters/db/repositories/prisma-outbox-repository.ts';
import { PrismaPostTargetRepository } from '../../src/adapters/db/repositories/prisma-post-target-repository.ts';
import { DeliveryWorker } from '../../src/adapters/scheduler/delivery-worker.ts';
import { SendLimiter } from '../../src/adapters/scheduler/send-limiter.ts';
import { BotApiError, type BotApi } from '../../src/adapters/telegram/bot-api.ts';
import { chatId } from '../../src/core/ids.ts';
import { createLogger } from '../../src/logger.ts';
import { migratedDatabase, TEST_PROVIDERS, type MigratedDatabase } from '../support/databases.ts';
import { AREA, seedArea, seedComplaints, seedGroup } from '../support/posts-fixtures.ts';

const fast = () =>
  new SendLimiter({
    global: { capacity: 1000, perSecond: 100_000 },
    chat: { capacity: 1000, perSecond: 100_000 },
    group: { max: 1000, windowMs: 1 },
  });

describe.each(TEST_PROVIDERS)('posts queries and delivery outcomes on %s', (provider) => {
  let m: MigratedDatabase;
  beforeAll(async () => {
    m = await migratedDatabase(provider);
    await seedArea(m.db.prisma);
  });
  afterAll(async () => m?.cleanup());

  it('when groups have subscriptions, then only active groups with an enabled one are targets, with their zone and areas', async () => {
    await seedGroup(m.db.prisma, -11, { locale: 'kk', timeZone: 'Asia/Aqtobe', subs: [{ kind: 'digest', cron: '0 20 * * *' }] });
    await seedGroup(m.db.prisma, -12, { subs: [{ kind: 'digest', cron: '0 20 * * *', enabled: false }] });
    await seedGroup(m.db.prisma, -13, { subs: [{ kind: 'results' }] });
    await m.db.prisma.chat.update({ where: { id: -13n }, data: { status: 'left' } });
    const repo = new PrismaPostTargetRepository(m.db.prisma, { locale: 'ru', timeZone: 'Asia/Almaty' });
    const targets = await repo.listActive();
    expect(targets.map((t) => t.chatId)).toEqual([-11n]);
    expect(targets[0]).toMatchObject({
      locale: 'kk',
      timeZone: 'Asia/Aqtobe',
      areaIds: [AREA],
      subscriptions: [{ kind: 'digest', cron: '0 20 * * *', enabled: true }],
    });
    expect((await repo.areaNames([AREA])).get(AREA)?.kk).toBe('Ақтоғай');
  });

  it("when the digest reads complaints, then it gets the period's and the overdue ones, and no personal field", async () => {
    await seedComplaints(m.db.prisma);
    const rows = await new PrismaComplaintDigestRepository(m.db.prisma).complaints(
      [AREA],
      new Date('2026-11-20T15:00:00Z'),
      new Date('2026-11-27T15:00:00Z'),
    );
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(Object.keys(r).sort()).toEqual(['categoryCode', 'createdAt', 'dueAt', 'resolvedAt', 'status']);
  });

  it('when sends fail, then a network error is retried, a 5xx is given up after the attempts, a 400 fails at once', async () => {
    const outbox = new PrismaOutboxRepository(m.db.prisma);
    const plan: Record<string, Array<Error | null>> = {
      net: [new Error('ECONNRESET'), null],
      busy: [new BotApiError('sendMessage', 502, 'Bad Gateway'), new BotApiError('sendMessage', 502, 'Bad Gateway')],
      bad: [new BotApiError('sendMessage', 400, 'Bad Request: message is too long')],
    };
    const api = {
      sendMessage: async (_c: bigint, text: string) => {
        const err = plan[text]!.shift();
        if (err) throw err;
        return { messageId: 1 };
      },
    } as unknown as BotApi;
    for (const [i, text] of ['net', 'busy', 'bad'].entries()) {
      await outbox.enqueueClaimed({ job: 'digest', chatId: chatId(-50 - i), slot: 'x', at: new Date() }, [{ kind: 'digest', text }]);
    }
    const worker = new DeliveryWorker({
      outbox,
      api,
      chats: new PrismaChatRepository(m.db.prisma),
      log: createLogger('silent'),
      pollMs: 50,
      retryBaseMs: 50,
      maxAttempts: 2,
      limiter: fast(),
    });
    worker.start();
    const byChat = async () =>
      Object.fromEntries(
        (await m.db.prisma.outboxMessage.findMany({ where: { chatId: { in: [-50n, -51n, -52n] } } })).map((r) => [
          String(r.chatId),
          `${r.status}:${r.reason}`,
        ]),
      );
    const end = Date.now() + 10_000;
    while (Object.values(await byChat()).some((s) => !/^(sent|failed)/.test(s)) && Date.now() < end)
      await new Promise((r) => setTimeout(r, 50));
    await worker.stop();
    expect(await byChat()).toEqual({ '-50': 'sent:null', '-51': 'failed:telegram_502_gave_up', '-52': 'failed:telegram_400' });
  });

  it('when a 429 reaches the worker (longer than the inline wait), then the row waits retry_after and is sent, not failed', async () => {
    const outbox = new PrismaOutboxRepository(m.db.prisma);
    const at: number[] = [];
    let refused = false;
    const api = {
      sendMessage: async () => {
        at.push(Date.now());
        if (!refused) {
          refused = true;
          throw new BotApiError('sendMessage', 429, 'Too Many Requests: retry after 1', { retry_after: 1 });
        }
        return { messageId: 7 };
      },
    } as unknown as BotApi;
    await outbox.enqueueClaimed({ job: 'digest', chatId: chatId(-60), slot: 'x', at: new Date() }, [{ kind: 'digest', text: 'later' }]);
    const worker = new DeliveryWorker({
      outbox,
      api,
      chats: new PrismaChatRepository(m.db.prisma),
      log: createLogger('silent'),
      pollMs: 5000,
      limiter: fast(),
    });
    worker.start();
    const end = Date.now() + 10_000;
    while ((await m.db.prisma.outboxMessage.findFirst({ where: { chatId: -60n } }))?.status !== 'sent' && Date.now() < end)
      await new Promise((r) => setTimeout(r, 50));
    await worker.stop();
    expect(at).toHaveLength(2);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(1000);
    expect(at[1]! - at[0]!).toBeLessThan(4_500); // woken at notBefore, not at the 5 s poll
  });
});
