import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../src/adapters/db/client.ts';
import { PrismaAdminRepository } from '../../src/adapters/db/repositories/prisma-admin-repository.ts';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { PrismaComplaintReviewRepository } from '../../src/adapters/db/repositories/prisma-complaint-review-repository.ts';
import { PrismaStaffAlertStore, STAFF_ALERT_KIND } from '../../src/adapters/db/repositories/prisma-staff-alert-store.ts';
import { userId } from '../../src/core/ids.ts';
import type { PendingAlert } from '../../src/core/staff-alerts/ports.ts';
import { PrismaResponseTemplateRepository } from '../../src/adapters/db/repositories/prisma-response-template-repository.ts';
import { DEFAULT_TEMPLATES } from '../../src/core/admin/default-templates.ts';
import { newComplaint } from '../support/complaint-fixtures.ts';
import { migratedDatabase, TEST_PROVIDERS, type MigratedDatabase } from '../support/databases.ts';

const GAP = 5 * 60_000;
const T0 = new Date('2026-03-02T05:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const alert = (admin: number, complaintId: number, kind: PendingAlert['kind'] = 'new'): PendingAlert => ({
  adminId: userId(admin),
  complaintId,
  kind,
  categoryCode: 'water',
  at: T0,
});

describe.each(TEST_PROVIDERS)('staff alerts, admin scopes, forwarding and ready answers on %s', (provider) => {
  let m: MigratedDatabase;
  /** A second process on the same database. */
  let replica: Database | undefined;
  beforeAll(async () => {
    m = await migratedDatabase(provider);
  });
  afterAll(async () => {
    await replica?.close();
    await m?.cleanup();
  });

  it('when an admin is saved with categories, then they come back with them (and none means every category)', async () => {
    const admins = new PrismaAdminRepository(m.db.prisma);
    await admins.save({
      userId: userId(31),
      role: 'admin',
      areaIds: ['abai'],
      categoryCodes: ['water', 'roads'],
      addedBy: null,
      createdAt: T0,
    });
    await admins.save({ userId: userId(32), role: 'admin', areaIds: [], addedBy: null, createdAt: T0 });
    expect(await admins.find(userId(31))).toMatchObject({ areaIds: ['abai'], categoryCodes: ['water', 'roads'] });
    expect(await admins.find(userId(32))).toMatchObject({ areaIds: [], categoryCodes: [] });
  });

  it('when two replicas flush the same person, then one message is queued with every pending event, and none again within 5 minutes', async () => {
    const one = new PrismaStaffAlertStore(m.db.prisma);
    replica = await createDatabase(m.url);
    const two = new PrismaStaffAlertStore(replica.prisma);
    await one.add([alert(41, 1), alert(41, 2), alert(42, 3, 'reopened')]);
    expect((await one.due(T0, GAP)).map(Number).sort()).toEqual([41, 42]);
    const seen: number[][] = [];
    const deliver = async (alerts: PendingAlert[]) => {
      seen.push(alerts.map((a) => a.complaintId));
      return { text: `${alerts.length} events`, buttons: null };
    };
    // PostgreSQL replicas race; a SQLite database has one process, so the second comes after the first.
    const results =
      provider === 'postgresql'
        ? await Promise.all([one.sendBatch(userId(41), T0, GAP, deliver), two.sendBatch(userId(41), T0, GAP, deliver)])
        : [await one.sendBatch(userId(41), T0, GAP, deliver), await two.sendBatch(userId(41), T0, GAP, deliver)];
    expect(results.filter(Boolean)).toHaveLength(1);
    const rows = await m.db.prisma.outboxMessage.findMany({ where: { kind: STAFF_ALERT_KIND, chatId: 41n } });
    expect(rows.map((r) => r.text)).toEqual(['2 events']);
    await one.add([alert(41, 4, 'added')]);
    expect((await one.due(at(GAP - 1000), GAP)).map(Number)).toEqual([42]);
    expect(await one.sendBatch(userId(41), at(GAP - 1000), GAP, deliver)).toBe(false);
    expect(await one.sendBatch(userId(41), at(GAP), GAP, deliver)).toBe(true);
    expect(seen.at(-1)).toEqual([4]);
    expect(await m.db.prisma.outboxMessage.count({ where: { kind: STAFF_ALERT_KIND, chatId: 41n } })).toBe(2);
    expect(await one.prune(at(GAP + 1))).toBe(3);
    expect(await m.db.prisma.staffAlert.count({ where: { adminId: 42n, sentAt: null } })).toBe(1);
    // Someone removed from staff: what waited for them is dropped.
    expect(await one.discard(userId(42))).toBe(1);
    expect(await one.due(at(10 * GAP), GAP)).toEqual([]);
  });

  it('when a complaint is forwarded, then its category changes with an internal note, once: a second forward from the old category finds nothing', async () => {
    const complaints = new PrismaComplaintRepository(m.db.prisma);
    const review = new PrismaComplaintReviewRepository(m.db.prisma);
    const c = await complaints.create(newComplaint({ createdAt: T0, dueAt: at(86_400_000) }));
    const move = {
      complaintId: c.id,
      fromCategory: 'water',
      toCategory: 'roads',
      note: 'water → roads',
      actorId: userId(31),
      at: at(1000),
    };
    expect(await review.forward(move)).toMatchObject({ id: c.id, categoryCode: 'roads', status: 'new' });
    expect(await review.forward({ ...move, toCategory: 'waste' })).toBeNull();
    expect((await complaints.staffHistory(c.id)).map((u) => [u.kind, u.note])).toEqual([
      ['status', null],
      ['internal', 'water → roads'],
    ]);
    expect((await complaints.history(c.id)).map((u) => u.kind)).toEqual(['status']);
  });

  it('when the defaults are seeded twice, then they are added once, and an owner’s removal stays removed', async () => {
    const templates = new PrismaResponseTemplateRepository(m.db.prisma);
    const before = (await templates.list()).length;
    expect(await templates.seedOnce(DEFAULT_TEMPLATES)).toBe(DEFAULT_TEMPLATES.length);
    const first = (await templates.list())[0]!;
    expect(await templates.remove(first.id)).toBe(true);
    expect(await templates.seedOnce(DEFAULT_TEMPLATES)).toBe(0);
    expect((await templates.list()).length).toBe(before + DEFAULT_TEMPLATES.length - 1);
    const added = await templates.add({ categoryCode: 'water', status: 'resolved', locale: 'kk', text: 'Су бар', sortOrder: 9 });
    expect(await templates.find(added.id)).toEqual(added);
    expect(await templates.remove(added.id)).toBe(true);
    expect(await templates.remove(added.id)).toBe(false);
  });

  it('when a week is summed up for a scope, then new, open, overdue, the oldest open and the split by category and area count only that scope', async () => {
    const complaints = new PrismaComplaintRepository(m.db.prisma);
    const review = new PrismaComplaintReviewRepository(m.db.prisma);
    const now = at(30 * 86_400_000);
    const day = (n: number) => new Date(now.getTime() - n * 86_400_000);
    const first = await complaints.create(newComplaint({ categoryCode: 'gas', areaId: 'w1', createdAt: day(20), dueAt: day(1) }));
    await complaints.create(newComplaint({ categoryCode: 'gas', areaId: 'w2', createdAt: day(2), dueAt: day(-5) }));
    await complaints.create(newComplaint({ categoryCode: 'heating', areaId: 'w2', createdAt: day(1), dueAt: day(-5) }));
    await complaints.create(newComplaint({ categoryCode: 'transport', areaId: 'w1', createdAt: day(1), dueAt: day(-5) }));
    const closed = await complaints.create(newComplaint({ categoryCode: 'gas', areaId: 'w1', createdAt: day(3), dueAt: day(1) }));
    await complaints.changeStatus({ complaintId: closed.id, from: 'new', to: 'rejected', note: null, actorId: null, at: day(1) });
    const scope = { areaIds: ['w1', 'w2'], categoryCodes: ['gas', 'heating'] };
    expect(await review.week(scope, day(7), now)).toEqual({
      newThisWeek: 3,
      open: 3,
      overdue: 1,
      oldestOpen: { reference: first.reference, createdAt: day(20) },
      openByCategory: [
        { code: 'gas', count: 2 },
        { code: 'heating', count: 1 },
      ],
      openByArea: [
        { areaId: 'w2', count: 2 },
        { areaId: 'w1', count: 1 },
      ],
    });
    expect((await review.week({ ...scope, categoryCodes: [] }, day(7), now)).open).toBe(0);
  });
});
