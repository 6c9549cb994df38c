/**
 * `npm run bench -- export`: 1,000,000 complaints (BENCH_EXPORT_ROWS to change) seeded into a fresh
 * SQLite file, then exported to CSV and to XLSX through the same code the bot and the CLI use
 * (Prisma keyset pages -> row mapping -> writer -> file). Prints rows a second and peak memory
 * (RSS and heap high-water, sampled every 50 ms).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import BetterSqlite3 from 'better-sqlite3';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { createDatabase } from '../src/adapters/db/client.ts';
import { applyMigrations } from '../src/adapters/db/migrations/index.ts';
import { PrismaAreaRepository } from '../src/adapters/db/repositories/prisma-area-repository.ts';
import { PrismaComplaintReviewRepository } from '../src/adapters/db/repositories/prisma-complaint-review-repository.ts';
import { fileSink, runExport, type ExportFormat } from '../src/adapters/export/run-export.ts';
import { SEED_CATEGORIES } from '../src/core/complaints/categories.ts';

const STATUSES = ['new', 'acknowledged', 'in_progress', 'resolved', 'rejected'];
const TEXTS = [
  'Третий день нет воды на улице Абая, 12. Дети без воды, просим срочно решить!',
  'Көшеде жарық жоқ, түнде қараңғы: ә ғ қ ң ө ұ ү һ і. Шұңқырлар да көп.',
  'Мусор не вывозили две недели, "контейнеры" переполнены,\nсобаки растаскивают.',
  '=HYPERLINK("x") яма на дороге у школы № 3, машины объезжают по тротуару',
];

/** Raw better-sqlite3 inserts in one transaction: seeding is not what is measured. */
function seed(file: string, rows: number): void {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const area = db.prepare('INSERT INTO Area (id, parentId, kind, nameKk, nameRu, nameEn) VALUES (?, ?, ?, ?, ?, ?)');
  const cat = db.prepare('INSERT INTO ComplaintCategory (code, "group", nameKk, nameRu, nameEn, sortOrder) VALUES (?, ?, ?, ?, ?, ?)');
  const complaint = db.prepare(`INSERT INTO Complaint (id, reference, year, seq, categoryCode, areaId, description, status, source, consent, contactName,
    contactHandle, createdAt, acknowledgedAt, resolvedAt, dueAt, lastNote, updatedAt) VALUES (?, ?, 2025, ?, ?, ?, ?, ?, 'private', ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const update = db.prepare('INSERT INTO ComplaintUpdate (complaintId, fromStatus, toStatus, note, createdAt) VALUES (?, ?, ?, ?, ?)');
  const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');
  db.transaction(() => {
    area.run('aqtobe', null, 'province', 'Ақтөбе облысы', 'Актюбинская область', 'Aqtobe');
    area.run('aqtobe/oiyl', 'aqtobe', 'district', 'Ойыл ауданы', 'Уилский район', 'Oiyl district');
    for (let s = 0; s < 50; s++) area.run(`aqtobe/oiyl/s${s}`, 'aqtobe/oiyl', 'settlement', `Ауыл ${s}`, `Село ${s}`, `Village ${s}`);
    for (const c of SEED_CATEGORIES) cat.run(c.code, c.group, c.names.kk, c.names.ru, c.names.en, c.sortOrder);
    const start = Date.UTC(2025, 0, 1);
    for (let i = 1; i <= rows; i++) {
      const created = start + i * 30_000;
      const status = STATUSES[i % STATUSES.length]!;
      const ack = status === 'new' ? null : created + 36e5 * (1 + (i % 48));
      const res = status === 'resolved' || status === 'rejected' ? created + 864e5 * (1 + (i % 20)) : null;
      const consent = i % 3 === 0 ? 1 : 0;
      complaint.run(i, `C-2025-${String(i).padStart(6, '0')}`, i, SEED_CATEGORIES[i % SEED_CATEGORIES.length]!.code, `aqtobe/oiyl/s${i % 50}`,
        TEXTS[i % TEXTS.length], status, consent, consent ? 'Әлия Нұрланқызы' : null, consent ? 'aliya' : null, iso(created),
        ack === null ? null : iso(ack), res === null ? null : iso(res), iso(created + 864e5 * 21), res ? 'Выполнено' : null, iso(res ?? ack ?? created));
      update.run(i, null, 'new', null, iso(created));
      if (ack !== null) update.run(i, 'new', status === 'resolved' || status === 'rejected' ? status : status, 'принято', iso(ack));
    }
  })();
  db.close();
}

function sampler() {
  let rss = 0;
  let heap = 0;
  const tick = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  tick();
  const timer = setInterval(tick, 50);
  return { stop: () => (clearInterval(timer), tick(), { rss, heap }) };
}

const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

/**
 * The baseline, measured in the same run: the same rows read straight from SQLite (better-sqlite3's
 * iterator, no Prisma, no mapping, no neutralising) into csv-stringify or exceljs' streaming writer.
 * The ratio says what the product's export path costs on top of the libraries themselves.
 */
async function baseline(file: string, format: ExportFormat, out: string): Promise<{ rows: number; secs: number }> {
  const db = new BetterSqlite3(file, { readonly: true });
  const t = performance.now();
  let rows = 0;
  const select = db.prepare('SELECT * FROM Complaint ORDER BY id');
  if (format === 'csv') {
    const stream = stringify({ header: true, bom: true });
    const done = pipeline(stream, createWriteStream(out));
    for (const row of select.iterate() as Iterable<Record<string, unknown>>) {
      rows++;
      if (!stream.write(row)) await once(stream, 'drain');
    }
    stream.end();
    await done;
  } else {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out });
    const ws = wb.addWorksheet('complaints');
    for (const row of select.iterate() as Iterable<Record<string, unknown>>) {
      rows++;
      ws.addRow(Object.values(row)).commit();
    }
    await wb.commit();
  }
  db.close();
  return { rows, secs: (performance.now() - t) / 1000 };
}

export async function run(): Promise<void> {
  const rows = Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'akim-bench-export-'));
  const file = join(dir, 'bench.db');
  try {
    await applyMigrations(`file:${file}`);
    let t = performance.now();
    seed(file, rows);
    console.log(`seeded ${rows} complaints in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const db = await createDatabase(`file:${file}`);
    const deps = { source: new PrismaComplaintReviewRepository(db.prisma), areas: new PrismaAreaRepository(db.prisma) };
    for (const format of ['csv', 'xlsx'] as ExportFormat[]) {
      global.gc?.();
      const base = process.memoryUsage();
      const mem = sampler();
      t = performance.now();
      const sink = fileSink(join(dir, `export.${format}`));
      const out = await runExport(deps, { filter: {}, locale: 'ru', now: new Date() }, sink, { format, timeZone: 'Asia/Almaty' });
      const secs = (performance.now() - t) / 1000;
      const peak = mem.stop();
      const size = sink.files.reduce((s, f) => s + statSync(f).size, 0);
      console.log(
        `${format}: ${out.rows} rows in ${secs.toFixed(1)} s = ${Math.round(out.rows / secs)} rows/s; file ${mb(size)}; ` +
          `peak RSS ${mb(peak.rss)} (start ${mb(base.rss)}), peak heap ${mb(peak.heap)} (start ${mb(base.heapUsed)})`,
      );
      const raw = await baseline(file, format, join(dir, `baseline.${format}`));
      const rawRate = raw.rows / raw.secs;
      console.log(`${format} baseline (raw SQLite rows -> library): ${Math.round(rawRate)} rows/s; export speed ratio to baseline ${(out.rows / secs / rawRate).toFixed(2)}`);
    }
    await db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
