import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaAdminRepository } from '../../src/adapters/db/repositories/prisma-admin-repository.ts';
import { PrismaChatRepository } from '../../src/adapters/db/repositories/prisma-chat-repository.ts';
import { PrismaConversationRepository } from '../../src/adapters/db/repositories/prisma-conversation-repository.ts';
import { PrismaUpdateLog } from '../../src/adapters/db/repositories/prisma-update-log.ts';
import { PrismaUpdateSnapshots } from '../../src/adapters/db/repositories/prisma-update-snapshots.ts';
import { PrismaUserRepository } from '../../src/adapters/db/repositories/prisma-user-repository.ts';
import { chatId, userId } from '../../src/core/ids.ts';
import { migratedDatabase, TEST_PROVIDERS, type MigratedDatabase } from '../support/databases.ts';

describe.each(TEST_PROVIDERS)('foundation repositories on %s', (provider) => {
  let m: MigratedDatabase;
  beforeAll(async () => {
    m = await migratedDatabase(provider);
  });
  afterAll(async () => m?.cleanup());

  it('when the same update_id is claimed twice, even at once, then exactly one claim wins', async () => {
    const log = new PrismaUpdateLog(m.db.prisma);
    const results = await Promise.all([log.claim(42), log.claim(42), log.claim(42)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await log.claim(43)).toBe(true);
    expect(await log.prune(new Date(Date.now() + 1000))).toBe(2);
  });

  it('when claims held in memory are written in batches, then they count as claims, a repeat in a batch is skipped and the highest id is read back', async () => {
    const log = new PrismaUpdateLog(m.db.prisma);
    expect(await log.highest()).toBeNull();
    const ids = Array.from({ length: 1_200 }, (_, i) => 3_000_000_000 + i); // past 2^31, more than one statement
    await log.claimAll(ids);
    await log.claimAll([ids[0]!, 3_000_005_000]);
    const before = Date.now();
    expect((await log.highest())?.updateId).toBe(3_000_005_000);
    expect(Math.abs((await log.highest())!.claimedAt.getTime() - before)).toBeLessThan(60_000);
    expect(await log.claim(ids[700]!)).toBe(false);
    expect(await log.claim(3_000_004_000)).toBe(true);
    expect(await m.db.prisma.processedUpdate.count()).toBe(1_202);
    expect(await log.prune(new Date(Date.now() + 1000))).toBe(1_202);
    expect(await log.highest()).toBeNull();
  });

  it('when an update snapshot is read, then the chat, the person and the open form come typed as their repositories give them', async () => {
    const chats = new PrismaChatRepository(m.db.prisma);
    const users = new PrismaUserRepository(m.db.prisma);
    const conv = new PrismaConversationRepository(m.db.prisma);
    const snapshots = new PrismaUpdateSnapshots(m.db.prisma);
    const c = chatId(-1009876543210n),
      u = userId(5_000_000_777n);
    expect(await snapshots.read(c, u)).toEqual({ chat: null, user: null, conversation: null, staff: null });

    await chats.upsertSeen({ id: c, type: 'supergroup', title: 'Ойыл' });
    const greetedAt = new Date('2026-11-27T10:00:00.123Z');
    await chats.update(c, { locale: 'kk', setupDone: true, greetedAt, settlementId: 'oiyl' });
    await users.touch({ id: u, languageCode: 'kk' });
    await users.update(u, { locale: 'en' });
    const expiresAt = new Date(Date.now() + 60_000);
    await conv.set(c, u, { kind: 'setup', step: 'place', data: { n: 1, s: 'ә' }, expiresAt });

    const seen = await snapshots.read(c, u);
    expect(seen.chat).toEqual(await chats.find(c));
    expect(seen.chat).toMatchObject({ setupDone: true, greetedAt, locale: 'kk' });
    const { lastSeenAt, ...person } = seen.user!;
    expect(person).toEqual(await users.find(u));
    expect(lastSeenAt).toBeInstanceOf(Date);
    expect(Math.abs(lastSeenAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(seen.conversation).toEqual(await conv.get(c, u, new Date()));
    expect(seen.staff).toBeNull();
    // Another person in the same chat: the chat, not the form.
    expect(await snapshots.read(c, userId(7))).toEqual({ chat: seen.chat, user: null, conversation: null, staff: null });

    // Staff: the row as the admin repository gives it (areas and categories from their JSON columns).
    const admins = new PrismaAdminRepository(m.db.prisma);
    await admins.save({
      userId: u,
      role: 'admin',
      areaIds: ['oiyl', 'abai'],
      categoryCodes: ['water'],
      addedBy: userId(1),
      createdAt: greetedAt,
    });
    const staff = (await snapshots.read(c, u)).staff;
    expect(staff).toEqual(await admins.find(u));
    expect(staff).toMatchObject({ role: 'admin', areaIds: ['oiyl', 'abai'], categoryCodes: ['water'], addedBy: 1n, createdAt: greetedAt });
    expect((await snapshots.read(c, userId(7))).staff).toBeNull();
  });

  it('when an update is claimed with its snapshot, then it is claimed once (even at once), shares the claim log, and reads what read() reads', async () => {
    const chats = new PrismaChatRepository(m.db.prisma);
    const users = new PrismaUserRepository(m.db.prisma);
    const log = new PrismaUpdateLog(m.db.prisma);
    const snapshots = new PrismaUpdateSnapshots(m.db.prisma);
    const c = chatId(4_400_001n),
      u = userId(4_400_001n);
    const empty = { chat: null, user: null, conversation: null, staff: null };
    expect(await snapshots.claimAndRead(7001, c, u)).toEqual({ claimed: true, snapshot: empty });
    await chats.upsertSeen({ id: c, type: 'private', title: null });
    await users.touch({ id: u, languageCode: 'kk' });
    const again = await snapshots.claimAndRead(7001, c, u);
    expect(again.claimed).toBe(false);
    expect(again.snapshot).toEqual(await snapshots.read(c, u));
    expect(again.snapshot.chat).toMatchObject({ id: 4_400_001n, type: 'private' });
    expect(again.snapshot.user).toMatchObject({ id: 4_400_001n, languageCode: 'kk' });
    // The one claim log: a claim through either way is a repeat for the other.
    expect(await log.claim(7001)).toBe(false);
    expect(await log.claim(7002)).toBe(true);
    expect((await snapshots.claimAndRead(7002, c, u)).claimed).toBe(false);
    const racing = await Promise.all([7003, 7003, 7003].map((id) => snapshots.claimAndRead(id, c, u)));
    expect(racing.filter((r) => r.claimed)).toHaveLength(1);
    // A released claim (a failed update) is claimed again by its redelivery.
    await log.release(7003);
    expect((await snapshots.claimAndRead(7003, c, u)).claimed).toBe(true);
    await log.prune(new Date(Date.now() + 1000));
  });

  it('when a chat is seen again with another title, then the upsert returns the record find gives, keeps its settings and moves only updatedAt', async () => {
    const chats = new PrismaChatRepository(m.db.prisma);
    const id = chatId(-1_002_000_000_123n);
    const first = await chats.upsertSeen({ id, type: 'group', title: 'Old' });
    expect(first).toEqual(await chats.find(id));
    expect(first).toMatchObject({
      id: -1_002_000_000_123n,
      type: 'group',
      title: 'Old',
      status: 'active',
      setupDone: false,
      greetedAt: null,
    });
    const greetedAt = new Date('2026-11-30T08:00:00.250Z');
    await chats.update(id, { locale: 'kk', setupDone: true, greetedAt, settlementId: 'aqtobe/oiyl', timeZone: 'Asia/Aqtobe' });
    const before = await m.db.prisma.chat.findUniqueOrThrow({ where: { id } });
    await new Promise((r) => setTimeout(r, 5));
    const again = await chats.upsertSeen({ id, type: 'supergroup', title: 'New' });
    expect(again).toEqual(await chats.find(id));
    expect(again).toMatchObject({
      type: 'supergroup',
      title: 'New',
      locale: 'kk',
      setupDone: true,
      greetedAt,
      settlementId: 'aqtobe/oiyl',
    });
    const after = await m.db.prisma.chat.findUniqueOrThrow({ where: { id } });
    expect(after.createdAt).toEqual(before.createdAt);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
  });

  it('when a supergroup id passes 2^32, then it round-trips as a bigint', async () => {
    const chats = new PrismaChatRepository(m.db.prisma);
    const id = chatId(-1001234567890n);
    await chats.upsertSeen({ id, type: 'supergroup', title: 'Ойыл тұрғындары' });
    expect(await chats.find(id)).toMatchObject({ id: -1001234567890n, type: 'supergroup', status: 'active', title: 'Ойыл тұрғындары' });
  });

  it('when a group migrates, then settings, areas, subscriptions and pending posts move and the old id is marked', async () => {
    const chats = new PrismaChatRepository(m.db.prisma);
    const from = chatId(-777),
      to = chatId(-1000000000777n);
    await chats.upsertSeen({ id: from, type: 'group', title: 'Aqtoghai' });
    await chats.update(from, { locale: 'kk', timeZone: 'Asia/Almaty', setupDone: true });
    await m.db.prisma.area.create({ data: { id: 'test-area', kind: 'settlement', nameKk: 'А', nameRu: 'А', nameEn: 'A' } });
    await m.db.prisma.chatArea.create({ data: { chatId: from, areaId: 'test-area' } });
    await m.db.prisma.chatSubscription.create({ data: { chatId: from, kind: 'digest', cron: '0 20 * * *' } });
    await m.db.prisma.outboxMessage.create({ data: { chatId: from, kind: 'digest', text: 'x' } });
    await chats.migrate(from, to);
    await chats.migrate(from, to); // idempotent: the service message and a 400 may both report it
    expect(await chats.find(to)).toMatchObject({ locale: 'kk', timeZone: 'Asia/Almaty', setupDone: true, status: 'active' });
    expect(await chats.find(from)).toMatchObject({ status: 'migrated', migratedToId: to });
    expect(await m.db.prisma.chatArea.findMany({ where: { chatId: to } })).toHaveLength(1);
    expect(await m.db.prisma.chatSubscription.findMany({ where: { chatId: to } })).toHaveLength(1);
    expect(await m.db.prisma.outboxMessage.count({ where: { chatId: to, status: 'pending' } })).toBe(1);
    expect(await m.db.prisma.outboxMessage.count({ where: { chatId: from } })).toBe(0);
  });

  it('when a form is saved, then it is read back until it expires', async () => {
    const conv = new PrismaConversationRepository(m.db.prisma);
    const c = chatId(9001),
      u = userId(9001);
    const now = new Date('2026-11-27T10:00:00Z');
    await conv.set(c, u, {
      kind: 'complaint',
      step: 'description',
      data: { category: 'water' },
      expiresAt: new Date(now.getTime() + 60_000),
    });
    expect(await conv.get(c, u, now)).toMatchObject({ kind: 'complaint', step: 'description', data: { category: 'water' } });
    expect(await conv.get(c, u, new Date(now.getTime() + 120_000))).toBeNull();
    expect(await conv.get(c, u, now)).toBeNull();
  });

  it('when a user is seen, then only id, language and times are stored', async () => {
    const users = new PrismaUserRepository(m.db.prisma);
    await users.touch({ id: userId(5000000001n), languageCode: 'kk' });
    const row = await m.db.prisma.user.findUnique({ where: { id: 5000000001n } });
    expect(row).toMatchObject({ languageCode: 'kk', firstName: null, lastName: null, username: null, locale: null });
    await users.update(userId(5000000001n), { locale: 'en' });
    expect((await users.find(userId(5000000001n)))?.locale).toBe('en');
  });

  it('when a user is touched again or updated, then the record comes back as find gives it and only the named fields change', async () => {
    const users = new PrismaUserRepository(m.db.prisma);
    const id = userId(5_000_000_002n);
    const first = await users.touch({ id, languageCode: 'ru' });
    expect(first).toEqual(await users.find(id));
    expect(first).toMatchObject({ id: 5_000_000_002n, languageCode: 'ru', locale: null, settlementId: null });
    const seen = await m.db.prisma.user.findUniqueOrThrow({ where: { id } });
    await users.update(id, { locale: 'kk', settlementId: 'aqtobe/oiyl' });
    await new Promise((r) => setTimeout(r, 5));
    const again = await users.touch({ id, languageCode: 'en' });
    expect(again).toEqual({ ...first, languageCode: 'en', locale: 'kk', settlementId: 'aqtobe/oiyl' });
    const row = await m.db.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(row.firstSeenAt).toEqual(seen.firstSeenAt);
    expect(row.lastSeenAt.getTime()).toBeGreaterThan(seen.lastSeenAt.getTime());
    await users.update(id, { settlementId: null });
    expect(await users.find(id)).toEqual({ ...again, settlementId: null });
    await expect(users.update(userId(5_000_000_003n), { locale: 'en' })).rejects.toThrow(/not found/);
    expect(await users.find(userId(5_000_000_003n))).toBeNull();
  });

  it('when a context is kept unless another form is open, then it is saved over its own kind or an expired form, never over an open one', async () => {
    const conv = new PrismaConversationRepository(m.db.prisma);
    const c = chatId(-1009876500001n);
    const u = userId(5_000_000_901n);
    const now = new Date();
    const later = new Date(now.getTime() + 60_000);
    const question = (n: number) => ({ kind: 'question', step: 'asked', data: { n }, expiresAt: later });
    expect(await conv.setUnlessOther(c, u, question(1), now)).toBe(true);
    expect(await conv.setUnlessOther(c, u, question(2), now)).toBe(true);
    expect((await conv.get(c, u, now))?.data).toEqual({ n: 2 });
    await conv.set(c, u, { kind: 'complaint', step: 'category', data: { draft: 'ә' }, expiresAt: later });
    expect(await conv.setUnlessOther(c, u, question(3), now)).toBe(false);
    expect(await conv.get(c, u, now)).toMatchObject({ kind: 'complaint', data: { draft: 'ә' } });
    await conv.set(c, u, { kind: 'complaint', step: 'category', data: {}, expiresAt: new Date(now.getTime() - 1000) });
    expect(await conv.setUnlessOther(c, u, question(4), now)).toBe(true);
    expect(await conv.get(c, u, now)).toMatchObject({ kind: 'question', data: { n: 4 } });
  });
});
