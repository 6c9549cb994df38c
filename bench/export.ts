/**
 * `npm run bench -- export`: 1,000,000 complaints (BENCH_EXPORT_ROWS) exported to CSV and XLSX through
 * the code the bot and the CLI use (raw keyset pages -> row mapping -> writer -> file), on SQLite and
 * on PostgreSQL (BENCH_EXPORT_PROVIDERS=sqlite to skip the server). Each step runs in its own process
 * (bench/export-child.ts): seeding happens before, elsewhere, and the peak RSS printed is the
 * exporting process's own. The baseline, measured in the same run: the same rows read raw from the
 * database driver into csv-stringify / exceljs with the product's output shape.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { applyMigrations } from '../src/adapters/db/migrations/index.ts';
import { scratchDatabase } from '../test/support/replicas.ts';

const run1 = promisify(execFile);
interface Step {
  rows: number;
  secs: number;
  rssMb: number;
}

async function child(...args: string[]): Promise<Step> {
  const { stdout } = await run1(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'export-child.ts'), ...args], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Step;
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

async function measure(label: string, url: string, rows: number, dir: string): Promise<void> {
  await applyMigrations(url);
  const seeded = await child('seed', url, String(rows));
  console.log(`${label}: seeded ${rows} complaints in ${seeded.secs.toFixed(1)} s (another process)`);
  for (const format of ['csv', 'xlsx'] as const) {
    const out = join(dir, `${label}.${format}`);
    const p = await child('product', url, format, out);
    const b = await child('baseline', url, format, join(dir, `${label}-baseline.${format}`));
    const rate = p.rows / p.secs;
    const base = b.rows / b.secs;
    console.log(
      `${label} ${format}: ${p.rows} rows in ${p.secs.toFixed(1)} s = ${Math.round(rate)} rows/s, file ${mb(statSync(out).size)}, peak RSS ${p.rssMb.toFixed(0)} MB`,
    );
    console.log(
      `${label} ${format} baseline (raw rows -> library): ${Math.round(base)} rows/s, peak RSS ${b.rssMb.toFixed(0)} MB; ratio ${(rate / base).toFixed(2)}`,
    );
  }
}

export async function run(): Promise<void> {
  const rows = Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000);
  const providers = (process.env.BENCH_EXPORT_PROVIDERS ?? 'sqlite,postgresql').split(',');
  const dir = mkdtempSync(join(tmpdir(), 'akim-bench-export-'));
  try {
    if (providers.includes('sqlite')) await measure('sqlite', `file:${join(dir, 'bench.db')}`, rows, dir);
    if (providers.includes('postgresql')) {
      const db = await scratchDatabase();
      try {
        await measure('postgresql', db.url, rows, dir);
      } finally {
        await db.drop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
