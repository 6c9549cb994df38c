import { photoLinks } from '../core/exports/photo-links.ts';
// `npm run export -- --format csv|xlsx|open311 [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--category water,roads]
//   [--status new,acknowledged] [--area <area id>] [--locale ru] [--tz Asia/Almaty] --out <file>`
// Streams complaints from the database (DATABASE_URL) to a file. Exit code 0 ok, 1 failed, 2 usage.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { scopeFilter } from '../core/admin/area-scope.ts';
import type { ComplaintQueryFilter } from '../core/admin/complaint-filter.ts';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../core/complaints/types.ts';
import { isLocale, type Locale } from '../core/locale.ts';
import { createDatabase } from '../adapters/db/client.ts';
import { applyMigrations } from '../adapters/db/migrations/index.ts';
import { SEED_CATEGORIES } from '../core/complaints/categories.ts';
import { PrismaAreaRepository } from '../adapters/db/repositories/prisma-area-repository.ts';
import { PrismaComplaintReviewRepository } from '../adapters/db/repositories/prisma-complaint-review-repository.ts';
import { LocalTime } from '../adapters/export/local-time.ts';
import { EXPORT_FORMATS, fileSink, runExport, type ExportFormat } from '../adapters/export/run-export.ts';
import { terminalProgress, type Terminal } from './progress-line.ts';

const USAGE =
  'usage: npm run export -- --format csv|xlsx|open311 --out <file> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--category a,b] [--status a,b] [--area <id>] [--locale kk|ru|en] [--tz Asia/Almaty]';

class UsageError extends Error {}

const list = (v: string | undefined): string[] | undefined =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

/** Midnight of a local date in the zone, as an instant. */
function localMidnight(text: string, tz: LocalTime, name: string): Date {
  const utc = new Date(`${text}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to 2 March: only a date that reads back the same is a real one.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(utc.getTime()) || utc.toISOString().slice(0, 10) !== text) {
    throw new UsageError(`--${name}: "${text}" is not a calendar date YYYY-MM-DD`);
  }
  return new Date(utc.getTime() - tz.offsetMs(utc));
}

export interface ExportCliOptions {
  format: ExportFormat;
  out: string;
  locale: Locale;
  timeZone: string;
  filter: Omit<ComplaintQueryFilter, 'areaIds'> & { areaId?: string };
}

/** Reads the command line; throws UsageError with a clear message. */
export function parseExportArgs(args: string[]): ExportCliOptions {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      category: { type: 'string' },
      status: { type: 'string' },
      area: { type: 'string' },
      locale: { type: 'string' },
      tz: { type: 'string' },
    },
    strict: true,
  });
  const format = values.format as ExportFormat;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format ?? '')) throw new UsageError('--format must be csv, xlsx or open311');
  if (!values.out) throw new UsageError('--out <file> is required');
  const statuses = list(values.status);
  const bad = statuses?.find((s) => !(COMPLAINT_STATUSES as readonly string[]).includes(s));
  if (bad) throw new UsageError(`--status: unknown status "${bad}" (${COMPLAINT_STATUSES.join(', ')})`);
  const locale = values.locale ?? 'ru';
  if (!isLocale(locale)) throw new UsageError('--locale must be kk, ru or en');
  const timeZone = values.tz ?? 'Asia/Almaty';
  const tz = new LocalTime(timeZone);
  const createdFrom = values.from ? localMidnight(values.from, tz, 'from') : undefined;
  // --to is inclusive: everything before the next local midnight.
  const createdTo = values.to ? new Date(localMidnight(values.to, tz, 'to').getTime() + 86_400_000) : undefined;
  return {
    format,
    out: values.out,
    locale,
    timeZone,
    filter: {
      statuses: statuses as ComplaintStatus[] | undefined,
      categoryCodes: list(values.category),
      createdFrom,
      createdTo,
      areaId: values.area,
    },
  };
}

/** Runs the export CLI; returns the exit code. */
export async function runExportCli(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  log = console.log,
  fail = console.error,
  terminal: { out: Terminal; stdout: Terminal } = { out: process.stderr, stdout: process.stdout },
): Promise<number> {
  let opts: ExportCliOptions;
  try {
    opts = parseExportArgs(args);
  } catch (err) {
    fail(`export: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const url = env.DATABASE_URL || 'file:./data/bot.db';
  try {
    await applyMigrations(url); // as import and complaints do: a never-migrated database gets its tables first
  } catch (err) {
    fail(`export: ${(err as Error).message}`);
    return 1;
  }
  const db = await createDatabase(url);
  try {
    const known = new Set([
      ...SEED_CATEGORIES.map((c) => c.code),
      // Read like the export's own reads (raw): the export then never starts the ORM's query engine.
      ...(await new PrismaComplaintReviewRepository(db.prisma).categories()).filter((c) => c.active).map((c) => c.code),
    ]);
    const unknown = opts.filter.categoryCodes?.find((c) => !known.has(c));
    if (unknown) {
      fail(`export: --category: unknown category "${unknown}" (${[...known].join(', ')})`);
      return 2;
    }
    const areas = new PrismaAreaRepository(db.prisma);
    const all = await areas.listAll();
    if (opts.filter.areaId && !all.some((a) => a.id === opts.filter.areaId)) {
      fail(`export: --area: unknown area "${opts.filter.areaId}"`);
      return 2;
    }
    const filter = scopeFilter(opts.filter, null, all);
    const started = performance.now();
    const sink = fileSink(opts.out);
    // Links are signed like the bot's own: the running bot serves them when the secret and URL match.
    const secret = env.PHOTO_LINK_SECRET || (env.BOT_TOKEN ? `photo-links:${env.BOT_TOKEN}` : null);
    const links = secret ? photoLinks(secret, env.PUBLIC_URL || `http://localhost:${env.PORT || 8080}`) : null;
    const photoUrl = links ? (fileId: string, now: Date) => links.url(fileId, now) : undefined;
    const source = new PrismaComplaintReviewRepository(db.prisma);
    // On a terminal: rows, rate and time left while it runs (the count costs one query, so only there).
    const progress =
      terminal.out.isTTY && terminal.stdout.isTTY
        ? terminalProgress('export', await source.countComplaints(filter), terminal.out, terminal.stdout)
        : null;
    const { rows } = await runExport(
      { source, areas, photoUrl },
      { filter, locale: opts.locale, now: new Date(), onRows: progress ? (done) => progress.tick(done) : undefined },
      sink,
      {
        format: opts.format,
        timeZone: opts.timeZone,
      },
    );
    progress?.finish(rows);
    log(`export: ${rows} complaint(s) to ${sink.files.join(', ')} in ${Math.round(performance.now() - started)} ms`);
    return 0;
  } catch (err) {
    fail(`export: ${(err as Error).message}`);
    return 1;
  } finally {
    await db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runExportCli(process.argv.slice(2));
}
