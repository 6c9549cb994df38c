import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { COMPLAINT_COLUMNS, type ExportRow } from '../../core/exports/columns.ts';
import type { ExportItem } from '../../core/exports/read-export.ts';
import { LocalTime } from './local-time.ts';
import { neutralise } from './neutralise.ts';

const BOM = '\uFEFF';

export interface PartSink {
  /** A new output for part `index` (0-based). */
  open(index: number): Writable;
}

export interface CsvOptions {
  timeZone: string;
  /** Split into parts of at most this many bytes (Telegram's 50 MB); default: one file. */
  partBytes?: number;
}

/** Cells as text: dates in the zone's wall clock, booleans yes/no, strings neutralised. */
function cells(row: ExportRow, time: LocalTime): string[] {
  return COMPLAINT_COLUMNS.map(({ key, type }) => {
    const v = row[key];
    if (v === null || v === undefined) return '';
    if (type === 'date') return time.text(v as Date);
    if (type === 'boolean') return v ? 'yes' : 'no';
    if (type === 'number' || type === 'integer') return String(v);
    return neutralise(String(v));
  });
}

async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

async function close(out: Writable): Promise<void> {
  out.end();
  if (!out.writableFinished) await once(out, 'finish');
}

/**
 * Writes complaints as CSV (UTF-8 with a BOM so Excel shows Cyrillic, RFC 4180 quoting by
 * csv-stringify), page by page. With `partBytes`, every part is a complete file (BOM and header) of
 * at most that size. Returns rows and parts written.
 */
export async function writeCsv(
  pages: AsyncIterable<ExportItem[]>,
  sink: PartSink,
  opts: CsvOptions,
): Promise<{ rows: number; parts: number }> {
  const time = new LocalTime(opts.timeZone);
  const limit = opts.partBytes ?? Number.POSITIVE_INFINITY;
  const header = BOM + stringify([COMPLAINT_COLUMNS.map((c) => c.header)]);
  const headerBytes = Buffer.byteLength(header);
  let parts = 0;
  let rows = 0;
  let out: Writable | null = null;
  let size = 0;
  const start = async () => {
    if (out) await close(out);
    out = sink.open(parts++);
    size = headerBytes;
    await put(out, header);
  };
  for await (const page of pages) {
    const records = page.map((i) => cells(i.row, time));
    const text = stringify(records);
    const bytes = Buffer.byteLength(text);
    if (!out) await start();
    if (size + bytes <= limit) {
      await put(out!, text);
      size += bytes;
    } else {
      // The page does not fit: go row by row so each part is filled up to the limit.
      for (const record of records) {
        const line = stringify([record]);
        const n = Buffer.byteLength(line);
        if (size + n > limit && size > headerBytes) await start();
        await put(out!, line);
        size += n;
      }
    }
    rows += page.length;
  }
  if (!out) await start();
  await close(out!);
  return { rows, parts };
}
