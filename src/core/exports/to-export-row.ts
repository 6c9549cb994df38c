import { areaLabel, type AreaEntry } from '../areas/area.ts';
import { inScope } from '../admin/area-scope.ts';
import { isOpen } from '../complaints/status.ts';
import { maskPersonalData } from '../privacy/mask.ts';
import type { Category } from '../complaints/types.ts';
import type { Locale } from '../locale.ts';
import type { ChangeRow, ExportRow } from './columns.ts';
import type { ExportChange, ExportComplaint } from './ports.ts';

const DAY_MS = 86_400_000;

/** Names the rows need, loaded once per export (both tables are small). */
export interface ExportLookups {
  categories: Map<string, Category>;
  areas: AreaEntry[];
  areaById: Map<string, AreaEntry>;
  locale: Locale;
  now: Date;
  /** The settlements the reader may see (null = all): nothing outside it is named, not even as an original. */
  scope: Set<string> | null;
  /** Settlement labels ("Village, District, Province") by area id, filled as rows need them. */
  labels: Map<string, string>;
  /** A signed, expiring link to one photo (absent: the export lists no links, only counts). */
  photoUrl?: (fileId: string) => string;
}

export function exportLookups(
  categories: Category[],
  areas: AreaEntry[],
  locale: Locale,
  now: Date,
  scope: Set<string> | null = null,
): ExportLookups {
  return {
    categories: new Map(categories.map((c) => [c.code, c])),
    areas,
    areaById: new Map(areas.map((a) => [a.id, a])),
    locale,
    now,
    scope,
    labels: new Map(),
  };
}

/**
 * The resident's words as an export file may carry them: whole with the author's consent, otherwise
 * masked (files travel; a phone or IIN typed in the text is identity too).
 */
export const exportDescription = (c: Pick<ExportComplaint, 'consent' | 'description'>): string =>
  c.consent ? c.description : maskPersonalData(c.description);

/** The typed address follows the description's rule: the resident's own words, masked without consent. */
export const exportAddress = (c: Pick<ExportComplaint, 'consent' | 'address'>): string | null =>
  !c.address ? null : c.consent ? c.address : maskPersonalData(c.address);

/** Calendar days between two instants, one decimal; null when the later one has not happened. */
export const daysBetween = (from: Date, to: Date | null): number | null =>
  to === null ? null : Math.round(((to.getTime() - from.getTime()) / DAY_MS) * 10) / 10;

/**
 * Overdue = answered after the due date, or still unanswered past it: staff want both the late
 * open ones and a record of the late closed ones.
 */
export const wasOverdue = (c: Pick<ExportComplaint, 'status' | 'dueAt' | 'resolvedAt' | 'closedAt'>, now: Date): boolean =>
  (endedAt(c) ?? now).getTime() > c.dueAt.getTime();

/**
 * When the complaint was answered, or null while it is open. A reopened complaint (resolved, then back
 * in progress) keeps its old resolvedAt in the database; it must not count as answered.
 */
const endedAt = (c: Pick<ExportComplaint, 'status' | 'resolvedAt' | 'closedAt'>): Date | null =>
  isOpen(c.status) ? null : (c.resolvedAt ?? c.closedAt);

/** The author's contact, only when the author agreed to share it for this complaint. */
export function reporterOf(c: Pick<ExportComplaint, 'consent' | 'contactName' | 'contactHandle' | 'contactPhone'>): string | null {
  if (!c.consent) return null;
  const handle = c.contactHandle ? `@${c.contactHandle.replace(/^@/, '')}` : null;
  const parts = [c.contactName, handle, c.contactPhone].filter((p): p is string => Boolean(p && p.trim()));
  return parts.length ? parts.join(', ') : null;
}

/** A million rows share a few dozen settlements: each label is built once per export. */
function labelOf(l: ExportLookups, area: AreaEntry): string {
  let label = l.labels.get(area.id);
  if (label === undefined) l.labels.set(area.id, (label = areaLabel(l.areas, area, l.locale)));
  return label;
}

/** Maps one complaint to its export row (pure). */
export function toExportRow(c: ExportComplaint, l: ExportLookups): ExportRow {
  const category = l.categories.get(c.categoryCode);
  const area = c.areaId ? l.areaById.get(c.areaId) : undefined;
  return {
    reference: c.reference,
    category: category ? category.names[l.locale] || category.names.ru || c.categoryCode : c.categoryCode,
    group: category?.group ?? '',
    settlement: area ? labelOf(l, area) : (c.areaId ?? ''),
    description: exportDescription(c),
    status: c.status,
    created: c.createdAt,
    acknowledged: c.acknowledgedAt,
    resolved: isOpen(c.status) ? null : c.resolvedAt,
    closed: c.closedAt,
    daysToAcknowledge: daysBetween(c.createdAt, c.acknowledgedAt),
    daysToResolve: daysBetween(c.createdAt, endedAt(c)),
    overdue: wasOverdue(c, l.now),
    duplicateOf: inScope(l.scope, { areaId: c.duplicateOfAreaId ?? null }) ? c.duplicateOfReference : null,
    supporters: c.supporterCount,
    source: c.source,
    reporter: reporterOf(c),
    lastNote: c.lastNote,
    latitude: c.latitude,
    longitude: c.longitude,
    address: exportAddress(c),
    photoCount: c.photos.length,
    photoLinks: l.photoUrl && c.photos.length ? c.photos.map(l.photoUrl).join(' ') : null,
  };
}

export const toChangeRow = (u: ExportChange): ChangeRow => ({
  reference: u.reference,
  from: u.fromStatus,
  to: u.toStatus,
  at: u.createdAt,
  kind: u.kind,
  note: u.note,
});
