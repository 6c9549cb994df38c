import { createWriteStream } from 'node:fs';
import { openExport, type ExportDeps, type ExportRequest } from '../../core/exports/read-export.ts';
import { writeCsv, type PartSink } from './csv-writer.ts';
import { writeOpen311 } from './open311-writer.ts';
import { writeXlsx } from './xlsx-writer.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'open311'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface RunExportOptions {
  format: ExportFormat;
  timeZone: string;
  /** Split size for csv/xlsx (Open311 is one document). */
  partBytes?: number;
}

/** Reads an export and writes it in one format to the sink's parts. */
export async function runExport(
  deps: ExportDeps,
  req: ExportRequest,
  sink: PartSink,
  opts: RunExportOptions,
): Promise<{ rows: number; parts: number }> {
  const exp = await openExport(deps, req);
  if (opts.format === 'csv') return writeCsv(exp.complaints(), sink, { timeZone: opts.timeZone, partBytes: opts.partBytes });
  if (opts.format === 'xlsx') return writeXlsx(exp, sink, { timeZone: opts.timeZone, partBytes: opts.partBytes });
  const rows = await writeOpen311(exp.complaints(), sink.open(0));
  return { rows, parts: 1 };
}

/** Parts as files: `out.csv`, then `out.part2.csv`, `out.part3.csv` ... */
export function fileSink(path: string, written: string[] = []): PartSink & { files: string[] } {
  return {
    files: written,
    open(index) {
      const file = index === 0 ? path : path.replace(/(\.[^./]+)?$/, (ext) => `.part${index + 1}${ext}`);
      written.push(file);
      return createWriteStream(file);
    },
  };
}
