import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { runExport } from '../../../src/adapters/export/run-export.ts';
import { SheetXml } from '../../../src/adapters/export/xlsx-writer.ts';
import { InMemoryAreaRepository } from '../../support/in-memory-area-repository.ts';
import type { ExportChange } from '../../../src/core/exports/ports.ts';
import { AREAS, FakeExportSource, complaint, memorySink } from './export-fakes.ts';

const KAZAKH = 'Су жоқ: ә ғ қ ң ө ұ ү һ і — Ә Ғ Қ Ң Ө Ұ Ү Һ І';
const TRICKY = `Вода "ржавая",\nвторая строка; ${KAZAKH}`;
const now = new Date('2026-04-01T00:00:00Z');

function source() {
  const items = [
    complaint({ id: 1, description: TRICKY, consent: true, contactName: 'Әлия', contactHandle: 'aliya', contactPhone: '+77010000000' }),
    complaint({
      id: 2,
      description: '=HYPERLINK("http://evil","x")',
      consent: false,
      contactName: 'Hidden',
      contactHandle: 'hidden',
      lastNote: '+cmd',
    }),
    complaint({
      id: 3,
      description: '@SUM(A1)',
      consent: true,
      status: 'duplicate',
      duplicateOfId: 1,
      duplicateOfReference: 'C-2026-000001',
      closedAt: new Date('2026-03-02T04:00:00Z'),
    }),
    complaint({
      id: 4,
      description: '-2+3',
      status: 'resolved',
      acknowledgedAt: new Date('2026-03-01T16:00:00Z'),
      resolvedAt: new Date('2026-03-04T04:00:00Z'),
      supporterCount: 7,
    }),
    complaint({ id: 5, description: '\tTAB', areaId: 'abai/aqtoghai', categoryCode: 'roads' }),
  ];
  const changes: ExportChange[] = [
    {
      id: 1,
      complaintId: 1,
      kind: 'status',
      fromStatus: null,
      toStatus: 'new',
      note: null,
      actorId: null,
      createdAt: items[0]!.createdAt,
      reference: 'C-2026-000001',
    },
    {
      id: 2,
      complaintId: 4,
      kind: 'status',
      fromStatus: 'new',
      toStatus: 'resolved',
      note: 'Труба заменена, "ура"',
      actorId: null,
      createdAt: items[3]!.resolvedAt!,
      reference: 'C-2026-000004',
    },
  ];
  return { source: new FakeExportSource(items, changes), areas: new InMemoryAreaRepository(AREAS) };
}

async function csvOf(partBytes?: number) {
  const sink = memorySink();
  const result = await runExport(source(), { filter: {}, locale: 'ru', now, pageSize: 2 }, sink, {
    format: 'csv',
    timeZone: 'Asia/Almaty',
    partBytes,
  });
  return { result, files: sink.buffers() };
}

describe('CSV export', () => {
  it('when read back with csv-parse, then Cyrillic, Kazakh letters, newlines and quotes survive', async () => {
    const { files } = await csvOf();
    expect(files).toHaveLength(1);
    const bytes = files[0]!;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(5);
    expect(rows[0]!.description).toBe(TRICKY);
    expect(rows[0]!.settlement).toBe('Уил, Уилский район, Актюбинская область');
    expect(rows[0]!.category).toBe('Вода');
    expect(rows[0]!.created).toBe('2026-03-01 09:00');
  });

  it('when cells start with = + - @ or a tab, then they are neutralised with an apostrophe', async () => {
    const rows = parse((await csvOf()).files[0]!, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[1]!.description).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(rows[1]!['last note']).toBe(`'+cmd`);
    expect(rows[2]!.description).toBe(`'@SUM(A1)`);
    expect(rows[3]!.description).toBe(`'-2+3`);
    expect(rows[4]!.description).toBe(`'\tTAB`);
  });

  it('when the author did not consent, then the reporter column is empty', async () => {
    const rows = parse((await csvOf()).files[0]!, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]!.reporter).toBe('Әлия, @aliya, +77010000000');
    expect(rows[1]!.reporter).toBe('');
    expect(JSON.stringify(rows)).not.toContain('Hidden');
  });

  it('when computed columns are read, then days, overdue, duplicate and supporters are right', async () => {
    const rows = parse((await csvOf()).files[0]!, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[3]).toMatchObject({
      'days to acknowledge': '0.5',
      'days to resolve': '3',
      overdue: 'no',
      supporters: '7',
      status: 'resolved',
    });
    expect(rows[0]!.overdue).toBe('yes'); // open past its due date
    expect(rows[2]!['duplicate of']).toBe('C-2026-000001');
  });

  it('when a part limit is set, then every part is a full CSV under the limit and no row is lost', async () => {
    const { files, result } = await csvOf(700);
    expect(files.length).toBeGreaterThan(1);
    expect(result.parts).toBe(files.length);
    const all = files.flatMap((f) => {
      expect(f.length).toBeLessThanOrEqual(700);
      return parse(f, { bom: true, columns: true }) as Record<string, string>[];
    });
    expect(all.map((r) => r.reference)).toEqual(['C-2026-000001', 'C-2026-000002', 'C-2026-000003', 'C-2026-000004', 'C-2026-000005']);
  });
});

