import type { ComplaintRecord } from '../complaints/types.ts';
import type { UserId } from '../ids.ts';

/**
 * What happened to a complaint that its responsible staff should hear about:
 * `new` filed; `added` the author added text or photos; `reopened` the author said it is not fixed;
 * `withdrawn` the author took it back; `forwarded` staff passed it on to whoever handles it.
 */
export const COMPLAINT_EVENTS = ['new', 'added', 'reopened', 'withdrawn', 'forwarded'] as const;
export type ComplaintEventKind = (typeof COMPLAINT_EVENTS)[number];

export interface ComplaintEvent {
  kind: ComplaintEventKind;
  /** The complaint as it is now (after a forward: its new category or area). */
  complaint: Pick<ComplaintRecord, 'id' | 'categoryCode' | 'areaId'>;
  at: Date;
  /** The staff member who caused it (a forward): not told about their own action. */
  actorId?: UserId | null;
}

/**
 * The port features call when something happens to a complaint: its responsible staff are told in
 * private, in batches (at most one message per 5 minutes per person, with counts). Raising never
 * throws for the caller's sake: a failure is reported and the resident's action still stands.
 *
 * ```ts
 * await deps.staffAlerts.raise({ kind: 'added', complaint, at: now });
 * ```
 */
export interface StaffAlerts {
  raise(event: ComplaintEvent): Promise<void>;
}

/** For code paths and tests that tell nobody. */
export const NO_STAFF_ALERTS: StaffAlerts = { raise: async () => undefined };
