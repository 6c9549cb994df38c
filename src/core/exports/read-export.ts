import type { ComplaintQueryFilter } from '../admin/complaint-filter.ts';
import type { AreaTree } from '../admin/ports.ts';
import type { Locale } from '../locale.ts';
import type { ChangeRow, ExportRow, Open311Extra } from './columns.ts';
import type { ComplaintExportSource } from './ports.ts';
import { exportLookups, toChangeRow, toExportRow, type ExportLookups } from './to-export-row.ts';

export interface ExportDeps {
  source: ComplaintExportSource;
  areas: AreaTree;
  /** Signs a photo link valid from `now` (the bot's HTTP server serves it); absent = counts only. */
  photoUrl?: (fileId: string, now: Date) => string;
}

export interface ExportRequest {
  filter: ComplaintQueryFilter;
  /** Language of category and settlement names. */
  locale: Locale;
  now: Date;
  /** Rows per database round trip. */
  pageSize?: number;
  /** The reader's settlements (area-limited admin); null or absent = all. Should match `filter.areaIds`. */
  scope?: Set<string> | null;
  /** Called with the number of complaints read so far, after each page (progress reports). */
  onRows?: (done: number) => void;
}

/** One exported complaint: its id (for ranges), its row and what Open311 adds. */
export interface ExportItem {
  id: number;
  row: ExportRow;
  extra: Open311Extra;
}

/**
 * An export being read: pages of complaints, then (per id range, for split files) pages of their
 * history. Only one page is held at a time.
 */
export interface ComplaintExport {
  complaints(): AsyncGenerator<ExportItem[]>;
  changes(range: { fromComplaintId: number; toComplaintId: number }): AsyncGenerator<ChangeRow[]>;
}

/** Opens an export: loads the small lookup tables once, then reads the complaints lazily. */
export async function openExport(deps: ExportDeps, req: ExportRequest): Promise<ComplaintExport> {
  const lookups = exportLookups(await deps.source.categories(), await deps.areas.listAll(), req.locale, req.now, req.scope ?? null);
  const sign = deps.photoUrl;
  if (sign) lookups.photoUrl = (fileId) => sign(fileId, req.now);
  const size = req.pageSize ?? 1000;
  return {
    complaints: () => counted(complaintPages(deps.source, req.filter, lookups, size), req.onRows),
    changes: (range) => changePages(deps.source, req.filter, range, size),
  };
}

async function* complaintPages(
  source: ComplaintExportSource,
  filter: ComplaintQueryFilter,
  l: ExportLookups,
  size: number,
): AsyncGenerator<ExportItem[]> {
  let after = 0;
  for (;;) {
    const page = await source.complaintsAfter(filter, after, size);
    if (page.length === 0) return;
    // The complaint is its own Open311 extra (codes, place, due date): no second object per row.
    yield page.map((c) => ({ id: c.id, row: toExportRow(c, l), extra: c }));
    after = page[page.length - 1]!.id;
    if (page.length < size) return;
  }
}

/** The pages as they are, telling `onRows` how many complaints were read so far (as each page is read). */
async function* counted(pages: AsyncGenerator<ExportItem[]>, onRows?: (done: number) => void): AsyncGenerator<ExportItem[]> {
  let done = 0;
  for await (const page of pages) {
    done += page.length;
    onRows?.(done);
    yield page;
  }
}

async function* changePages(
  source: ComplaintExportSource,
  filter: ComplaintQueryFilter,
  range: { fromComplaintId: number; toComplaintId: number },
  size: number,
): AsyncGenerator<ChangeRow[]> {
  let after = 0;
  for (;;) {
    const page = await source.changesAfter(filter, range, after, size);
    if (page.length === 0) return;
    yield page.map(toChangeRow);
    after = page[page.length - 1]!.id;
    if (page.length < size) return;
  }
}