async function readWorkbook(bytes: Buffer) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
  } as never);
  const sheets: { name: string; rows: unknown[][] }[] = [];
  for await (const ws of reader) {
    const rows: unknown[][] = [];
    for await (const row of ws) rows.push((row.values as unknown[]).slice(1));
    sheets.push({ name: (ws as unknown as { name: string }).name, rows });
  }
  return sheets;
}

/** The files of a zip by name (its central directory read, each entry inflated). */
function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const [method, size, nameLength, extra, comment, local] = [10, 20, 28, 30, 32, 42].map((o) =>
      o === 20 || o === 42 ? zip.readUInt32LE(at + o) : zip.readUInt16LE(at + o),
    ) as [number, number, number, number, number, number];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    files.set(name, method === 8 ? inflateRawSync(raw) : raw);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

describe('XLSX export', () => {
  it('when read back with the exceljs reader, then two sheets with headers, typed cells and intact text', async () => {
    const sink = memorySink();
    await runExport(source(), { filter: {}, locale: 'kk', now, pageSize: 2 }, sink, { format: 'xlsx', timeZone: 'Asia/Almaty' });
    const [complaints, changes] = await readWorkbook(sink.buffers()[0]!);
    expect(complaints!.rows[0]).toEqual(expect.arrayContaining(['reference', 'description', 'reporter', 'last note']));
    expect(complaints!.rows).toHaveLength(6);
    const first = complaints!.rows[1]!;
    expect(first[0]).toBe('C-2026-000001');
    expect(first[4]).toBe(TRICKY);
    expect(first[3]).toBe('Ойыл, Ойыл ауданы, Ақтөбе облысы');
    expect(first[6]).toBeInstanceOf(Date);
    expect((first[6] as Date).toISOString()).toBe('2026-03-01T09:00:00.000Z'); // wall clock in Almaty
    expect(first[16]).toBe('Әлия, @aliya, +77010000000');
    expect(complaints!.rows[2]![16]).toBeUndefined(); // no consent, no reporter
    expect(complaints!.rows[4]![14]).toBe(7);
    expect(changes!.rows[0]).toEqual(['reference', 'from', 'to', 'changed', 'kind', 'note']);
    expect(changes!.rows[2]).toEqual(['C-2026-000004', 'new', 'resolved', expect.any(Date), 'status', 'Труба заменена, "ура"']);
  });

  it('when read back, then every cell carries its column format and the header is bold', async () => {
    const sink = memorySink();
    await runExport(source(), { filter: {}, locale: 'kk', now, pageSize: 2 }, sink, { format: 'xlsx', timeZone: 'Asia/Almaty' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sink.buffers()[0]! as never);
    const complaints = wb.getWorksheet('complaints')!;
    const resolved = complaints.getRow(5);
    expect(resolved.getCell(1).value).toBe('C-2026-000004');
    expect([7, 8, 9].map((c) => resolved.getCell(c).numFmt)).toEqual(['yyyy-mm-dd hh:mm', 'yyyy-mm-dd hh:mm', 'yyyy-mm-dd hh:mm']);
    expect(resolved.getCell(11).numFmt).toBe('0.0');
    expect(resolved.getCell(15).numFmt).toBe('0');
    expect(resolved.getCell(5).numFmt).toBeUndefined();
    expect(complaints.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(complaints.getRow(2).getCell(1).font?.bold).not.toBe(true);
    expect(wb.getWorksheet('status changes')!.getRow(2).getCell(4).numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('when text holds XML markup and control characters, then it reads back escaped, the control characters dropped', async () => {
    const items = [
      complaint({ id: 1, description: `a<b>&'"\u0001\u001fc\r\n` }),
      complaint({ id: 2, description: '</c></row><row r="9">' }),
    ];
    const sink = memorySink();
    await runExport(
      { source: new FakeExportSource(items, []), areas: new InMemoryAreaRepository(AREAS) },
      { filter: {}, locale: 'ru', now },
      sink,
      {
        format: 'xlsx',
        timeZone: 'Asia/Almaty',
      },
    );
    const [complaints] = await readWorkbook(sink.buffers()[0]!);
    expect(complaints!.rows.map((r) => r[4])).toEqual(['description', `a<b>&'"c\n`, '</c></row><row r="9">']);
    expect(complaints!.rows[2]![0]).toBe('C-2026-000002');
    expect(complaints!.rows[2]![6]).toBeInstanceOf(Date);
  });

  it('when a part limit is set, then several workbooks each hold complaints and their own history', async () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      complaint({ id: 1000 + i, description: `${KAZAKH} ${randomBytes(300).toString('base64')} ${i}` }),
    );
    const changes: ExportChange[] = many.map((c, i) => ({
      id: i + 1,
      complaintId: c.id,
      kind: 'status',
      fromStatus: null,
      toStatus: 'new',
      note: null,
      actorId: null,
      createdAt: c.createdAt,
      reference: c.reference,
    }));
    const sink = memorySink();
    const r = await runExport(
      { source: new FakeExportSource(many, changes), areas: new InMemoryAreaRepository(AREAS) },
      { filter: {}, locale: 'ru', now, pageSize: 20 },
      sink,
      {
        format: 'xlsx',
        timeZone: 'Asia/Almaty',
        partBytes: 40_000,
      },
    );
    expect(r.parts).toBeGreaterThan(1);
    let total = 0;
    for (const file of sink.buffers()) {
      const [c, h] = await readWorkbook(file);
      total += c!.rows.length - 1;
      expect(h!.rows.slice(1).map((x) => x[0])).toEqual(c!.rows.slice(1).map((x) => x[0]));
    }
    expect(total).toBe(400);
  });
});

describe('XLSX rows rendered as bytes', () => {
  it('when rows of every kind are written, then the sheets are byte for byte what exceljs writes for them', async () => {
    const long = `${KAZAKH} <&> `.repeat(1500); // longer than the gathering buffer holds
    const items = [
      ...source().source.items,
      complaint({ id: 6, description: long, consent: true, latitude: -50.123456789, longitude: 1e21, supporterCount: 3 }),
      complaint({
        id: 7,
        description: `a<b>&'"\u0001c`,
        lastNote: 'Ә'.repeat(30_000),
        acknowledgedAt: new Date('2026-03-01T16:00:07.123Z'),
      }),
      complaint({ id: 8, latitude: Number.NaN, longitude: Number.NEGATIVE_INFINITY }),
      ...Array.from({ length: 300 }, (_, i) =>
        complaint({
          id: 100 + i,
          description: `${TRICKY} ${i}`,
          supporterCount: i,
          latitude: i / 7,
          acknowledgedAt: new Date(Date.UTC(2026, 2, 1) + i * 7_001_003),
        }),
      ),
    ];
    const changes = items.map((c, i) => ({
      id: i + 1,
      complaintId: c.id,
      kind: 'status' as const,
      fromStatus: i % 2 ? null : ('new' as const),
      toStatus: 'acknowledged' as const,
      note: i % 3 ? null : `${KAZAKH} ${i}`,
      actorId: null,
      createdAt: c.createdAt,
      reference: c.reference,
    }));
    const write = async () => {
      const sink = memorySink();
      await runExport(
        { source: new FakeExportSource(items, changes), areas: new InMemoryAreaRepository(AREAS) },
        { filter: {}, locale: 'kk', now, pageSize: 50 },
        sink,
        { format: 'xlsx', timeZone: 'Asia/Almaty' },
      );
      return unzip(sink.buffers()[0]!);
    };
    const rendered = await write();
    // The same export with every row handed to exceljs (Row and Cell objects, its own XML).
    const spy = vi.spyOn(SheetXml.prototype, 'row').mockReturnValue(false);
    const plain = await write();
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/styles.xml']) {
      expect(rendered.get(name)?.length, name).toBeGreaterThan(0);
      expect(rendered.get(name)!.equals(plain.get(name)!), name).toBe(true);
    }
    expect(rendered.get('xl/worksheets/sheet1.xml')!.toString()).toContain(
      long.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    );
  });
});

describe('Open311 export', () => {
  it('when written, then service_requests map statuses to open/closed and carry no reporter', async () => {
    const sink = memorySink();
    await runExport(source(), { filter: {}, locale: 'en', now }, sink, { format: 'open311', timeZone: 'Asia/Almaty' });
    const list = JSON.parse(sink.buffers()[0]!.toString('utf8')) as Record<string, unknown>[];
    expect(list).toHaveLength(5);
    expect(list.map((r) => r.status)).toEqual(['open', 'open', 'closed', 'closed', 'open']);
    expect(list[0]).toMatchObject({
      service_request_id: 'C-2026-000001',
      service_code: 'water',
      service_name: 'Water',
      description: TRICKY,
      requested_datetime: '2026-03-01T04:00:00.000Z',
    });
    expect(JSON.stringify(list)).not.toContain('aliya');
  });
});
