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

/** A sheet with its columns (formats, widths, bold frozen header) and what its rows are written with. */
function sheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly { key: string; header: string; type: ColumnType; width: number }[],
  time: LocalTime,
): SheetRows {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: FORMATS[c.type] ? { numFmt: FORMATS[c.type] } : {},
  }));
  ws.getRow(1).font = { bold: true };
  // One style object per column, given to every cell of it: exceljs remembers the style id of an
  // object it has seen, where the copy it makes for each new cell costs a full style lookup (most
  // of the writer's time over a million rows).
  const styles = columns.map((_, i) => ws.getColumn(i + 1).style);
  return {
    add(row) {
      const added = ws.addRow(cellValues(row, columns, time));
      added.eachCell((cell, col) => {
        cell.style = styles[col - 1]!;
      });
      added.commit();
    },
    commit: () => ws.commit(),
  };
}

interface SheetRows {
  add(row: Record<string, unknown>): void;
  commit(): void;
}

/**
 * Cell values in column order: dates shifted to the zone's wall clock (spreadsheets have no zones),
 * booleans yes/no, nulls left empty.
 */
function cellValues(row: Record<string, unknown>, columns: readonly { key: string; type: ColumnType }[], time: LocalTime): unknown[] {
  const out: unknown[] = [];
  for (const { key, type } of columns) {
    const v = row[key];
    out.push(
      v === null || v === undefined ? undefined : type === 'date' ? time.wallClock(v as Date) : type === 'boolean' ? (v ? 'yes' : 'no') : v,
    );
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
    const ws = sheet(wb, 'complaints', COMPLAINT_COLUMNS, time);
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
      ws.add(item.row as unknown as Record<string, unknown>);
      rows++;
    }
    ws.commit();
    const cs = sheet(wb, 'status changes', CHANGE_COLUMNS, time);
    if (first !== null) {
      for await (const page of exp.changes({ fromComplaintId: first, toComplaintId: last })) {
        for (const c of page) cs.add(c as unknown as Record<string, unknown>);
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
