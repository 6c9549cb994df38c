import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaChatRepository } from '../../src/adapters/db/repositories/prisma-chat-repository.ts';
import { PrismaForumTopicRepository } from '../../src/adapters/db/repositories/prisma-forum-topic-repository.ts';
import { PrismaGroupSettingsRepository } from '../../src/adapters/db/repositories/prisma-group-settings-repository.ts';
import { PrismaJobSlotRepository } from '../../src/adapters/db/repositories/prisma-job-slot-repository.ts';
import { chatId, userId } from '../../src/core/ids.ts';
import { migratedDatabase, TEST_PROVIDERS, type MigratedDatabase } from '../support/databases.ts';

const at = new Date('2026-11-16T12:00:00Z');

describe.each(TEST_PROVIDERS)('group settings on %s', (provider) => {
  let m: MigratedDatabase;
  let chats: PrismaChatRepository;
  let repo: PrismaGroupSettingsRepository;

  beforeAll(async () => {
    m = await migratedDatabase(provider);
    chats = new PrismaChatRepository(m.db.prisma);
    repo = new PrismaGroupSettingsRepository(m.db.prisma);
  });
  afterAll(async () => m?.cleanup());

  it('when settlements are added twice and removed, then the list stays unique and sorted', async () => {
    const g = chatId(-1001000000001n);
    await chats.upsertSeen({ id: g, type: 'supergroup', title: 'A' });
    await repo.addArea(g, 'z/oiyl');
    await repo.addArea(g, 'a/karasu');
    await repo.addArea(g, 'z/oiyl');
    expect(await repo.listAreas(g)).toEqual(['a/karasu', 'z/oiyl']);
    await repo.removeArea(g, 'a/karasu');
    await repo.removeArea(g, 'a/karasu');
    expect(await repo.listAreas(g)).toEqual(['z/oiyl']);
  });

  it('when subscriptions are saved, then only enabled ones of active chats are listed, with zone, language and settlements', async () => {
    const g = chatId(-1001000000002n);
    const gone = chatId(-1001000000003n);
    await chats.upsertSeen({ id: g, type: 'supergroup', title: 'B' });
    await chats.update(g, { timeZone: 'Asia/Oral', locale: 'kk', settlementId: 'x/main' });
    await repo.addArea(g, 'x/main');
    await repo.addArea(g, 'a/other');
    await repo.saveSubscription({ chatId: g, kind: 'results', cron: '0 20 * * *', enabled: true });
    await repo.saveSubscription({ chatId: g, kind: 'results', cron: '0 9 * * 1', enabled: true });
    await repo.saveSubscription({ chatId: g, kind: 'digest', cron: '0 9 * * *', enabled: false });
    await chats.upsertSeen({ id: gone, type: 'supergroup', title: 'C' });
    await repo.saveSubscription({ chatId: gone, kind: 'results', cron: '0 20 * * *', enabled: true });
    await chats.setStatus(gone, 'left');
    expect(await repo.listSubscriptions(g)).toEqual([
      { chatId: g, kind: 'digest', cron: '0 9 * * *', enabled: false, threadId: null },
      { chatId: g, kind: 'results', cron: '0 9 * * 1', enabled: true, threadId: null },
    ]);
    const active = (await repo.listActiveSubscriptions('results')).filter((s) => s.chatId === g || s.chatId === gone);
    expect(active).toEqual([
      {
        chatId: g,
        kind: 'results',
        cron: '0 9 * * 1',
        enabled: true,
        threadId: null,
        timeZone: 'Asia/Oral',
        locale: 'kk',
        areaIds: ['x/main', 'a/other'],
      },
    ]);
    expect((await repo.listActiveSubscriptions('digest')).filter((s) => s.chatId === g)).toEqual([]);
  });

  it('when a kind of post is sent to a forum topic and the topic is lost, then the kinds sent there move to General once', async () => {
    const g = chatId(-1001000000007n);
    const topics = new PrismaForumTopicRepository(m.db.prisma);
    await chats.upsertSeen({ id: g, type: 'supergroup', title: 'Forum' });
    await topics.saveTopic({ chatId: g, threadId: 7, name: 'Выборы' });
    await topics.saveTopic({ chatId: g, threadId: 7 }); // seen again without its name: the name stays
    await repo.saveSubscription({ chatId: g, kind: 'results', cron: '', enabled: true });
    await repo.setTopic(g, 'results', 7);
    await repo.setTopic(g, 'digest', 7); // no row yet: created switched off, with its topic
    expect((await repo.listSubscriptions(g)).map((s) => [s.kind, s.enabled, s.threadId])).toEqual([
      ['digest', false, 7],
      ['results', true, 7],
    ]);
    expect(await repo.clearTopic(g, 7)).toEqual(['digest', 'results']);
    expect(await repo.clearTopic(g, 7)).toEqual([]);
    expect((await repo.listSubscriptions(g)).map((s) => s.threadId)).toEqual([null, null]);
    await topics.saveTopic({ chatId: g, threadId: 7, closed: true });
    expect(await topics.listTopics(g)).toEqual([{ chatId: g, threadId: 7, name: 'Выборы', closed: true }]);
  });

  it('when settings changes are recorded, then they are listed newest first with who, what and details', async () => {
    const g = chatId(-1001000000004n);
    await chats.upsertSeen({ id: g, type: 'supergroup', title: 'D' });
    await repo.record({ chatId: g, actorId: userId(42), action: 'group.language', target: 'kk', details: { from: null, to: 'kk' }, at });
    await repo.record({
      chatId: g,
      actorId: userId(1087968824),
      action: 'group.time-zone',
      target: 'UTC',
      details: { anonymous: true },
      at: new Date(at.getTime() + 1000),
    });
    const list = await repo.listForChat(g, 10);
    expect(list.map((c) => [c.action, c.actorId, c.target, c.details])).toEqual([
      ['group.time-zone', 1087968824n, 'UTC', { anonymous: true }],
      ['group.language', 42n, 'kk', { from: null, to: 'kk' }],
    ]);
    expect(list[1]!.at.toISOString()).toBe(at.toISOString());
  });

  it('when a group migrates to a supergroup, then settings, settlements, subscriptions and pending posts move; sent ones stay', async () => {
    const from = chatId(-4000001);
    const to = chatId(-1001000000005n);
    await chats.upsertSeen({ id: from, type: 'group', title: 'Old' });
    await chats.update(from, { locale: 'ru', timeZone: 'Asia/Aqtau', settlementId: 'x/oiyl', setupDone: true, greetedAt: at });
    await repo.addArea(from, 'x/oiyl');
    await repo.saveSubscription({ chatId: from, kind: 'reminders', cron: '0 9 * * 1', enabled: true });
    const prisma = m.db.prisma;
    await prisma.outboxMessage.create({ data: { chatId: from, kind: 'results', text: 'pending', status: 'pending' } });
    await prisma.outboxMessage.create({ data: { chatId: from, kind: 'results', text: 'sent', status: 'sent' } });
    await prisma.conversationState.create({
      data: {
        chatId: from,
        userId: 42n,
        kind: 'group-setup',
        step: 'cron',
        data: '{"kind":"digest"}',
        expiresAt: new Date(Date.now() + 600_000),
      },
    });

    await chats.migrate(from, to);
    await chats.migrate(from, to); // both service messages arrive: the second is a no-op

    expect(await chats.find(to)).toMatchObject({
      type: 'supergroup',
      locale: 'ru',
      timeZone: 'Asia/Aqtau',
      settlementId: 'x/oiyl',
      setupDone: true,
      status: 'active',
    });
    expect(await chats.find(from)).toMatchObject({ status: 'migrated', migratedToId: to });
    expect(await repo.listAreas(to)).toEqual(['x/oiyl']);
    expect(await repo.listAreas(from)).toEqual([]);
    expect(await repo.listSubscriptions(to)).toEqual([{ chatId: to, kind: 'reminders', cron: '0 9 * * 1', enabled: true, threadId: null }]);
    expect(await repo.listSubscriptions(from)).toEqual([]);
    const rows = await prisma.outboxMessage.findMany({ where: { chatId: { in: [from, to] } }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.text, r.chatId])).toEqual([
      ['pending', to],
      ['sent', from],
    ]);
    expect((await repo.listActiveSubscriptions('reminders')).some((s) => s.chatId === from)).toBe(false);
    expect((await prisma.conversationState.findMany({ where: { chatId: { in: [from, to] } } })).map((c) => [c.chatId, c.step])).toEqual([
      [to, 'cron'],
    ]);
  });

  it('when a group migrates, then the posts it already received stay claimed under the supergroup id (no repeat, digest counts on)', async () => {
    const from = chatId(-4000002);
    const to = chatId(-1001000000006n);
    const slots = new PrismaJobSlotRepository(m.db.prisma);
    await chats.upsertSeen({ id: from, type: 'group', title: 'Old' });
    await slots.claim('results', from, 'e1:v2', at);
    await slots.claim('reminders', from, 'e1:week', at);
    await slots.claim('digest', from, '2026-11-16T17:00+05:00', at);
    // The supergroup already had one claim of its own (a tick between the two service messages).
    await chats.upsertSeen({ id: to, type: 'supergroup', title: 'New' });
    await slots.claim('results', to, 'e1:v2', at);

    await chats.migrate(from, to);
    await chats.migrate(from, to);

    expect(await slots.claimedSlots('results', to, ['e1:v2'])).toEqual(new Set(['e1:v2']));
    expect(await slots.claimedSlots('reminders', to, ['e1:week'])).toEqual(new Set(['e1:week']));
    expect((await slots.lastSlotAt('digest', to))?.toISOString()).toBe(at.toISOString());
    expect(await m.db.prisma.jobSlot.count({ where: { chatId: from } })).toBe(0);
  });
});
