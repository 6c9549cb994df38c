import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaAdminRepository, PrismaAuditLog } from '../../src/adapters/db/repositories/prisma-admin-repository.ts';
import { PrismaAreaRepository } from '../../src/adapters/db/repositories/prisma-area-repository.ts';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { PrismaComplaintReviewRepository } from '../../src/adapters/db/repositories/prisma-complaint-review-repository.ts';
import { WITH_COUNT, toComplaint, toUpdate } from '../../src/adapters/db/repositories/prisma-complaint-mapping.ts';
import { readerOf, registerRawRows, type RawRows } from '../../src/adapters/db/raw-rows.ts';
import { runExport } from '../../src/adapters/export/run-export.ts';
import { scopeFilter, scopeOf } from '../../src/core/admin/area-scope.ts';
import { resolveActor } from '../../src/core/admin/resolve-actor.ts';
import { SEED_CATEGORIES } from '../../src/core/complaints/categories.ts';
import { userId } from '../../src/core/ids.ts';
import { runExportCli } from '../../src/cli/export.ts';
import { TEST_PROVIDERS, migratedDatabase, tempDir, type MigratedDatabase } from '../support/databases.ts';
import { memorySink } from '../unit/admin/export-fakes.ts';

const AREAS = [
  { id: 'aqtobe', parentId: null, kind: 'province', nameKk: 'Ақтөбе облысы', nameRu: 'Актюбинская область', nameEn: 'Aqtobe' },
  { id: 'aqtobe/oiyl', parentId: 'aqtobe', kind: 'district', nameKk: 'Ойыл ауданы', nameRu: 'Уилский район', nameEn: 'Oiyl district' },
  { id: 'aqtobe/oiyl/oiyl', parentId: 'aqtobe/oiyl', kind: 'settlement', nameKk: 'Ойыл', nameRu: 'Уил', nameEn: 'Oiyl' },
  { id: 'abai', parentId: null, kind: 'province', nameKk: 'Абай облысы', nameRu: 'Абайская область', nameEn: 'Abai' },
  { id: 'abai/aqtoghai', parentId: 'abai', kind: 'settlement', nameKk: 'Ақтоғай', nameRu: 'Актогай', nameEn: 'Aqtoghai' },
];

