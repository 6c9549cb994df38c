import { describe, expect, it } from 'vitest';
import { inboxData } from '../../../src/core/admin/buttons.ts';
import { EMPTY_STATE } from '../../../src/core/admin/inbox-state.ts';
import type { AdminRecord } from '../../../src/core/admin/types.ts';
import { userId, type UserId } from '../../../src/core/ids.ts';
import type { Text } from '../../../src/core/replies.ts';
import { flushStaffAlerts, STAFF_ALERT_GAP_MS, staffAlertMessage } from '../../../src/core/staff-alerts/flush-alerts.ts';
import type { PendingAlert, StaffAlertStore, StaffMember } from '../../../src/core/staff-alerts/ports.ts';
import { responsibleStaff, routeComplaintEvent, staffAlerts, staffDirectory } from '../../../src/core/staff-alerts/route-event.ts';
import { AREAS } from '../admin/export-fakes.ts';
import { FakeCategories } from '../complaints/fakes.ts';

const member = (id: number, areaIds: string[] | null, categoryCodes: string[] | null, role: 'owner' | 'admin' = 'admin'): StaffMember => ({
  userId: userId(id),
  role,
  areaIds,
  categoryCodes,
});
const OWNER = member(1, null, null, 'owner');
const OIYL_WATER = member(2, ['aqtobe/oiyl'], ['water']);
const ABAI_ALL = member(3, ['abai'], null);
const ROADS_EVERYWHERE = member(4, null, ['roads']);
const UNSCOPED = member(5, null, null);
const STAFF = [OWNER, OIYL_WATER, ABAI_ALL, ROADS_EVERYWHERE, UNSCOPED];
const ids = (list: UserId[]) => list.map(Number).sort();

/** In-memory store with the same rules as the Prisma one (gap per person, batches marked sent). */
class MemoryStore implements StaffAlertStore {
  rows: Array<PendingAlert & { sentAt: Date | null }> = [];
  drafts: Array<{ adminId: UserId; text: string }> = [];
  async add(alerts: PendingAlert[]) {
    this.rows.push(...alerts.map((a) => ({ ...a, sentAt: null })));
  }
  async discard(admin: UserId) {
    const before = this.rows.length;
    this.rows = this.rows.filter((r) => r.adminId !== admin || r.sentAt);
    return before - this.rows.length;
  }
  private recent(admin: UserId, now: Date, gapMs: number) {
    return this.rows.some((r) => r.adminId === admin && r.sentAt && r.sentAt.getTime() > now.getTime() - gapMs);
  }
  async due(now: Date, gapMs: number) {
    const pending = [...new Set(this.rows.filter((r) => !r.sentAt).map((r) => r.adminId))];
    return pending.filter((a) => !this.recent(a, now, gapMs));
  }
  async sendBatch(
    adminId: UserId,
    now: Date,
    gapMs: number,
    deliver: (a: PendingAlert[]) => Promise<{ text: string; buttons: string | null }>,
  ) {
    if (this.recent(adminId, now, gapMs)) return false;
    const rows = this.rows.filter((r) => r.adminId === adminId && !r.sentAt);
    if (!rows.length) return false;
    for (const r of rows) r.sentAt = now;
    this.drafts.push({ adminId, text: (await deliver(rows)).text });
    return true;
  }
}

const flatText = (t: Text): string => ('raw' in t ? t.raw : 'lines' in t ? t.lines.map(flatText).join('\n') : JSON.stringify(t));

describe('who is told about a complaint', () => {
  it('when scoped admins cover the complaint by area and category, then only they are told', () => {
    expect(ids(responsibleStaff(STAFF, AREAS, { id: 1, categoryCode: 'water', areaId: 'aqtobe/oiyl/oiyl' }))).toEqual([2]);
    expect(ids(responsibleStaff(STAFF, AREAS, { id: 2, categoryCode: 'roads', areaId: 'abai/aqtoghai' }))).toEqual([3, 4]);
  });

  it('when nobody is responsible, then owners and unscoped admins are told instead', () => {
    expect(ids(responsibleStaff(STAFF, AREAS, { id: 3, categoryCode: 'gas', areaId: 'aqtobe/oiyl/oiyl' }))).toEqual([1, 5]);
    expect(ids(responsibleStaff(STAFF, AREAS, { id: 4, categoryCode: 'water', areaId: null }))).toEqual([1, 5]);
  });

  it('when staff forward a complaint, then they are not told about their own action', () => {
    expect(ids(responsibleStaff(STAFF, AREAS, { id: 5, categoryCode: 'roads', areaId: 'abai/aqtoghai' }, userId(4)))).toEqual([3]);
  });

  it('when an admin is also in ADMIN_IDS, then the directory lists them once, as an unlimited owner', async () => {
    const rows: AdminRecord[] = [
      { userId: userId(1), role: 'admin', areaIds: ['abai'], categoryCodes: [], addedBy: null, createdAt: new Date() },
      { userId: userId(7), role: 'admin', areaIds: [], categoryCodes: ['water'], addedBy: null, createdAt: new Date() },
    ];
    const listed = await staffDirectory([1n], { list: async () => rows }).listStaff();
    expect(listed).toEqual([OWNER, member(7, null, ['water'])]);
  });

  it('when routing fails, then raising reports it and does not throw', async () => {
    const errors: unknown[] = [];
    const alerts = staffAlerts(
      {
        staff: { listStaff: async () => STAFF },
        areas: { listAll: async () => AREAS },
        store: { add: () => Promise.reject(new Error('db down')) },
      },
      (err) => errors.push(err),
    );
    await alerts.raise({ kind: 'new', complaint: { id: 1, categoryCode: 'water', areaId: null }, at: new Date() });
    expect(errors).toHaveLength(1);
  });
});

