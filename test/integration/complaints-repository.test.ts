import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/adapters/db/client.ts';
import { PrismaComplaintCategoryRepository } from '../../src/adapters/db/repositories/prisma-complaint-category-repository.ts';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { SEED_CATEGORIES } from '../../src/core/complaints/categories.ts';
import { seedCategories } from '../../src/core/complaints/seed-categories.ts';
import type { NewComplaint } from '../../src/core/complaints/types.ts';
import { userId } from '../../src/core/ids.ts';
import { TEST_PROVIDERS, migratedDatabase, type MigratedDatabase } from '../support/databases.ts';

const NOW = new Date('2026-03-02T05:00:00Z');
const newComplaint = (patch: Partial<NewComplaint> = {}): NewComplaint => ({
  year: 2026,
  categoryCode: 'water',
  areaId: 'aqtobe/oiyl',
  description: 'Нет воды третий день',
  photos: ['f1', 'f2'],
  latitude: 49.1,
  longitude: 56.5,
  source: 'private',
  sourceChatId: null,
  authorId: userId(101),
  consent: true,
  contactName: 'Aigerim',
  contactHandle: '@aigerim',
  createdAt: NOW,
  dueAt: new Date('2026-03-23T18:59:59.999Z'),
  ...patch,
});

describe.each(TEST_PROVIDERS)('complaint repository on %s', (provider) => {
  let m: MigratedDatabase;
  let repo: PrismaComplaintRepository;
  let categories: PrismaComplaintCategoryRepository;

  beforeAll(async () => {
    m = await migratedDatabase(provider);
    repo = new PrismaComplaintRepository(m.db.prisma);
    categories = new PrismaComplaintCategoryRepository(m.db.prisma);
  });
  afterAll(async () => m?.cleanup());

  it('when seeding twice, then categories are added once and staff edits survive', async () => {
    expect(await seedCategories(categories)).toBe(SEED_CATEGORIES.length);
    await m.db.prisma.complaintCategory.update({ where: { code: 'roads' }, data: { responseDays: 5, nameRu: 'Дороги и тротуары' } });
    expect(await seedCategories(categories)).toBe(0);
    const roads = await categories.find('roads');
    expect(roads).toMatchObject({ responseDays: 5, names: { ru: 'Дороги и тротуары' } });
    expect((await categories.find('gas'))?.emergency).toBe('104');
    expect((await categories.listActive()).map((c) => c.code)[0]).toBe('water');
  });

  it('when three replicas start at once on a new database, then each seeds the categories without an error, and each category is there once', async () => {
    const fresh = await migratedDatabase(provider);
    const replicas = [fresh.db, await createDatabase(fresh.url), await createDatabase(fresh.url)];
    try {
      for (let round = 0; round < 3; round++) {
        await fresh.db.prisma.complaintCategory.deleteMany();
        await Promise.all(replicas.map((r) => seedCategories(new PrismaComplaintCategoryRepository(r.prisma))));
        expect(await fresh.db.prisma.complaintCategory.count()).toBe(SEED_CATEGORIES.length);
      }
    } finally {
      await Promise.all(replicas.slice(1).map((r) => r.close()));
      await fresh.cleanup();
    }
  });

  it('when two residents file at the same moment, then every reference is unique and sequential', async () => {
    const created = await Promise.all(
      Array.from({ length: 8 }, (_, i) => repo.create(newComplaint({ authorId: userId(200 + i), year: 2027 }))),
    );
    const refs = created.map((c) => c.reference).sort();
    expect(new Set(refs).size).toBe(8);
    expect(refs).toEqual(Array.from({ length: 8 }, (_, i) => `C-2027-${String(i + 1).padStart(6, '0')}`));
  });

  it("when staff add an internal and a public note, then residents' history leaves the internal one out and only the public one becomes the last note", async () => {
    const c = await repo.create(newComplaint({ authorId: userId(150) }));
    await repo.addNote({ complaintId: c.id, kind: 'internal', note: 'staff only', actorId: userId(1), at: NOW });
    await repo.addNote({ complaintId: c.id, kind: 'note', note: 'crew tomorrow', actorId: userId(1), at: NOW });
    expect((await repo.history(c.id)).map((u) => [u.kind, u.note])).toEqual([
      ['status', null],
      ['note', 'crew tomorrow'],
    ]);
    expect((await repo.staffHistory(c.id)).map((u) => u.kind)).toEqual(['status', 'internal', 'note']);
    expect((await repo.findById(c.id))?.lastNote).toBe('crew tomorrow');
    expect(await repo.addNote({ complaintId: 999_999, kind: 'note', note: 'x', actorId: null, at: NOW })).toBeNull();
  });

  it('when the author adds photos and words, then photos append up to the limit, a resident line is written, and a closed complaint takes nothing', async () => {
    const c = await repo.create(newComplaint({ authorId: userId(150), photos: ['f1'], address: 'ул. Абая 5, у школы' }));
    expect((await repo.findById(c.id))?.address).toBe('ул. Абая 5, у школы');
    const first = await repo.addFromAuthor({
      complaintId: c.id,
      note: '📷',
      photos: ['f1', 'f2', 'f3'],
      actorId: userId(150),
      at: NOW,
      maxPhotos: 2,
    });
    expect(first?.photosAdded).toBe(1);
    expect(first?.update).toMatchObject({ kind: 'resident', note: '📷', fromStatus: 'new', toStatus: 'new', actorId: userId(150) });
    expect((await repo.findById(c.id))?.photos).toEqual(['f1', 'f2']);
    const words = await repo.addFromAuthor({
      complaintId: c.id,
      note: 'Стало хуже',
      photos: [],
      actorId: userId(150),
      at: NOW,
      maxPhotos: 2,
    });
    expect(words?.photosAdded).toBe(0);
    expect((await repo.staffHistory(c.id)).map((u) => [u.kind, u.note])).toEqual([
      ['status', null],
      ['resident', '📷'],
      ['resident', 'Стало хуже'],
    ]);
    await repo.changeStatus({ complaintId: c.id, from: 'new', to: 'withdrawn', note: null, actorId: userId(150), at: NOW });
    expect(await repo.findById(c.id)).toMatchObject({ status: 'withdrawn', closedAt: NOW });
    expect(
      await repo.addFromAuthor({ complaintId: c.id, note: 'ещё', photos: [], actorId: userId(150), at: NOW, maxPhotos: 2 }),
    ).toBeNull();
    expect(
      await repo.addFromAuthor({ complaintId: 999_999, note: 'x', photos: [], actorId: userId(150), at: NOW, maxPhotos: 2 }),
    ).toBeNull();
  });

  it('when a complaint is saved, then it reads back whole with its first history row', async () => {
    const c = await repo.create(newComplaint());
    const back = await repo.findByReference(c.reference);
    expect(back).toMatchObject({
      photos: ['f1', 'f2'],
      latitude: 49.1,
      authorId: userId(101),
      status: 'new',
      supporterCount: 0,
      consent: true,
    });
    expect((await repo.history(c.id)).map((h) => [h.fromStatus, h.toStatus])).toEqual([[null, 'new']]);
    expect(await repo.countByAuthorSince(userId(101), new Date(NOW.getTime() - 3_600_000))).toBe(1);
    expect((await repo.oldestByAuthorSince(userId(101), new Date(NOW.getTime() - 3_600_000)))?.getTime()).toBe(c.createdAt.getTime());
    expect(await repo.oldestByAuthorSince(userId(999), new Date(NOW.getTime() - 3_600_000))).toBeNull();
  });

  it('when supporters join and the status changes, then counts, stamps and the guard work', async () => {
    const c = await repo.create(newComplaint({ authorId: userId(300) }));
    expect(await repo.addSupporter(c.id, userId(301), NOW)).toBe(true);
    expect(await repo.addSupporter(c.id, userId(301), NOW)).toBe(false);
    expect(await repo.supporterIds(c.id)).toEqual([userId(301)]);
    const at = new Date(NOW.getTime() + 60_000);
    const u = await repo.changeStatus({ complaintId: c.id, from: 'new', to: 'acknowledged', note: 'Принято', actorId: userId(9), at });
    expect(u).toMatchObject({ fromStatus: 'new', toStatus: 'acknowledged', note: 'Принято', actorId: userId(9) });
    expect(await repo.changeStatus({ complaintId: c.id, from: 'new', to: 'rejected', note: null, actorId: null, at })).toBeNull();
    const back = await repo.findById(c.id);
    expect(back).toMatchObject({ status: 'acknowledged', acknowledgedAt: at, lastNote: 'Принято', supporterCount: 1 });
  });

  it('when looking for "+1" candidates, then only open ones of the same place and category in the window come back', async () => {
    const since = new Date(NOW.getTime() - 30 * 86_400_000);
    const fresh = await repo.create(newComplaint({ areaId: 'abai/aqtoghai', categoryCode: 'roads' }));
    await repo.create(newComplaint({ areaId: 'abai/aqtoghai', categoryCode: 'roads', createdAt: new Date(since.getTime() - 1000) }));
    await repo.create(newComplaint({ areaId: 'abai/aqtoghai', categoryCode: 'waste' }));
    const closed = await repo.create(newComplaint({ areaId: 'abai/aqtoghai', categoryCode: 'roads' }));
    await repo.changeStatus({ complaintId: closed.id, from: 'new', to: 'rejected', note: null, actorId: null, at: NOW });
    const found = await repo.findOpenSimilar({ areaId: 'abai/aqtoghai', categoryCode: 'roads', since, limit: 5 });
    expect(found.map((c) => c.id)).toEqual([fresh.id]);
  });

  it('when listing for a user, then own and supported come back paged; staff filters work', async () => {
    const a = await repo.create(newComplaint({ authorId: userId(400) }));
    const b = await repo.create(newComplaint({ authorId: userId(401) }));
    await repo.addSupporter(b.id, userId(400), NOW);
    const page = await repo.listForUser(userId(400), { offset: 0, limit: 1 });
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
    const all = await repo.listForUser(userId(400), { offset: 0, limit: 10 });
    expect(all.items.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    const staff = await repo.list({ statuses: ['new'], categoryCodes: ['water'], areaIds: ['aqtobe/oiyl'], limit: 500 });
    expect(staff.items.every((c) => c.status === 'new' && c.categoryCode === 'water')).toBe(true);
  });

  it('when a resident asks to be forgotten, then personal data goes and complaints stay anonymised', async () => {
    const me = userId(500);
    await m.db.prisma.user.create({ data: { id: me, firstName: 'Aigerim', lastName: 'S', username: 'aigerim', phone: '+7700' } });
    const own = await repo.create(newComplaint({ authorId: me }));
    const other = await repo.create(newComplaint({ authorId: userId(501) }));
    await repo.addSupporter(other.id, me, NOW);
    expect(await repo.forgetUser(me)).toMatchObject({ complaints: 1, supported: 1 });
    const user = await m.db.prisma.user.findUnique({ where: { id: me } });
    expect(user).toMatchObject({ firstName: null, lastName: null, username: null, phone: null });
    expect(await repo.findById(own.id)).toMatchObject({
      authorId: null,
      consent: false,
      contactName: null,
      contactHandle: null,
      description: 'Нет воды третий день',
    });
    expect(await repo.supporterIds(other.id)).toEqual([]);
  });
});
