import { Transform, type Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { CHANGE_COLUMNS, COMPLAINT_COLUMNS, type ColumnType } from '../../core/exports/columns.ts';
import type { ComplaintExport, ExportItem } from '../../core/exports/read-export.ts';
import type { PartSink } from './csv-writer.ts';
import { LocalTime } from './local-time.ts';

export interface XlsxOptions {
  timeZone: string;
  /** Split into workbooks of about this size at most (Telegram's 50 MB); default: one workbook. */
  partBytes?: number;
}

/**
 * The complaints sheet stops taking rows at this share of the part's budget: the zip is written as
 * rows are committed, so the count lags slightly, and the status-changes sheet still follows.
 */
const COMPLAINTS_SHARE = 0.6;
const FORMATS: Record<ColumnType, string | undefined> = {
  date: 'yyyy-mm-dd hh:mm',
  number: '0.0',
  integer: '0',
  boolean: undefined,
  string: undefined,
};

/**
 * exceljs's streaming writer ignores backpressure: rows committed faster than the zip compresses
 * them pile up in memory. Waiting until the output stops growing after each page keeps memory flat
 * (and makes the byte count, which drives splitting, current).
 */
async function settle(counter: Counter): Promise<void> {
  let still = 0;
  let last = -1;
  while (still < 2) {
    await new Promise((r) => setTimeout(r, 1));
    if (counter.bytes === last) still++;
    else [still, last] = [0, counter.bytes];
  }
}

/** Counts the bytes that reach the file. */
class Counter extends Transform {
  bytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null, data?: Buffer) => void): void {
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

function sheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly { key: string; header: string; type: ColumnType; width: number }[],
) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: FORMATS[c.type] ? { numFmt: FORMATS[c.type] } : {},
  }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

/** Cell values: dates shifted to the zone's wall clock (spreadsheets have no zones), nulls empty. */
function values(
  row: Record<string, unknown>,
  columns: readonly { key: string; type: ColumnType }[],
  time: LocalTime,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key, type } of columns) {
    const v = row[key];
    if (v === null || v === undefined) continue;
    out[key] = type === 'date' ? time.wallClock(v as Date) : type === 'boolean' ? (v ? 'yes' : 'no') : v;
  }
  return out;
}

/**
 * Writes complaints to XLSX with exceljs's streaming WorkbookWriter: a "complaints" sheet and a
 * "status changes" sheet (the history of the same complaints), header rows bold and frozen, typed
 * cells with widths. Rows are committed as they come, so memory stays flat. With `partBytes`, each
 * workbook holds a range of complaints and their history.
 */
export async function writeXlsx(exp: ComplaintExport, sink: PartSink, opts: XlsxOptions): Promise<{ rows: number; parts: number }> {
  // Loaded on first export, not at start-up: exceljs alone costs a quarter of a second to import.
  const Excel = (await import('exceljs')).default;
  const time = new LocalTime(opts.timeZone);
  const budget = (opts.partBytes ?? Number.POSITIVE_INFINITY) * COMPLAINTS_SHARE;
  const pages = exp.complaints();
  let pending: ExportItem[] = [];
  let rows = 0;
  let parts = 0;
  let done = false;
  for (;;) {
    if (parts > 0 && pending.length === 0 && !done) {
      const next = await pages.next();
      if (next.done) done = true;
      else pending = next.value;
    }
    if (parts > 0 && done && pending.length === 0) break;
    const counter = new Counter();
    const finished = pipeTo(counter, sink.open(parts++));
    const wb = new Excel.stream.xlsx.WorkbookWriter({ stream: counter, useStyles: true, useSharedStrings: false });
    const ws = sheet(wb, 'complaints', COMPLAINT_COLUMNS);
    let first: number | null = null;
    let last = 0;
    while (counter.bytes < budget) {
      if (pending.length === 0) {
        await settle(counter);
        if (counter.bytes >= budget) break;
        const next = await pages.next();
        if (next.done) {
          done = true;
          break;
        }
        pending = next.value;
      }
      const item = pending.shift()!;
      first ??= item.id;
      last = item.id;
      ws.addRow(values(item.row as unknown as Record<string, unknown>, COMPLAINT_COLUMNS, time)).commit();
      rows++;
    }
    ws.commit();
    const cs = sheet(wb, 'status changes', CHANGE_COLUMNS);
    if (first !== null) {
      for await (const page of exp.changes({ fromComplaintId: first, toComplaintId: last })) {
        for (const c of page) cs.addRow(values(c as unknown as Record<string, unknown>, CHANGE_COLUMNS, time)).commit();
        await settle(counter);
      }
    }
    cs.commit();
    await wb.commit();
    await finished;
  }
  return { rows, parts };
}

function pipeTo(counter: Counter, out: Writable): Promise<void> {
  counter.pipe(out);
  return new Promise((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
    counter.once('error', reject);
  });
}
