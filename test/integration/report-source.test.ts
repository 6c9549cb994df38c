import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'fast-png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaAreaRepository } from '../../src/adapters/db/repositories/prisma-area-repository.ts';
import { PrismaComplaintCategoryRepository } from '../../src/adapters/db/repositories/prisma-complaint-category-repository.ts';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { PrismaReportSource } from '../../src/adapters/db/repositories/prisma-report-source.ts';
import { runReportCli } from '../../src/cli/report.ts';
import { areaKey } from '../../src/core/admin/inbox-state.ts';
import { seedCategories } from '../../src/core/complaints/seed-categories.ts';
import type { NewComplaint } from '../../src/core/complaints/types.ts';
import { userId } from '../../src/core/ids.ts';
import { buildReport } from '../../src/core/reports/build-report.ts';
import { TEST_PROVIDERS, migratedDatabase, tempDir, type MigratedDatabase } from '../support/databases.ts';

const DAY = 86_400_000;
const NOW = new Date();
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const AUTHOR = userId(501);
const STAFF = userId(9);

describe.each(TEST_PROVIDERS)('the admin report on %s', (provider) => {
  let m: MigratedDatabase;
  let source: PrismaReportSource;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    m = await migratedDatabase(provider);
    const db = m.db.prisma;
    await db.area.create({ data: { id: 'aqtobe', kind: 'province', nameKk: 'Ақтөбе', nameRu: 'Актобе', nameEn: 'Aqtobe' } });
    for (const [id, name] of [
      ['aqtobe/oiyl', 'Ойыл'],
      ['aqtobe/kobda', 'Қобда'],
    ] as const) {
      await db.area.create({ data: { id, parentId: 'aqtobe', kind: 'settlement', nameKk: name, nameRu: name, nameEn: name } });
    }
    await seedCategories(new PrismaComplaintCategoryRepository(db));
    const repo = new PrismaComplaintRepository(db);
    const file = (patch: Partial<NewComplaint> & Pick<NewComplaint, 'createdAt'>) =>
      repo.create({
        year: 2026,
        categoryCode: 'water',
        areaId: 'aqtobe/oiyl',
        description: 'Нет воды',
        photos: [],
        latitude: null,
        longitude: null,
        source: 'private',
        sourceChatId: null,
        authorId: AUTHOR,
        consent: false,
        contactName: null,
        contactHandle: null,
        dueAt: new Date(patch.createdAt.getTime() + 20 * DAY),
        ...patch,
      });
    // Acknowledged by staff after 2 days, resolved after 6.
    const a = await file({ createdAt: ago(20) });
    await repo.changeStatus({ complaintId: a.id, from: 'new', to: 'acknowledged', note: null, actorId: STAFF, at: ago(18) });
    await repo.changeStatus({ complaintId: a.id, from: 'acknowledged', to: 'resolved', note: null, actorId: STAFF, at: ago(14) });
    // A public note after 1 day is the first response; the author's addition is not.
    const b = await file({ createdAt: ago(10), categoryCode: 'roads' });
    await repo.addFromAuthor({ complaintId: b.id, note: 'ещё фото', photos: [], actorId: AUTHOR, at: ago(9.5), maxPhotos: 10 });
    await repo.addNote({ complaintId: b.id, kind: 'note', note: 'Приняли', actorId: STAFF, at: ago(9) });
    // Withdrawn by the author: no response, no resolution.
    const c = await file({ createdAt: ago(8), dueAt: ago(1) });
    await repo.changeStatus({ complaintId: c.id, from: 'new', to: 'withdrawn', note: null, actorId: AUTHOR, at: ago(7) });
    // Overdue and never answered, in another settlement.
    const d = await file({ createdAt: ago(25), dueAt: ago(5), areaId: 'aqtobe/kobda', categoryCode: 'roads' });
    // Outside the period.
    await file({ createdAt: ago(60) });
    Object.assign(ids, { a: a.id, b: b.id, c: c.id, d: d.id });
    source = new PrismaReportSource(db);
  });
  afterAll(async () => m?.cleanup());

  it('when complaints are read for a period, then the first response is staff’s first change or public note, never the author’s', async () => {
    const rows = await source.complaintsForReport({ from: ago(30), to: NOW });
    expect(rows.map((r) => r.id).sort((x, y) => x - y)).toEqual([ids.a, ids.b, ids.c, ids.d].sort((x, y) => x! - y!));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(ids.a!)?.firstResponseAt?.getTime()).toBe(ago(18).getTime());
    expect(byId.get(ids.b!)?.firstResponseAt?.getTime()).toBe(ago(9).getTime());
    expect(byId.get(ids.c!)).toMatchObject({ status: 'withdrawn', firstResponseAt: null });
    expect(byId.get(ids.d!)?.firstResponseAt).toBeNull();
    expect((await source.complaintsForReport({ areaIds: ['aqtobe/kobda'], from: ago(30), to: NOW })).map((r) => r.id)).toEqual([ids.d]);
    expect(await source.complaintsForReport({ areaIds: [], from: ago(30), to: NOW })).toEqual([]);
  });

  it('when an area-limited admin builds the report, then only their settlements count and the figures follow', async () => {
    const deps = {
      source,
      areas: new PrismaAreaRepository(m.db.prisma),
      categories: new PrismaComplaintCategoryRepository(m.db.prisma),
      timeZone: 'Asia/Almaty',
    };
    const whole = await buildReport(deps, {
      actor: { userId: STAFF, role: 'admin', areaIds: null },
      period: '30d',
      area: null,
      locale: 'ru',
      now: NOW,
    });
    expect(whole.figures).toMatchObject({
      total: 4,
      overdueOpen: 1,
      answeredLate: 0,
      medianFirstResponseDays: 1.5,
      medianResolutionDays: 6,
    });
    const oiyl = await buildReport(deps, {
      actor: { userId: STAFF, role: 'admin', areaIds: ['aqtobe/oiyl'] },
      period: '30d',
      area: null,
      locale: 'ru',
      now: NOW,
    });
    expect(oiyl.figures).toMatchObject({ total: 3, overdueOpen: 0, byStatus: { resolved: 1, new: 1, withdrawn: 1 } });
    await expect(
      buildReport(deps, {
        actor: { userId: STAFF, role: 'admin', areaIds: ['aqtobe/oiyl'] },
        period: '30d',
        area: areaKey('aqtobe/kobda'),
        locale: 'ru',
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: 'ADMIN.AREA_NOT_FOUND' });
  });

  it('when npm run report writes the picture, then it is a PNG of the page with the figures printed', async () => {
    const out = join(tempDir('report-'), 'report.png');
    const lines: string[] = [];
    const code = await runReportCli(
      ['--out', out, '--period', '30d', '--locale', 'kk'],
      { DATABASE_URL: m.url },
      (l) => lines.push(l),
      (l) => lines.push(l),
    );
    expect(lines.join('\n')).not.toMatch(/Error|failed/);
    expect(code).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const image = decode(png);
    expect(image.width).toBe(1000);
    expect(image.height).toBeGreaterThan(600);
    expect(lines.join('\n')).toMatch(/берілген шағым: 4, шешілгені 1/);
    expect(
      await runReportCli(
        ['--out', out, '--period', 'soon'],
        { DATABASE_URL: m.url },
        () => {},
        () => {},
      ),
    ).toBe(2);
    expect(
      await runReportCli(
        ['--out', out, '--area', 'nowhere'],
        { DATABASE_URL: m.url },
        () => {},
        () => {},
      ),
    ).toBe(2);
  });
});
