import { DomainError } from '../errors.ts';
import type { UserId } from '../ids.ts';
import { message, msg, type Keyboard, type MessageReply } from '../replies.ts';
import { fixAnswerData } from './buttons.ts';
import { changeComplaintStatus, type ChangeStatusDeps } from './change-status.ts';
import type { StaffAlerts } from '../staff-alerts/events.ts';
import type { ComplaintRepository } from './ports.ts';
import type { ComplaintRecord } from './types.ts';

/** How long after "resolved" the author may still say it is not fixed. */
export const FIX_WINDOW_DAYS = 30;
/** When the bot asks the author, once, whether it was fixed. */
export const ASK_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

export interface FollowUpDeps {
  complaints: Pick<ComplaintRepository, 'findById' | 'addNote'>;
  change: ChangeStatusDeps;
  /** Staff hear that the author reopened it. */
  staffAlerts: StaffAlerts;
}

/** True while the author may answer "fixed / not fixed". */
export const canAnswerFix = (c: Pick<ComplaintRecord, 'status' | 'resolvedAt'>, now: Date): boolean =>
  c.status === 'resolved' && c.resolvedAt !== null && now.getTime() - c.resolvedAt.getTime() <= FIX_WINDOW_DAYS * DAY_MS;

export const fixButtons = (id: number): Keyboard => [
  [
    fixAnswerData.button(msg('complaint-button-fixed'), { op: 'y', id }),
    fixAnswerData.button(msg('complaint-button-not-fixed'), { op: 'n', id }),
  ],
];

/**
 * Loads the author's own resolved complaint still inside the 30-day window; anything else is a
 * stale button (never a hint about someone else's complaint). @throws BUTTON.STALE
 */
async function loadAnswerable(deps: Pick<FollowUpDeps, 'complaints'>, user: UserId, id: number, now: Date): Promise<ComplaintRecord> {
  const c = Number.isSafeInteger(id) ? await deps.complaints.findById(id) : null;
  if (!c || c.authorId !== user || !canAnswerFix(c, now)) throw new DomainError('BUTTON.STALE');
  return c;
}

/** "Fixed": recorded in the history (staff see it), the complaint stays resolved. */
export async function confirmFixed(deps: FollowUpDeps, input: { user: UserId; id: number; now: Date }): Promise<MessageReply> {
  const c = await loadAnswerable(deps, input.user, input.id, input.now);
  await deps.complaints.addNote({ complaintId: c.id, kind: 'resident', note: '✅', actorId: input.user, at: input.now });
  return message(msg('complaint-fixed-thanks', { reference: c.reference }));
}

/** "Not fixed", first step: asks what is still wrong. */
export async function askNotFixed(deps: FollowUpDeps, input: { user: UserId; id: number; now: Date }): Promise<MessageReply> {
  const c = await loadAnswerable(deps, input.user, input.id, input.now);
  return message(msg('complaint-ask-not-fixed', { reference: c.reference }));
}

/**
 * "Not fixed" with the author's note: the complaint goes back to "in progress" (supporters are told
 * of the status), and the note joins the history as the author's (staff read it; supporters do not).
 * The staff responsible are told it came back.
 */
export async function reopenByAuthor(
  deps: FollowUpDeps,
  input: { user: UserId; id: number; note: string; now: Date },
): Promise<MessageReply> {
  const c = await loadAnswerable(deps, input.user, input.id, input.now);
  await changeComplaintStatus(deps.change, { reference: c.reference, to: 'in_progress', note: null, actorId: input.user, now: input.now });
  await deps.complaints.addNote({
    complaintId: c.id,
    kind: 'resident',
    note: input.note.trim().slice(0, 1000),
    actorId: input.user,
    at: input.now,
  });
  await deps.staffAlerts.raise({ kind: 'reopened', complaint: c, at: input.now });
  return message(msg('complaint-reopened', { reference: c.reference }));
}
