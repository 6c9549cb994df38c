import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { COMPLAINT_COLUMNS, type ExportRow } from '../../core/exports/columns.ts';
import type { ExportItem } from '../../core/exports/read-export.ts';
import { LocalTime } from './local-time.ts';
import { neutralise } from './neutralise.ts';

const BOM = '\uFEFF';
/** Rows are written in strings of about this many characters (well under V8's large-object size). */
const CHUNK_CHARS = 16_384;

export interface PartSink {
  /** A new output for part `index` (0-based). */
  open(index: number): Writable;
}

export interface CsvOptions {
  timeZone: string;
  /** Split into parts of at most this many bytes (Telegram's 50 MB); default: one file. */
  partBytes?: number;
}

/** A field as RFC 4180 (and csv-stringify's defaults) write it: quoted, quotes doubled, when it holds `,` `"` or a line break. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTES, '""')}"` : value;
}

const NEEDS_QUOTES = /[",\n\r]/;
const QUOTES = /"/g;

/**
 * One row as a CSV line: dates in the zone's wall clock, booleans yes/no, text neutralised then
 * quoted where needed. Built as one string (no array of cells per row: a million rows).
 */
export function csvLine(row: ExportRow, time: LocalTime): string {
  let line = '';
  for (let i = 0; i < COMPLAINT_COLUMNS.length; i++) {
    const { key, type } = COMPLAINT_COLUMNS[i]!;
    if (i > 0) line += ',';
    const v = row[key];
    if (v === null || v === undefined) continue;
    if (type === 'date') line += time.text(v as Date);
    else if (type === 'boolean') line += v ? 'yes' : 'no';
    else if (type === 'number' || type === 'integer') line += String(v);
    else line += csvField(neutralise(String(v)));
  }
  return `${line}\n`;
}

async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

async function close(out: Writable): Promise<void> {
  out.end();
  if (!out.writableFinished) await once(out, 'finish');
}

/**
 * Writes complaints as CSV (UTF-8 with a BOM so Excel shows Cyrillic, RFC 4180 quoting as
 * csv-stringify does it), page by page, waiting for the output to drain. With `partBytes`, every
 * part is a complete file (BOM and header) of at most that size. Returns rows and parts written.
 */
export async function writeCsv(
  pages: AsyncIterable<ExportItem[]>,
  sink: PartSink,
  opts: CsvOptions,
): Promise<{ rows: number; parts: number }> {
  const time = new LocalTime(opts.timeZone);
  const limit = opts.partBytes ?? Number.POSITIVE_INFINITY;
  const limited = Number.isFinite(limit);
  const header = `${BOM}${COMPLAINT_COLUMNS.map((c) => csvField(c.header)).join(',')}\n`;
  const headerBytes = Buffer.byteLength(header);
  let parts = 0;
  let rows = 0;
  let out: Writable | null = null;
  /** Bytes of the current part, rows not yet written included (counted only with a limit). */
  let size = 0;
  /**
   * Rows not yet written: they go out in strings of about CHUNK_CHARS. One string per page would be
   * a large object, which only a full collection frees (the heap would grow by pages before one ran).
   */
  let text = '';
  const flush = async () => {
    const chunk = text;
    text = '';
    if (chunk) await put(out!, chunk);
  };
  const start = async () => {
    if (out) {
      await flush();
      await close(out);
    }
    out = sink.open(parts++);
    size = headerBytes;
    await put(out, header);
  };
  for await (const page of pages) {
    if (!out) await start();
    for (const item of page) {
      const line = csvLine(item.row, time);
      if (limited) {
        // Each part is filled up to the limit, row by row, and holds at least one row.
        const n = Buffer.byteLength(line);
        if (size + n > limit && size > headerBytes) await start();
        size += n;
      }
      text += line;
      if (text.length >= CHUNK_CHARS) await flush();
    }
    rows += page.length;
  }
  if (!out) await start();
  await flush();
  await close(out!);
  return { rows, parts };
}