describe('staff notices are batched', () => {
  const at = new Date('2026-03-02T05:00:00Z');
  const alert = (complaintId: number, categoryCode: string, kind: PendingAlert['kind'] = 'new'): PendingAlert => ({
    adminId: userId(2),
    complaintId,
    kind,
    categoryCode,
    at,
  });

  it('when several events wait, then one message counts complaints per kind and category, each complaint once', () => {
    const names = new Map([
      ['water', 'Water'],
      ['roads', 'Roads'],
    ]);
    const reply = staffAlertMessage(
      [alert(1, 'water'), alert(2, 'water'), alert(3, 'roads'), alert(1, 'water', 'added'), alert(1, 'water', 'added')],
      names,
    );
    const parts = 'lines' in reply.text ? reply.text.lines : [];
    expect(parts).toEqual([
      { key: 'staff-alert-line', vars: { kind: 'new', count: 3, categories: 'Water 2, Roads 1' } },
      { key: 'staff-alert-line', vars: { kind: 'added', count: 1, categories: 'Water 1' } },
    ]);
    expect(reply.buttons?.[0]?.[0]).toMatchObject({ data: inboxData.encode({ op: 'v', state: EMPTY_STATE }) });
  });

  it('when events keep coming, then each person gets at most one message per 5 minutes, with what waited', async () => {
    const store = new MemoryStore();
    const deps = {
      staff: { listStaff: async () => STAFF },
      areas: { listAll: async () => AREAS },
      store,
    };
    const flush = {
      store,
      staff: deps.staff,
      categories: new FakeCategories(),
      users: { find: async () => null },
      render: (r: { text: Text }) => ({ text: flatText(r.text), buttons: null }),
      defaultLocale: 'ru' as const,
    };
    await routeComplaintEvent(deps, { kind: 'new', complaint: { id: 1, categoryCode: 'water', areaId: 'aqtobe/oiyl/oiyl' }, at });
    await routeComplaintEvent(deps, { kind: 'new', complaint: { id: 2, categoryCode: 'water', areaId: 'aqtobe/oiyl/oiyl' }, at });
    expect(await flushStaffAlerts(flush, at)).toBe(1);
    await routeComplaintEvent(deps, { kind: 'reopened', complaint: { id: 1, categoryCode: 'water', areaId: 'aqtobe/oiyl/oiyl' }, at });
    expect(await flushStaffAlerts(flush, new Date(at.getTime() + STAFF_ALERT_GAP_MS - 1000))).toBe(0);
    expect(await flushStaffAlerts(flush, new Date(at.getTime() + STAFF_ALERT_GAP_MS))).toBe(1);
    expect(store.drafts.map((d) => [Number(d.adminId), d.text])).toEqual([
      [2, expect.stringContaining('"count":2')],
      [2, expect.stringContaining('"kind":"reopened"')],
    ]);
    expect(await flushStaffAlerts(flush, new Date(at.getTime() + 3 * STAFF_ALERT_GAP_MS))).toBe(0);
    // Someone removed from staff after an event was routed to them is not told.
    await routeComplaintEvent(deps, { kind: 'new', complaint: { id: 9, categoryCode: 'water', areaId: 'aqtobe/oiyl/oiyl' }, at });
    const removed = { ...flush, staff: { listStaff: async () => STAFF.filter((m) => m !== OIYL_WATER) } };
    expect(await flushStaffAlerts(removed, new Date(at.getTime() + 10 * STAFF_ALERT_GAP_MS))).toBe(0);
    expect(store.rows.filter((r) => !r.sentAt)).toEqual([]);
  });
});
