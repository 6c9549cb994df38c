import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { runExportCli } from '../../src/cli/export.ts';
import { SEED_CATEGORIES } from '../../src/core/complaints/categories.ts';
import { userId } from '../../src/core/ids.ts';
import { TEST_PROVIDERS, migratedDatabase, tempDir, type MigratedDatabase } from '../support/databases.ts';

const PHONE = '+7 701 123 45 67';
const DESCRIPTION = `Нет воды, звоните ${PHONE}, ИИН 880101300123, aliya@mail.kz`;
const ADDRESS = `ул. Абая 5, кв. 12, тел. ${PHONE}`;

describe.each(TEST_PROVIDERS)('what exports publish about a reporter on %s', (provider) => {
  let m: MigratedDatabase;
  beforeAll(async () => {
    m = await migratedDatabase(provider);
    const db = m.db.prisma;
    await db.area.create({ data: { id: 'aqtobe/oiyl', kind: 'settlement', nameKk: 'Ойыл', nameRu: 'Ойыл', nameEn: 'Oiyl' } });
    const water = SEED_CATEGORIES.find((c) => c.code === 'water')!;
    await db.complaintCategory.create({
      data: { code: water.code, group: water.group, nameKk: water.names.kk, nameRu: water.names.ru, nameEn: water.names.en, sortOrder: 1 },
    });
    const complaints = new PrismaComplaintRepository(db);
    const base = {
      year: 2026,
      categoryCode: 'water',
      areaId: 'aqtobe/oiyl',
      description: DESCRIPTION,
      photos: ['photo-1'],
      latitude: 49.071234,
      longitude: 56.484321,
      address: ADDRESS,
      source: 'private' as const,
      sourceChatId: null,
      authorId: userId(4242),
      contactName: 'Әлия Қасымова',
      contactHandle: '@aliya_k',
      createdAt: new Date('2026-03-01T04:00:00Z'),
      dueAt: new Date('2026-03-20T00:00:00Z'),
    };
    await complaints.create({ ...base, consent: false });
    await complaints.create({ ...base, consent: true });
  });
  afterAll(async () => m?.cleanup());

  it('when exported without consent, then Open311 has the place rounded to ~100 m and no identity; with consent the exact place', async () => {
    const out = join(tempDir(), 'requests.json');
    expect(await runExportCli(['--format', 'open311', '--out', out], { DATABASE_URL: m.url }, () => {})).toBe(0);
    const text = readFileSync(out, 'utf8');
    const [anonymous, consented] = JSON.parse(text) as Record<string, unknown>[];
    expect(anonymous).toMatchObject({
      service_request_id: 'C-2026-000001',
      lat: 49.071,
      long: 56.484,
      description: 'Нет воды, звоните •••, ИИН •••, •••',
      address_string: 'ул. Абая 5, кв. 12, тел. •••',
    });
    expect(consented).toMatchObject({ service_request_id: 'C-2026-000002', lat: 49.071234, long: 56.484321, address_string: ADDRESS });
    expect(text).not.toMatch(/Әлия|aliya_k|4242|photo-1/);
  });

  it('when exported to CSV and XLSX, then the reporter and the typed phone appear only where the author consented', async () => {
    const dir = tempDir();
    expect(await runExportCli(['--format', 'csv', '--out', join(dir, 'a.csv')], { DATABASE_URL: m.url }, () => {})).toBe(0);
    const rows = parse(readFileSync(join(dir, 'a.csv')), { bom: true, columns: true }) as Record<string, string>[];
    const anonymous = rows.find((r) => r.reference === 'C-2026-000001')!;
    expect(anonymous.reporter).toBe('');
    expect(Object.values(anonymous).join('|')).not.toMatch(/Әлия|aliya|701|880101|4242|photo-1/);
    const consented = rows.find((r) => r.reference === 'C-2026-000002')!;
    expect(consented.reporter).toBe('Әлия Қасымова, @aliya_k');
    expect(consented.description).toBe(DESCRIPTION);
    expect(anonymous.address).toBe('ул. Абая 5, кв. 12, тел. •••');
    expect(consented.address).toBe(ADDRESS);
    expect(await runExportCli(['--format', 'xlsx', '--out', join(dir, 'b.xlsx')], { DATABASE_URL: m.url }, () => {})).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'b.xlsx'));
    const sheet = book.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = headers.indexOf('address') + 1;
    expect(column).toBeGreaterThan(0);
    const cells = [2, 3].map((r) => String(sheet.getRow(r).getCell(column).value));
    expect(cells.sort()).toEqual([ADDRESS, 'ул. Абая 5, кв. 12, тел. •••'].sort());
  });
});
