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
  // object it has seen, where the copy it makes for each new cell costs a full style lookup.
  const styles = columns.map((_, i) => ws.getColumn(i + 1).style);
  // The header row goes out through exceljs; data rows are rendered here, to the same XML exceljs
  // writes for them, without its Row, Cell and model objects for every row (200,000 complaints on
  // SQLite: 17.4 s -> 9.5 s, peak RSS 289 -> 196 MB, the same sheets byte for byte).
  ws.getRow(1).commit();
  const inner = ws as unknown as { stream: Writable; getRow(n: number): ExcelJS.Row };
  const book = (wb as unknown as { styles: { addStyleModel(model: object, cellType?: number): number } }).styles;
  const rowStyle = book.addStyleModel({});
  const rowAttrs = `${rowStyle ? ` s="${rowStyle}" customFormat="1"` : ''} x14ac:dyDescent="0.25">`;
  const letters = columns.map((_, i) => columnLetters(i + 1));
  let number = 1;
  return {
    add(row) {
      const values = cellValues(row, columns, time);
      number++;
      const out = rowXml(values, number, letters, (i, type) => book.addStyleModel(styles[i]!, type), rowAttrs);
      if (out !== null) {
        inner.stream.write(out);
        return;
      }
      // A value this renderer does not know: exceljs writes the row itself.
      const added = inner.getRow(number);
      added.values = values as ExcelJS.CellValue[];
      added.eachCell((cell, col) => {
        cell.style = styles[col - 1]!;
      });
      added.commit();
    },
    commit: () => ws.commit(),
  };
}

/** exceljs's cell value types (Enums.ValueType) the rows here hold. */
const NUMBER = 2;
const STRING = 3;
const DATE = 4;

/**
 * A row's XML as exceljs renders it (RowXform/CellXform without shared strings): empty cells left
 * out, numbers and dates (Excel serial days) as values, text as `t="str"`. Null when a value is of
 * another kind.
 */
function rowXml(
  values: readonly unknown[],
  number: number,
  letters: readonly string[],
  styleId: (column: number, cellType: number) => number,
  rowAttrs: string,
): string | null {
  let cells = '';
  let min = 0;
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined || v === null) continue;
    let type: number;
    let inner: string;
    if (typeof v === 'number') [type, inner] = [NUMBER, `<v>${v}</v>`];
    else if (typeof v === 'string') [type, inner] = [STRING, ` t="str"><v>${xmlEncode(v)}</v>`];
    else if (v instanceof Date) [type, inner] = [DATE, `<v>${25569 + v.getTime() / (24 * 3600 * 1000)}</v>`];
    else return null;
    const s = styleId(i, type);
    cells += `<c r="${letters[i]}${number}"${s ? ` s="${s}"` : ''}${type === STRING ? inner : `>${inner}`}</c>`;
    if (!min) min = i + 1;
    max = i + 1;
  }
  if (!cells) return null;
  return `<row r="${number}" spans="${min}:${max}"${rowAttrs}${cells}</row>`;
}

/** Spreadsheet column name: 1 -> A, 27 -> AA. */
function columnLetters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

const XML_ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** exceljs's xmlEncode: the five entities, and control characters XML cannot hold dropped. */
function xmlEncode(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 cannot hold
  return /["&'<>\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text)
    ? // biome-ignore lint/suspicious/noControlCharactersInRegex: as above
      text.replace(/["&'<>\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, (c) => XML_ESCAPES[c] ?? '')
    : text;
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
  // Loaded on first export, not at start-up, and only the streaming writer: the whole of exceljs
  // (reader, CSV, unzip) costs a quarter of a second and about 10 MB more to import.
  const WorkbookWriter = await loadWorkbookWriter();
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
    const wb = new WorkbookWriter({ stream: counter, useStyles: true, useSharedStrings: false });
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

async function loadWorkbookWriter(): Promise<typeof ExcelJS.stream.xlsx.WorkbookWriter> {
  const path = 'exceljs/lib/stream/xlsx/workbook-writer.js';
  return ((await import(path)) as { default: typeof ExcelJS.stream.xlsx.WorkbookWriter }).default;
}
