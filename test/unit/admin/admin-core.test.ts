import { describe, expect, it } from 'vitest';
import { inCategoryScope, inScope, scopeFilter, scopeOf } from '../../../src/core/admin/area-scope.ts';
import { openData } from '../../../src/core/admin/buttons.ts';
import { areaKey, decodeState, encodeState, EMPTY_STATE } from '../../../src/core/admin/inbox-state.ts';
import { addAdmin, listAdmins, removeAdmin } from '../../../src/core/admin/manage-admins.ts';
import { pickAreaFilter } from '../../../src/core/admin/pick-area-filter.ts';
import type { AdminRepository, AuditLog } from '../../../src/core/admin/ports.ts';
import { resolveActor } from '../../../src/core/admin/resolve-actor.ts';
import type { Actor, AdminRecord, AuditRecord, NewAuditRecord } from '../../../src/core/admin/types.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import { DomainError } from '../../../src/core/errors.ts';
import { userId } from '../../../src/core/ids.ts';
import { neutralise } from '../../../src/adapters/export/neutralise.ts';
import { parseExportArgs } from '../../../src/cli/export.ts';
import { AREAS } from './export-fakes.ts';
import { FakeCategories } from '../complaints/fakes.ts';

class FakeAdmins implements AdminRepository {
  rows = new Map<bigint, AdminRecord>();
  async find(u: bigint) {
    return this.rows.get(BigInt(u)) ?? null;
  }
  async list() {
    return [...this.rows.values()];
  }
  async save(a: AdminRecord) {
    this.rows.set(BigInt(a.userId), a);
  }
  async remove(u: bigint) {
    return this.rows.delete(BigInt(u));
  }
}
class FakeAudit implements AuditLog {
  items: AuditRecord[] = [];
  async record(e: NewAuditRecord) {
    this.items.unshift({ ...e, id: this.items.length + 1 });
  }
  async recent(p: { offset: number; limit: number }) {
    return { items: this.items.slice(p.offset, p.offset + p.limit), total: this.items.length };
  }
}

const setup = () => {
  const admins = new FakeAdmins();
  const audit = new FakeAudit();
  const deps = {
    admins,
    audit,
    clock: fixedClock(new Date('2026-03-01T00:00:00Z')),
    ownerIds: [1n],
    areas: { listAll: async () => AREAS },
    categories: new FakeCategories(),
  };
  return { admins, audit, deps };
};
const owner: Actor = { userId: userId(1), role: 'owner', areaIds: null };

describe('roles', () => {
  it('when the user is in ADMIN_IDS, then they are an unlimited owner; strangers are nobody', async () => {
    const { admins } = setup();
    expect(await resolveActor({ ownerIds: [1n], admins }, userId(1))).toEqual(owner);
    expect(await resolveActor({ ownerIds: [1n], admins }, userId(2))).toBeNull();
    expect(await resolveActor({ ownerIds: [1n], admins }, null)).toBeNull();
  });

  it('when an owner adds an admin with areas, then the admin is limited to them and the action is audited', async () => {
    const { admins, audit, deps } = setup();
    await addAdmin(deps, owner, ['42', 'aqtobe/oiyl'], new Date());
    expect(await resolveActor({ ownerIds: [1n], admins }, userId(42))).toEqual({
      userId: userId(42),
      role: 'admin',
      areaIds: ['aqtobe/oiyl'],
    });
    expect(audit.items[0]).toMatchObject({ action: 'admin.add', target: '42', details: { areas: ['aqtobe/oiyl'] } });
    await expect(addAdmin(deps, owner, ['43', 'nowhere'], new Date())).rejects.toMatchObject({ code: 'ADMIN.UNKNOWN_AREA' });
    await expect(addAdmin(deps, owner, ['@bob'], new Date())).rejects.toMatchObject({ code: 'ADMIN.BAD_USER_ID' });
    await removeAdmin(deps, owner, '42');
    expect(audit.items[0]).toMatchObject({ action: 'admin.remove', target: '42' });
  });

  it('when an owner adds an admin with areas and categories, then both limit them and a category scope narrows the inbox', async () => {
    const { admins, audit, deps } = setup();
    await addAdmin(deps, owner, ['44', 'aqtobe/oiyl', 'water', 'roads'], new Date());
    const actor = await resolveActor({ ownerIds: [1n], admins }, userId(44));
    expect(actor).toEqual({ userId: userId(44), role: 'admin', areaIds: ['aqtobe/oiyl'], categoryCodes: ['water', 'roads'] });
    expect(audit.items[0]).toMatchObject({ details: { areas: ['aqtobe/oiyl'], categories: ['water', 'roads'] } });
    expect(inCategoryScope(actor!, { categoryCode: 'water' })).toBe(true);
    expect(inCategoryScope(actor!, { categoryCode: 'gas' })).toBe(false);
    expect(inCategoryScope(owner, { categoryCode: 'gas' })).toBe(true);
    expect(scopeFilter({}, null, AREAS, actor!).categoryCodes).toEqual(['water', 'roads']);
    expect(scopeFilter({ categoryCodes: ['gas'] }, null, AREAS, actor!).categoryCodes).toEqual([]);
    expect(scopeFilter({ categoryCodes: ['water'] }, null, AREAS, actor!).categoryCodes).toEqual(['water']);
    expect(scopeFilter({}, null, AREAS, owner).categoryCodes).toBeUndefined();
    const listed = await listAdmins(deps, owner);
    expect(JSON.stringify(listed.text)).toContain('water, roads');
  });

  it('when an admin who is not an owner manages admins, then it is refused', async () => {
    const { deps } = setup();
    const admin = { userId: userId(42), role: 'admin' as const, areaIds: null };
    await expect(listAdmins(deps, admin)).rejects.toBeInstanceOf(DomainError);
    await expect(addAdmin(deps, admin, ['43'], new Date())).rejects.toMatchObject({ code: 'ADMIN.OWNER_ONLY' });
  });
});

