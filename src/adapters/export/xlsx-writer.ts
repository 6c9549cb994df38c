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
  const out = new SheetXml(inner.stream, columns.length, rowStyle, (i, type) => book.addStyleModel(styles[i]!, type));
  // One array for every row's values, filled in place: no array per row.
  const values: unknown[] = new Array(columns.length);
  let number = 1;
  return {
    add(row) {
      cellValues(row, columns, time, values);
      number++;
      if (out.row(values, number)) return;
      // A value this renderer does not know: exceljs writes the row itself (after what is gathered).
      out.flush();
      const added = inner.getRow(number);
      added.values = values.slice() as ExcelJS.CellValue[];
      added.eachCell((cell, col) => {
        cell.style = styles[col - 1]!;
      });
      added.commit();
    },
    flush: () => out.flush(),
    commit: () => {
      out.flush();
      ws.commit();
    },
  };
}

/** exceljs's cell value types (Enums.ValueType) the rows here hold. */
const NUMBER = 2;
const STRING = 3;
const DATE = 4;

/** Bytes of sheet XML gathered before they go to exceljs's sheet stream (which batches 64 KB itself). */
const CHUNK = 64 * 1024;
const bytesOf = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const ROW_START = bytesOf('<row r="');
const SPANS = bytesOf('" spans="');
const CELL_END = bytesOf('</v></c>');
const ROW_END = bytesOf('</row>');

/**
 * Data rows written as the bytes of the XML exceljs renders for them (RowXform/CellXform without
 * shared strings): empty cells left out, numbers and dates (Excel serial days) as values, text as
 * `t="str"`. The bytes go straight into a buffer handed to the sheet stream when full: no string is
 * built for a row or a cell (those strings were most of what an export allocated, and a page of rows
 * then outlived the young generation, so its garbage piled up in the old one). Exported for the
 * test that holds it to exceljs's own rendering, byte for byte.
 */
export class SheetXml {
  private buf = Buffer.allocUnsafe(CHUNK);
  private pos = 0;
  /** `<c r="A` for each column. */
  private readonly cellStart: Uint8Array[];
  /** `" s="5"><v>` / `" s="5" t="str"><v>` for each column and value type, made when first needed. */
  private readonly cellMid: (Uint8Array | undefined)[] = [];
  private readonly rowAttrs: Uint8Array;

  constructor(
    private readonly stream: Writable,
    columns: number,
    rowStyle: number,
    private readonly styleId: (column: number, cellType: number) => number,
  ) {
    this.cellStart = Array.from({ length: columns }, (_, i) => bytesOf(`<c r="${columnLetters(i + 1)}`));
    this.rowAttrs = bytesOf(`"${rowStyle ? ` s="${rowStyle}" customFormat="1"` : ''} x14ac:dyDescent="0.25">`);
  }

  /** Writes one row; false (nothing written) when a value is of a kind this does not render, or none is set. */
  row(values: readonly unknown[], number: number): boolean {
    let min = 0;
    let max = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'number' && typeof v !== 'string' && !(v instanceof Date)) return false;
      if (!min) min = i + 1;
      max = i + 1;
    }
    if (!min) return false;
    this.put(ROW_START);
    this.int(number);
    this.put(SPANS);
    this.int(min);
    this.byte(58); // ':'
    this.int(max);
    this.put(this.rowAttrs);
    for (let i = min - 1; i < max; i++) {
      const v = values[i];
      if (v === undefined || v === null) continue;
      const type = typeof v === 'number' ? NUMBER : typeof v === 'string' ? STRING : DATE;
      this.put(this.cellStart[i]!);
      this.int(number);
      this.put(this.mid(i, type));
      if (type === NUMBER) this.number(v as number);
      else if (type === STRING) this.text(xmlEncode(v as string));
      else this.ascii(numberText(25569 + (v as Date).getTime() / (24 * 3600 * 1000)));
      this.put(CELL_END);
    }
    this.put(ROW_END);
    return true;
  }

  /** Hands what is gathered to the sheet stream. */
  flush(): void {
    if (this.pos === 0) return;
    this.stream.write(this.buf.subarray(0, this.pos));
    // A new buffer: the stream may hold on to the one it was given.
    this.buf = Buffer.allocUnsafe(CHUNK);
    this.pos = 0;
  }

  private mid(column: number, type: number): Uint8Array {
    const key = column * 8 + type;
    let mid = this.cellMid[key];
    if (mid === undefined) {
      const s = this.styleId(column, type);
      this.cellMid[key] = mid = bytesOf(`"${s ? ` s="${s}"` : ''}${type === STRING ? ' t="str"' : ''}><v>`);
    }
    return mid;
  }

  private room(bytes: number): void {
    if (this.pos + bytes > CHUNK) this.flush();
  }

  private byte(b: number): void {
    this.room(1);
    this.buf[this.pos++] = b;
  }

  private put(bytes: Uint8Array): void {
    this.room(bytes.length);
    const { buf } = this;
    let pos = this.pos;
    for (let i = 0; i < bytes.length; i++) buf[pos++] = bytes[i]!;
    this.pos = pos;
  }

  /** A non-negative integer's digits. */
  private int(n: number): void {
    this.room(16);
    const { buf } = this;
    let digits = 1;
    for (let k = n; k >= 10; k = Math.floor(k / 10)) digits++;
    let pos = this.pos + digits;
    this.pos = pos;
    for (let k = n; ; k = Math.floor(k / 10)) {
      buf[--pos] = 48 + (k % 10);
      if (k < 10) break;
    }
  }

  /** A number as JavaScript prints it (`${v}`, what exceljs writes). */
  private number(v: number): void {
    if (Number.isInteger(v) && v >= 0 && v < 1e15) this.int(v);
    else this.ascii(numberText(v));
  }

  /** Text known to be ASCII (numbers as printed). */
  private ascii(text: string): void {
    this.room(text.length);
    const { buf } = this;
    let pos = this.pos;
    for (let i = 0; i < text.length; i++) buf[pos++] = text.charCodeAt(i);
    this.pos = pos;
  }

  private text(text: string): void {
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    if (text.length * 3 > CHUNK) {
      this.flush();
      this.stream.write(text);
      return;
    }
    this.room(text.length * 3);
    this.pos += this.buf.write(text, this.pos, 'utf8');
  }
}

/**
 * `String(v)`, without V8's number-to-string cache: the cache keeps every string it makes, so each
 * date and fraction of a million rows outlived the young generation and piled up in the old one
 * (ahead of a full collection: the heap grew by 40 MB in the complaints sheet of a million rows).
 * JSON.stringify prints a finite number the same way and caches nothing.
 */
const numberText = (v: number): string => (Number.isFinite(v) ? JSON.stringify(v) : String(v));

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
  /** Hands the rows gathered so far to the sheet stream (before waiting for the zip). */
  flush(): void;
  commit(): void;
}

/**
 * Cell values in column order: dates shifted to the zone's wall clock (spreadsheets have no zones),
 * booleans yes/no, nulls left empty.
 */
function cellValues(
  row: Record<string, unknown>,
  columns: readonly { key: string; type: ColumnType }[],
  time: LocalTime,
  out: unknown[],
): void {
  for (let i = 0; i < columns.length; i++) {
    const { key, type } = columns[i]!;
    const v = row[key];
    out[i] =
      v === null || v === undefined ? undefined : type === 'date' ? time.wallClock(v as Date) : type === 'boolean' ? (v ? 'yes' : 'no') : v;
  }
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
        ws.flush();
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
        cs.flush();
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
