/**
 * One measured step of `npm run bench -- export`, in its own process so that its peak memory is its
 * own (the seeding and the other steps never count against it):
 *   seed <url> <rows> | product <url> <csv|xlsx> <out> | baseline <url> <csv|xlsx> <out>
 * Prints one JSON line: rows, seconds and the process's peak RSS in MB.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parseDatabaseUrl } from '../src/adapters/db/database-url.ts';
import type { ExportFormat } from '../src/adapters/export/run-export.ts';
import { CHANGE_COLUMNS, COMPLAINT_COLUMNS } from '../src/core/exports/columns.ts';

// Each step imports only what it runs (a module one step does not use would count against its
// peak RSS): the baseline never loads Prisma, the product never loads csv-stringify.

const PAGE = 1000;

/** Raw rows, keyset-paged like the product (the same reads, minus everything the product adds). */
async function* rawRows(url: string, table: 'Complaint' | 'ComplaintUpdate'): AsyncGenerator<unknown[][]> {
  const target = parseDatabaseUrl(url);
  if (target.provider === 'sqlite') {
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const db = new BetterSqlite3(target.file, { readonly: true });
    const page = db.prepare(`SELECT * FROM "${table}" WHERE id > ? ORDER BY id LIMIT ${PAGE}`).raw(true);
    for (let after = 0; ; ) {
      const rows = page.all(after) as unknown[][];
      if (!rows.length) break;
      yield rows;
      after = rows[rows.length - 1]![0] as number;
    }
    db.close();
    return;
  }
  const pg = (await import('pg')).default;
  const client = new pg.Client(target.pool);
  await client.connect();
  for (let after = 0; ; ) {
    const { rows } = await client.query({
      text: `SELECT * FROM "${table}" WHERE id > $1 ORDER BY id LIMIT ${PAGE}`,
      values: [after],
      rowMode: 'array',
    });
    if (!rows.length) break;
    yield rows as unknown[][];
    after = rows[rows.length - 1]![0] as number;
  }
  await client.end();
}

/**
 * The baseline: raw rows straight into the library, with the product's output shape: CSV one file;
 * XLSX a complaints sheet and a status-changes sheet with the same column formats. Only the work the
 * product adds on top (filters, names, wall-clock dates, neutralising, privacy) is missing.
 */
async function baseline(url: string, format: ExportFormat, out: string): Promise<number> {
  let rows = 0;
  if (format === 'csv') {
    const { stringify } = await import('csv-stringify');
    const stream = stringify({ bom: true });
    const done = pipeline(stream, createWriteStream(out));
    for await (const page of rawRows(url, 'Complaint')) {
      for (const row of page) if (!stream.write(row)) await once(stream, 'drain');
      rows += page.length;
    }
    stream.end();
    await done;
    return rows;
  }
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: true });
  const sheet = (name: string, columns: readonly { header: string; width: number; type: string }[]) => {
    const ws = wb.addWorksheet(name);
    ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.type === 'date' ? { numFmt: 'yyyy-mm-dd hh:mm' } : {} }));
    return ws;
  };
  const complaints = sheet('complaints', COMPLAINT_COLUMNS);
  for await (const page of rawRows(url, 'Complaint')) {
    for (const row of page) complaints.addRow(row).commit();
    rows += page.length;
  }
  complaints.commit();
  const changes = sheet('status changes', CHANGE_COLUMNS);
  for await (const page of rawRows(url, 'ComplaintUpdate')) for (const row of page) changes.addRow(row).commit();
  changes.commit();
  await wb.commit();
  return rows;
}

async function product(url: string, format: ExportFormat, out: string): Promise<number> {
  const { createDatabase } = await import('../src/adapters/db/client.ts');
  const { PrismaAreaRepository } = await import('../src/adapters/db/repositories/prisma-area-repository.ts');
  const { PrismaComplaintReviewRepository } = await import('../src/adapters/db/repositories/prisma-complaint-review-repository.ts');
  const { fileSink, runExport } = await import('../src/adapters/export/run-export.ts');
  const db = await createDatabase(url);
  const deps = { source: new PrismaComplaintReviewRepository(db.prisma), areas: new PrismaAreaRepository(db.prisma) };
  const r = await runExport(deps, { filter: {}, locale: 'ru', now: new Date() }, fileSink(out), { format, timeZone: 'Asia/Almaty' });
  await db.close();
  return r.rows;
}

const [step, url, arg, out] = process.argv.slice(2);
const t = performance.now();
let rows: number;
if (step === 'seed') {
  rows = Number(arg);
  const { seedPostgres, seedSqlite } = await import('./export-seed.ts');
  if (parseDatabaseUrl(url!).provider === 'sqlite') seedSqlite(parseDatabaseUrl(url!).url.slice('file:'.length), rows);
  else await seedPostgres(url!, rows);
} else if (step === 'product') rows = await product(url!, arg as ExportFormat, out!);
else if (step === 'baseline') rows = await baseline(url!, arg as ExportFormat, out!);
else throw new Error(`unknown step ${step}`);
console.log(JSON.stringify({ rows, secs: (performance.now() - t) / 1000, rssMb: process.resourceUsage().maxRSS / 1024 }));
process.exit(0);