describe('area scope', () => {
  it('when an admin is limited to a district, then its settlements are in scope and other provinces are not', () => {
    const scope = scopeOf({ areaIds: ['aqtobe/oiyl'] }, AREAS);
    expect(inScope(scope, { areaId: 'aqtobe/oiyl/oiyl' })).toBe(true);
    expect(inScope(scope, { areaId: 'abai/aqtoghai' })).toBe(false);
    expect(inScope(scope, { areaId: null })).toBe(false);
    expect(inScope(scopeOf({ areaIds: null }, AREAS), { areaId: null })).toBe(true);
  });

  it('when a chosen area lies outside the scope, then the filter matches nothing; inside, its subtree', () => {
    const scope = scopeOf({ areaIds: ['aqtobe'] }, AREAS);
    expect(scopeFilter({ areaId: 'abai' }, scope, AREAS).areaIds).toEqual([]);
    expect(scopeFilter({ areaId: 'aqtobe/oiyl' }, scope, AREAS).areaIds?.sort()).toEqual(['aqtobe/oiyl', 'aqtobe/oiyl/oiyl']);
    expect(scopeFilter({}, null, AREAS).areaIds).toBeUndefined();
  });

  it('when an admin types an area in any script, then it becomes the filter', () => {
    expect(pickAreaFilter(AREAS, 'abai/aqtoghai')).toBe(areaKey('abai/aqtoghai'));
    expect(pickAreaFilter(AREAS, 'Ақтоғай')).toBe(areaKey('abai/aqtoghai'));
    expect(pickAreaFilter(AREAS, '')).toBeNull();
    expect(() => pickAreaFilter(AREAS, 'Zzzzqq')).toThrow(DomainError);
  });
});

describe('inbox buttons', () => {
  it('when a state is encoded, then it decodes to itself within the button limit; forged data is refused', () => {
    const s = { status: 'not_responsible' as const, category: 'electricity', area: areaKey('aqtobe/oiyl/oiyl'), overdue: true, page: 12 };
    expect(decodeState(encodeState(s))).toEqual(s);
    expect(openData.tryEncode({ id: 123456789, state: s })).not.toBeNull();
    expect(decodeState(encodeState(EMPTY_STATE))).toEqual(EMPTY_STATE);
    for (const bad of ['', 'x.y', 'hacked.-.-.0.0', '-.-.-.2.0', '-.DROP TABLE.-.0.0', '-.-.zz.0.0']) expect(decodeState(bad)).toBeNull();
  });
});

describe('export helpers', () => {
  it('when a cell could run as a formula, then it is neutralised; other text is untouched', () => {
    expect(['=1', '+1', '-1', '@x', '\t=1', '\r=1'].map(neutralise)).toEqual(["'=1", "'+1", "'-1", "'@x", "'\t=1", "'\r=1"]);
    expect(neutralise('Су жоқ = беда')).toBe('Су жоқ = беда');
  });

  it('when the CLI gets dates and lists, then the range is local whole days and bad values are usage errors', () => {
    const o = parseExportArgs([
      '--format',
      'csv',
      '--out',
      'x.csv',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-31',
      '--status',
      'new,resolved',
      '--category',
      'water',
    ]);
    expect(o.filter.createdFrom!.toISOString()).toBe('2026-02-28T19:00:00.000Z');
    expect(o.filter.createdTo!.toISOString()).toBe('2026-03-31T19:00:00.000Z');
    expect(o.filter.statuses).toEqual(['new', 'resolved']);
    expect(() => parseExportArgs(['--format', 'pdf', '--out', 'x'])).toThrow(/format/);
    expect(() => parseExportArgs(['--format', 'csv', '--out', 'x', '--status', 'lost'])).toThrow(/lost/);
    expect(() => parseExportArgs(['--format', 'csv'])).toThrow(/out/);
  });
});
