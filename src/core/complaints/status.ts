import type { ComplaintRecord, ComplaintStatus } from './types.ts';

/**
 * Allowed moves for staff. Steps may be skipped (a fix can come without an acknowledgement); the three
 * closings are final; a resolved complaint may be reopened (back to in_progress) when the fix did not
 * hold. `withdrawn` is the author's own move (`canWithdraw`), never a staff one, and it is final.
 */
const CLOSINGS: ComplaintStatus[] = ['rejected', 'duplicate', 'not_responsible'];
const TRANSITIONS: Record<ComplaintStatus, ComplaintStatus[]> = {
  new: ['acknowledged', 'in_progress', 'resolved', ...CLOSINGS],
  acknowledged: ['in_progress', 'resolved', ...CLOSINGS],
  in_progress: ['resolved', ...CLOSINGS],
  resolved: ['in_progress'],
  rejected: [],
  duplicate: [],
  not_responsible: [],
  withdrawn: [],
};

/** True when a complaint may move from `from` to `to`. */
export const canTransition = (from: ComplaintStatus, to: ComplaintStatus): boolean => TRANSITIONS[from].includes(to);

/** Statuses a complaint may move to next. */
export const nextStatuses = (from: ComplaintStatus): readonly ComplaintStatus[] => TRANSITIONS[from];

/** Open = still being worked on (Open311 maps resolved and closed to "closed"). */
export const isOpen = (status: ComplaintStatus): boolean => status === 'new' || status === 'acknowledged' || status === 'in_progress';

export const isClosing = (status: ComplaintStatus): boolean => CLOSINGS.includes(status);

/** The author may withdraw their complaint while it is open (staff have not answered it yet). */
export const canWithdraw = (status: ComplaintStatus): boolean => isOpen(status);

/** Open311 GeoReport v2 status. */
export const open311Status = (status: ComplaintStatus): 'open' | 'closed' => (isOpen(status) ? 'open' : 'closed');

/** Overdue = still open after its due date. */
export const isOverdue = (c: Pick<ComplaintRecord, 'status' | 'dueAt'>, now: Date): boolean =>
  isOpen(c.status) && now.getTime() > c.dueAt.getTime();

/** Which timestamp column a move into `to` stamps. */
export function stampFor(to: ComplaintStatus): 'acknowledgedAt' | 'inProgressAt' | 'resolvedAt' | 'closedAt' | null {
  if (to === 'acknowledged') return 'acknowledgedAt';
  if (to === 'in_progress') return 'inProgressAt';
  if (to === 'resolved') return 'resolvedAt';
  if (isClosing(to) || to === 'withdrawn') return 'closedAt';
  return null;
}
