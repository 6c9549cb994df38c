import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { PrismaUserRepository } from '../../src/adapters/db/repositories/prisma-user-repository.ts';
import { OutboxNotifier } from '../../src/cli/complaints.ts';
import { changeComplaintStatus } from '../../src/core/complaints/change-status.ts';
import type { NewComplaint } from '../../src/core/complaints/types.ts';
import { userId } from '../../src/core/ids.ts';
import { createI18n } from '../../src/i18n/index.ts';
import { TEST_PROVIDERS, migratedDatabase, type MigratedDatabase } from '../support/databases.ts';

const NOW = new Date('2026-03-02T05:00:00Z');
const newComplaint = (patch: Partial<NewComplaint> = {}): NewComplaint => ({
  year: 2026,
  categoryCode: 'water',
  areaId: 'aqtobe/oiyl',
  description: 'Нет воды третий день',
  photos: [],
  latitude: null,
  longitude: null,
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

describe.each(TEST_PROVIDERS)('/forgetme on %s', (provider) => {
  let m: MigratedDatabase;
  let repo: PrismaComplaintRepository;

  beforeAll(async () => {
    m = await migratedDatabase(provider);
    repo = new PrismaComplaintRepository(m.db.prisma);
  });
  afterAll(async () => m?.cleanup());

  it('when a resident forgets themselves, then their remembered settlement is erased too', async () => {
    const me = userId(7001);
    const users = new PrismaUserRepository(m.db.prisma);
    await users.touch({ id: me, languageCode: 'ru' });
    // The complaint form remembers where the resident lives.
    await users.update(me, { settlementId: 'aqtobe/oiyl' });
    await repo.create(newComplaint({ authorId: me }));
    await repo.forgetUser(me);
    expect((await users.find(me))?.settlementId).toBeNull();
  });

  it('when status notices for the resident are still queued, then they are removed (no news, no link to the complaint)', async () => {
    const me = userId(7002);
    const other = userId(7003);
    const c = await repo.create(newComplaint({ authorId: me }));
    const mine = await repo.create(newComplaint({ authorId: other }));
    await repo.addSupporter(mine.id, me, NOW);
    const notifier = new OutboxNotifier(m.db.prisma, createI18n({ defaultTimeZone: 'Asia/Almaty' }), 'Asia/Almaty');
    const deps = { complaints: repo, users: new PrismaUserRepository(m.db.prisma), notifier, defaultLocale: 'ru' as const };
    await changeComplaintStatus(deps, { reference: c.reference, to: 'acknowledged', now: NOW });
    await changeComplaintStatus(deps, { reference: mine.reference, to: 'acknowledged', now: NOW });
    const queuedFor = (id: bigint) => m.db.prisma.outboxMessage.count({ where: { chatId: id } });
    expect(await queuedFor(me)).toBe(2);
    await repo.forgetUser(me);
    expect(await queuedFor(me)).toBe(0);
    expect(await queuedFor(other)).toBe(1);
  });

  it('when a resident forgets themselves, then the address they typed goes with the location and counts as one', async () => {
    const me = userId(7004);
    const c = await repo.create(newComplaint({ authorId: me, address: 'ул. Абая 5, кв. 12' }));
    const outcome = await repo.forgetUser(me);
    expect(outcome.locations).toBe(1);
    expect(await repo.findById(c.id)).toMatchObject({ address: null, latitude: null, authorId: null });
  });
});
