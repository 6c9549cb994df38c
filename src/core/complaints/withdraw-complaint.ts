import { DomainError } from '../errors.ts';
import type { UserId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import type { Notifier, UserRepository } from '../ports.ts';
import { message, msg, type MessageReply } from '../replies.ts';
import { loadOwnOpen } from './add-to-complaint.ts';
import { authorActionData } from './author-buttons.ts';
import { myComplaintsData } from './buttons.ts';
import { notifyResidents } from './notify-residents.ts';
import type { StaffAlerts } from '../staff-alerts/events.ts';
import type { ComplaintRepository } from './ports.ts';

export interface WithdrawDeps {
  complaints: Pick<ComplaintRepository, 'findById' | 'changeStatus' | 'supporterIds'>;
  users: Pick<UserRepository, 'find'>;
  notifier: Notifier;
  staffAlerts: StaffAlerts;
  defaultLocale: Locale;
}

/** "Withdraw?": says what it means, with yes and "keep it" (back to the complaint). @throws BUTTON.STALE */
export async function askWithdraw(deps: Pick<WithdrawDeps, 'complaints'>, input: { user: UserId; id: number }): Promise<MessageReply> {
  const c = await loadOwnOpen(deps, input.user, input.id);
  return message(msg('complaint-withdraw-ask', { reference: c.reference, supporters: c.supporterCount }), [
    [authorActionData.button(msg('complaint-button-withdraw-yes'), { op: 'y', id: c.id })],
    [myComplaintsData.button(msg('complaint-button-withdraw-no'), { op: 'd', id: c.id })],
  ]);
}

/**
 * The author withdraws their open complaint: it is closed as `withdrawn` (staff see the status and are
 * told), and supporters hear in neutral words that it is closed, never why or by whom.
 * @throws BUTTON.STALE (not the author's open complaint), COMPLAINT.CONFLICT (staff changed it meanwhile)
 */
export async function withdrawComplaint(deps: WithdrawDeps, input: { user: UserId; id: number; now: Date }): Promise<MessageReply> {
  const c = await loadOwnOpen(deps, input.user, input.id);
  const update = await deps.complaints.changeStatus({
    complaintId: c.id,
    from: c.status,
    to: 'withdrawn',
    note: null,
    actorId: input.user,
    at: input.now,
  });
  if (!update) throw new DomainError('COMPLAINT.CONFLICT', { reference: c.reference });
  await notifyResidents(deps, c, [msg('complaint-withdrawn-notice', { reference: c.reference })], { exceptAuthor: true });
  await deps.staffAlerts.raise({ kind: 'withdrawn', complaint: c, at: input.now });
  return message(msg('complaint-withdrawn', { reference: c.reference }));
}
