import type { Locale } from '../locale.ts';
import { lines, msg, type Text } from '../replies.ts';

/** The only complaint fields a digest reads: no text, author, contact or place. */
export interface DigestComplaint {
  categoryCode: string;
  status: string;
  createdAt: Date;
  resolvedAt: Date | null;
  dueAt: Date;
}

export interface DigestCategory {
  code: string;
  names: Record<Locale, string>;
  sortOrder: number;
}

export interface DigestRow {
  category: string;
  new: number;
  resolved: number;
  overdue: number;
}

export interface Digest {
  since: Date;
  until: Date;
  rows: DigestRow[];
  totals: Omit<DigestRow, 'category'>;
  /** Median hours from filing to resolution over complaints resolved in the period; null if none. */
  medianHoursToResolve: number | null;
}

const OPEN = new Set(['new', 'acknowledged', 'in_progress']);
const within = (d: Date | null, since: Date, until: Date) => d !== null && d >= since && d < until;

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Counts for the period `[since, until)`: new (filed in it; merged duplicates are not new), resolved
 * (status resolved, resolution in it), overdue (still open past the due date at `until`, whenever
 * filed), per category, and the median time to resolve. Categories with nothing to say are left out.
 */
export function computeDigest(complaints: readonly DigestComplaint[], since: Date, until: Date): Digest {
  const rows = new Map<string, DigestRow>();
  const row = (code: string) => rows.get(code) ?? rows.set(code, { category: code, new: 0, resolved: 0, overdue: 0 }).get(code)!;
  const hours: number[] = [];
  for (const c of complaints) {
    if (within(c.createdAt, since, until) && c.status !== 'duplicate') row(c.categoryCode).new++;
    if (c.status === 'resolved' && within(c.resolvedAt, since, until)) {
      row(c.categoryCode).resolved++;
      hours.push((c.resolvedAt!.getTime() - c.createdAt.getTime()) / 3_600_000);
    }
    if (OPEN.has(c.status) && c.dueAt < until) row(c.categoryCode).overdue++;
  }
  const list = [...rows.values()];
  const sum = (k: 'new' | 'resolved' | 'overdue') => list.reduce((n, r) => n + r[k], 0);
  return {
    since,
    until,
    rows: list,
    totals: { new: sum('new'), resolved: sum('resolved'), overdue: sum('overdue') },
    medianHoursToResolve: median(hours),
  };
}

/** Median as days with one decimal (whole hours under a day). */
function medianText(h: number): Text {
  return h < 24
    ? msg('digest-median-hours', { hours: Math.max(1, Math.round(h)) })
    : msg('digest-median-days', { days: Math.round(h / 2.4) / 10 });
}

/** The digest as message keys; category names are data from the category table, in the chat's language. */
export function digestText(d: Digest, areaName: string, categories: readonly DigestCategory[], locale: Locale): Text {
  const byCode = new Map(categories.map((c) => [c.code, c]));
  const order = (code: string) => byCode.get(code)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  const head = msg('digest-title', { area: areaName, from: d.since, to: d.until });
  if (!d.rows.length) return lines(head, msg('digest-empty'));
  const rows = [...d.rows].sort((a, b) => order(a.category) - order(b.category) || a.category.localeCompare(b.category));
  return lines(
    head,
    ...rows.map((r) =>
      msg('digest-category', {
        category: byCode.get(r.category)?.names[locale] ?? r.category,
        new: r.new,
        resolved: r.resolved,
        overdue: r.overdue,
      }),
    ),
    msg('digest-total', d.totals),
    d.medianHoursToResolve === null ? msg('digest-median-none') : medianText(d.medianHoursToResolve),
  );
}
