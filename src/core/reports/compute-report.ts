import { isOpen } from '../complaints/status.ts';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../complaints/types.ts';
import { median } from '../posts/digest.ts';
import { addDays, toWallTime, weekdayOf } from '../time/wall-time.ts';
import { localMidnight } from './period.ts';
import { STATUS_GROUPS, statusGroup, type ReportComplaint, type ReportFigures, type ReportWeek, type StatusGroup } from './model.ts';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** Days between two instants, one decimal. */
const days = (from: Date, to: Date): number => Math.round(((to.getTime() - from.getTime()) / DAY_MS) * 10) / 10;

/** Monday 00:00 (local) of the week holding `at`, as UTC. */
export function weekStart(at: Date, timeZone: string): Date {
  const d = toWallTime(at, timeZone);
  const sinceMonday = (weekdayOf(d) + 6) % 7;
  return localMidnight(addDays(d, -sinceMonday), timeZone);
}

/**
 * The weekly trend over `[from, to)`: one point per week touched by the period (Monday-based, local
 * time), counting complaints filed that week and, of the period's complaints, those resolved that week.
 */
export function weeklyTrend(complaints: readonly ReportComplaint[], from: Date, to: Date, timeZone: string): ReportWeek[] {
  const weeks: ReportWeek[] = [];
  // Noon steps keep a DST change from skipping or repeating a week.
  for (let at = weekStart(from, timeZone); at < to; at = weekStart(new Date(at.getTime() + WEEK_MS + DAY_MS / 2), timeZone)) {
    weeks.push({ start: at, filed: 0, resolved: 0 });
  }
  const indexOf = (t: Date): number => {
    for (let i = weeks.length - 1; i >= 0; i--) if (t >= weeks[i]!.start) return t < to ? i : -1;
    return -1;
  };
  for (const c of complaints) {
    const filed = indexOf(c.createdAt);
    if (filed >= 0) weeks[filed]!.filed += 1;
    if (c.status === 'resolved' && c.resolvedAt) {
      const resolved = indexOf(c.resolvedAt);
      if (resolved >= 0) weeks[resolved]!.resolved += 1;
    }
  }
  return weeks;
}

/** When a complaint was answered (resolved or closed, not withdrawn), or null while open. */
const answeredAt = (c: ReportComplaint): Date | null =>
  isOpen(c.status) || c.status === 'withdrawn' ? null : c.status === 'resolved' ? c.resolvedAt : c.closedAt;

/**
 * The report's figures for complaints filed in `[from, to)` (pure): counts by status and by category
 * and status group, median days to the first response and to resolution, overdue counts at `now`,
 * and the weekly trend.
 */
export function computeReport(
  complaints: readonly ReportComplaint[],
  o: { from: Date; to: Date; now: Date; timeZone: string },
): ReportFigures {
  const byStatus = Object.fromEntries(COMPLAINT_STATUSES.map((s) => [s, 0])) as Record<ComplaintStatus, number>;
  const categories = new Map<string, Record<StatusGroup, number>>();
  const firstResponses: number[] = [];
  const resolutions: number[] = [];
  let overdueOpen = 0;
  let answeredLate = 0;
  for (const c of complaints) {
    byStatus[c.status] += 1;
    const groups = categories.get(c.categoryCode) ?? (Object.fromEntries(STATUS_GROUPS.map((g) => [g, 0])) as Record<StatusGroup, number>);
    groups[statusGroup(c.status)] += 1;
    categories.set(c.categoryCode, groups);
    if (c.firstResponseAt) firstResponses.push(days(c.createdAt, c.firstResponseAt));
    if (c.status === 'resolved' && c.resolvedAt) resolutions.push(days(c.createdAt, c.resolvedAt));
    if (isOpen(c.status) && o.now > c.dueAt) overdueOpen += 1;
    const answered = answeredAt(c);
    if (answered && answered > c.dueAt) answeredLate += 1;
  }
  const byCategory = [...categories]
    .map(([code, groups]) => ({ code, groups, total: STATUS_GROUPS.reduce((n, g) => n + groups[g], 0) }))
    .sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    total: complaints.length,
    byStatus,
    byCategory,
    medianFirstResponseDays: round(median(firstResponses)),
    medianResolutionDays: round(median(resolutions)),
    overdueOpen,
    answeredLate,
    weeks: weeklyTrend(complaints, o.from, o.to, o.timeZone),
  };
}