describe.each(TEST_PROVIDERS)('admin scoping and export query on %s', (provider) => {
  let m: MigratedDatabase;
  const t0 = new Date('2026-03-01T04:00:00Z');
  beforeAll(async () => {
    m = await migratedDatabase(provider);
    const db = m.db.prisma;
    for (const a of AREAS) await db.area.create({ data: a });
    for (const c of SEED_CATEGORIES) {
      await db.complaintCategory.create({
        data: { code: c.code, group: c.group, nameKk: c.names.kk, nameRu: c.names.ru, nameEn: c.names.en, sortOrder: c.sortOrder },
      });
    }
    const complaints = new PrismaComplaintRepository(db);
    const base = {
      year: 2026,
      photos: [],
      latitude: null,
      longitude: null,
      source: 'private' as const,
      sourceChatId: null,
      authorId: null,
      contactName: null,
      contactHandle: null,
    };
    const oiyl = await complaints.create({
      ...base,
      categoryCode: 'water',
      areaId: 'aqtobe/oiyl/oiyl',
      description: 'Су жоқ: ә ғ қ ң ө ұ ү һ і\n"вторая"',
      consent: true,
      contactName: 'Әлия',
      createdAt: t0,
      dueAt: new Date('2026-03-05T00:00:00Z'),
    });
    await complaints.create({
      ...base,
      categoryCode: 'roads',
      areaId: 'abai/aqtoghai',
      description: '=1+1 ямы',
      consent: false,
      contactName: 'Secret',
      createdAt: new Date(t0.getTime() + 1000),
      dueAt: new Date('2026-04-30T00:00:00Z'),
    });
    const dup = await complaints.create({
      ...base,
      categoryCode: 'water',
      areaId: 'aqtobe/oiyl/oiyl',
      description: 'то же самое',
      consent: false,
      createdAt: new Date(t0.getTime() + 2000),
      dueAt: new Date('2026-04-30T00:00:00Z'),
    });
    await complaints.changeStatus({
      complaintId: dup.id,
      from: 'new',
      to: 'duplicate',
      note: 'см. первую',
      actorId: userId(1),
      at: new Date(t0.getTime() + 3000),
      duplicateOfId: oiyl.id,
    });
  });
  afterAll(async () => m?.cleanup());

  it('when an admin is limited to a district, then only complaints of its settlements are listed', async () => {
    const admins = new PrismaAdminRepository(m.db.prisma);
    await admins.save({ userId: userId(555), role: 'admin', areaIds: ['aqtobe/oiyl'], addedBy: userId(1), createdAt: t0 });
    const actor = (await resolveActor({ ownerIds: [1n], admins }, userId(555)))!;
    const areas = await new PrismaAreaRepository(m.db.prisma).listAll();
    const review = new PrismaComplaintReviewRepository(m.db.prisma);
    const mine = await review.page(scopeFilter({}, scopeOf(actor, areas), areas), { offset: 0, limit: 10 });
    expect(mine.items.map((c) => c.areaId)).toEqual(['aqtobe/oiyl/oiyl', 'aqtobe/oiyl/oiyl']);
    const elsewhere = await review.page(scopeFilter({ areaId: 'abai' }, scopeOf(actor, areas), areas), { offset: 0, limit: 10 });
    expect(elsewhere.total).toBe(0);
    const overdue = await review.page(scopeFilter({ overdueAt: new Date('2026-03-10T00:00:00Z') }, null, areas), { offset: 0, limit: 10 });
    expect(overdue.items.map((c) => c.categoryCode)).toEqual(['water']);
    expect(await admins.remove(userId(555))).toBe(true);
    expect(await resolveActor({ ownerIds: [1n], admins }, userId(555))).toBeNull();
  });

  it("when parallel plans are made free and forced, then export pages are still planned without parallel workers (PostgreSQL); SQLite's pages carry no such guard", async () => {
    // The statements the export sends, recorded; a reader that says no provider gets them unguarded.
    const statements = async (provider?: string) => {
      const sent: Parameters<RawRows>[0][] = [];
      const real = readerOf(m.db.prisma);
      const client = {};
      registerRawRows(
        Object.assign(
          (q: Parameters<RawRows>[0]) => {
            sent.push(q);
            return real(q);
          },
          { provider },
        ),
        client,
      );
      const review = new PrismaComplaintReviewRepository(client as typeof m.db.prisma);
      await review.complaintsAfter({ statuses: ['new'] }, 0, 2);
      await review.changesAfter({ statuses: ['new'] }, { fromComplaintId: 1, toComplaintId: 3 }, 0, 2);
      return sent;
    };
    if (provider !== 'postgresql') {
      const sent = await statements('sqlite');
      expect(sent).toHaveLength(2);
      for (const q of sent) expect(q.sql).not.toMatch(/set_config/);
      return;
    }
    const plans = async (sent: Parameters<RawRows>[0][]) => {
      const client = new pg.Client({ connectionString: m.url });
      await client.connect();
      try {
        await client.query('BEGIN');
        for (const setting of [
          'parallel_setup_cost',
          'parallel_tuple_cost',
          'min_parallel_table_scan_size',
          'min_parallel_index_scan_size',
        ]) {
          await client.query(`SET LOCAL ${setting} = 0`);
        }
        const { rows } = await client.query("SELECT name FROM pg_settings WHERE name IN ('debug_parallel_query', 'force_parallel_mode')");
        await client.query(`SET LOCAL ${rows[0]!.name} = on`);
        const out: string[] = [];
        for (const q of sent) out.push(JSON.stringify((await client.query(`EXPLAIN (FORMAT JSON) ${q.text}`, q.values)).rows[0]));
        return out;
      } finally {
        await client.query('ROLLBACK');
        await client.end();
      }
    };
    const unguarded = await plans(await statements());
    expect(unguarded).toHaveLength(2);
    for (const plan of unguarded) expect(plan).toContain('Gather'); // the setup does force parallel plans
    const guarded = await plans(await statements('postgres'));
    expect(guarded).toHaveLength(2);
    for (const plan of guarded) expect(plan).not.toContain('Gather');
  });

  it('when the export pages through the database, then every row comes once with its duplicate reference and history', async () => {
    const review = new PrismaComplaintReviewRepository(m.db.prisma);
    const p1 = await review.complaintsAfter({}, 0, 2);
    const p2 = await review.complaintsAfter({}, p1[1]!.id, 2);
    expect([...p1, ...p2].map((c) => c.reference)).toEqual(['C-2026-000001', 'C-2026-000002', 'C-2026-000003']);
    expect(p2[0]!.duplicateOfReference).toBe('C-2026-000001');
    const changes = await review.changesAfter({ statuses: ['duplicate'] }, { fromComplaintId: 0, toComplaintId: 1e9 }, 0, 10);
    expect(changes.map((c) => [c.reference, c.toStatus])).toEqual([
      ['C-2026-000003', 'new'],
      ['C-2026-000003', 'duplicate'],
    ]);
  });

  it('when exported to CSV, then the file reads back intact with the reporter only where consented', async () => {
    const sink = memorySink();
    const deps = { source: new PrismaComplaintReviewRepository(m.db.prisma), areas: new PrismaAreaRepository(m.db.prisma) };
    await runExport(deps, { filter: {}, locale: 'kk', now: new Date('2026-03-10T00:00:00Z') }, sink, {
      format: 'csv',
      timeZone: 'Asia/Almaty',
    });
    const rows = parse(sink.buffers()[0]!, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.reporter)).toEqual(['Әлия', '', '']);
    expect(rows[0]!.description).toBe('Су жоқ: ә ғ қ ң ө ұ ү һ і\n"вторая"');
    expect(rows[0]!.settlement).toBe('Ойыл, Ойыл ауданы, Ақтөбе облысы');
    expect(rows[1]!.description).toBe("'=1+1 ямы");
    expect(rows[2]).toMatchObject({ status: 'duplicate', 'duplicate of': 'C-2026-000001', 'last note': 'см. первую' });
  });

  it('when the CLI exports with filters, then the files hold just the matching complaints', async () => {
    const dir = tempDir();
    const log: string[] = [];
    const env = { DATABASE_URL: m.url };
    expect(
      await runExportCli(['--format', 'csv', '--area', 'aqtobe', '--status', 'new,duplicate', '--out', join(dir, 'a.csv')], env, (l) =>
        log.push(l),
      ),
    ).toBe(0);
    const rows = parse(readFileSync(join(dir, 'a.csv')), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.reference)).toEqual(['C-2026-000001', 'C-2026-000003']);
    expect(log[0]).toMatch(/2 complaint/);
    expect(
      await runExportCli(
        ['--format', 'open311', '--from', '2026-03-01', '--to', '2026-03-01', '--category', 'roads', '--out', join(dir, 'b.json')],
        env,
        () => {},
      ),
    ).toBe(0);
    const requests = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as { service_request_id: string; status: string }[];
    expect(requests).toEqual([expect.objectContaining({ service_request_id: 'C-2026-000002', status: 'open' })]);
    expect(await runExportCli(['--format', 'xlsx', '--out', join(dir, 'c.xlsx')], env, () => {})).toBe(0);
    expect(readFileSync(join(dir, 'c.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(
      await runExportCli(
        ['--format', 'csv', '--area', 'nowhere', '--out', join(dir, 'd.csv')],
        env,
        () => {},
        () => {},
      ),
    ).toBe(2);
  });

  it('when actions are audited, then owners read them newest first', async () => {
    const audit = new PrismaAuditLog(m.db.prisma);
    await audit.record({ actorId: userId(1), action: 'admin.add', target: '555', details: { areas: ['aqtobe/oiyl'] }, createdAt: t0 });
    await audit.record({ actorId: userId(1), action: 'admin.remove', target: '555', details: {}, createdAt: new Date(t0.getTime() + 1) });
    const { items, total } = await audit.recent({ offset: 0, limit: 10 });
    expect(total).toBe(2);
    expect(items.map((i) => i.action)).toEqual(['admin.remove', 'admin.add']);
    expect(items[1]!.details).toEqual({ areas: ['aqtobe/oiyl'] });
  });

  it('when the export reads rows raw, then every field reads as the ORM reads it, through any client', async () => {
    const db = m.db.prisma;
    await db.complaint.update({
      where: { id: 2 },
      data: {
        photos: JSON.stringify(['photo-a', 'photo-b']),
        latitude: 50.2839,
        longitude: -57.166978,
        address: 'ул. Абая, 12',
        acknowledgedAt: new Date('2026-03-01T05:06:07.089Z'),
        resolvedAt: new Date('2026-03-02T00:00:00.5Z'),
      },
    });
    await db.complaintSupporter.create({ data: { complaintId: 2, userId: 9_007_199_254_740_000n } });
    await db.complaintSupporter.create({ data: { complaintId: 2, userId: 7n } });
    const review = new PrismaComplaintReviewRepository(db);
    const raw = await review.complaintsAfter({}, 0, 10);
    const orm = await db.complaint.findMany({ orderBy: { id: 'asc' }, include: WITH_COUNT });
    expect(raw).toHaveLength(orm.length);
    for (const [i, r] of orm.entries()) {
      const record = toComplaint(r);
      const got = raw[i]!;
      for (const key of Object.keys(got) as (keyof typeof got)[]) {
        if (key === 'duplicateOfReference' || key === 'duplicateOfAreaId') continue;
        expect([key, got[key]]).toEqual([key, key === 'updatedAt' ? r.updatedAt : record[key]]);
      }
    }
    expect(raw[1]).toMatchObject({ photos: ['photo-a', 'photo-b'], latitude: 50.2839, longitude: -57.166978, supporterCount: 2 });
    expect(raw[2]).toMatchObject({ duplicateOfReference: 'C-2026-000001', duplicateOfAreaId: 'aqtobe/oiyl/oiyl' });
    const changes = await review.changesAfter({}, { fromComplaintId: 0, toComplaintId: 1e9 }, 0, 10);
    const updates = await db.complaintUpdate.findMany({ orderBy: { id: 'asc' }, include: { complaint: true } });
    expect(changes).toEqual(updates.map((u) => ({ ...toUpdate(u), reference: u.complaint.reference })));
    // A client createDatabase did not open (an extension of it here) reads the same rows through $queryRaw.
    const other = new PrismaComplaintReviewRepository(db.$extends({}) as unknown as typeof db);
    expect(await other.complaintsAfter({}, 0, 10)).toEqual(raw);
    expect(await other.changesAfter({}, { fromComplaintId: 0, toComplaintId: 1e9 }, 0, 10)).toEqual(changes);
  });
});
