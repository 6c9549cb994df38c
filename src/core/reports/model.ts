import type { ComplaintStatus } from '../complaints/types.ts';

/** A complaint as the report counts it. `firstResponseAt`: staff's first status change or public note. */
export interface ReportComplaint {
  id: number;
  categoryCode: string;
  status: ComplaintStatus;
  createdAt: Date;
  resolvedAt: Date | null;
  closedAt: Date | null;
  dueAt: Date;
  firstResponseAt: Date | null;
}

/** What the report reads: complaints filed in `[from, to)` in the given settlements (undefined = all). */
export interface ReportSource {
  complaintsForReport(q: { areaIds?: string[]; from: Date; to: Date }): Promise<ReportComplaint[]>;
}

/** The statuses as the picture groups them: still open, resolved, closed by staff, withdrawn by the author. */
export const STATUS_GROUPS = ['open', 'resolved', 'closed', 'withdrawn'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

export const statusGroup = (s: ComplaintStatus): StatusGroup =>
  s === 'resolved'
    ? 'resolved'
    : s === 'withdrawn'
      ? 'withdrawn'
      : s === 'new' || s === 'acknowledged' || s === 'in_progress'
        ? 'open'
        : 'closed';

/** One week of the trend: complaints filed in it, and of those filed in the period, resolved in it. */
export interface ReportWeek {
  /** Monday 00:00 in the report's time zone. */
  start: Date;
  filed: number;
  resolved: number;
}

/** The figures of one report: pure data, the same for the picture, the caption and the tests. */
export interface ReportFigures {
  total: number;
  byStatus: Record<ComplaintStatus, number>;
  /** Categories with complaints, most first (then by code). */
  byCategory: Array<{ code: string; total: number; groups: Record<StatusGroup, number> }>;
  /** Median days from filing to staff's first response, over the complaints that had one. */
  medianFirstResponseDays: number | null;
  /** Median days from filing to "resolved", over the resolved ones. */
  medianResolutionDays: number | null;
  /** Still open past their due date at the report's moment. */
  overdueOpen: number;
  /** Answered (resolved or closed) after their due date. */
  answeredLate: number;
  weeks: ReportWeek[];
}
