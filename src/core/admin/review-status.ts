import { changeComplaintStatus, type ChangeStatusDeps } from '../complaints/change-status.ts';
import { parseReference } from '../complaints/reference.ts';
import { canTransition } from '../complaints/status.ts';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../complaints/types.ts';
import { DomainError } from '../errors.ts';
import { message, msg, type MessageReply } from '../replies.ts';
import { inScope, scopeOf } from './area-scope.ts';
import { loadScoped, type ReviewDeps } from './open-for-review.ts';
import { recordAudit, type AuditDeps } from './record-audit.ts';
import type { Actor } from './types.ts';

export type ReviewStatusDeps = Pick<ReviewDeps, 'complaints' | 'areas'> & AuditDeps & { change: ChangeStatusDeps };

export const isStatus = (s: string | undefined): s is ComplaintStatus => (COMPLAINT_STATUSES as readonly string[]).includes(s ?? '');

/**
 * First step of a status change from a button: checks the move is allowed and asks for a note
 * (the residents read it). @throws ADMIN.COMPLAINT_NOT_FOUND, COMPLAINT.TRANSITION_NOT_ALLOWED
 */
export async function askStatusNote(deps: ReviewStatusDeps, actor: Actor, id: number, to: ComplaintStatus): Promise<MessageReply> {
  const c = await loadScoped(deps, actor, id);
  if (!canTransition(c.status, to)) throw new DomainError('COMPLAINT.TRANSITION_NOT_ALLOWED', { from: c.status, to });
  return message(msg(to === 'duplicate' ? 'admin-ask-duplicate-of' : 'admin-ask-note', { reference: c.reference, status: to }));
}

/**
 * Applies a status change with its note through the complaints' use case (which tells the author and
 * supporters), after the scope check, and records it in the audit trail. A duplicate names its
 * original, which must be visible to the actor too.
 */
export async function applyStatusChange(
  deps: ReviewStatusDeps,
  actor: Actor,
  input: { id: number; to: ComplaintStatus; note: string | null; duplicateOf?: string | null; now: Date },
): Promise<MessageReply> {
  const c = await loadScoped(deps, actor, input.id);
  if (input.to === 'duplicate') await assertOriginalVisible(deps, actor, input.duplicateOf ?? '');
  const note = input.note && input.note.trim() !== '-' ? input.note.trim().slice(0, 1000) : null;
  const result = await changeComplaintStatus(deps.change, {
    reference: c.reference,
    to: input.to,
    note,
    actorId: actor.userId,
    duplicateOf: input.duplicateOf ?? null,
    now: input.now,
  });
  await recordAudit(deps, actor, 'complaint.status', c.reference, {
    from: c.status,
    to: input.to,
    notified: result.notified,
    duplicateOf: input.duplicateOf ?? undefined,
  });
  return message(msg('admin-status-changed', { reference: c.reference, status: input.to, notified: result.notified }));
}

async function assertOriginalVisible(deps: ReviewStatusDeps, actor: Actor, text: string): Promise<void> {
  const ref = parseReference(text);
  const original = ref ? await deps.complaints.findByReference(ref.reference) : null;
  if (!original || !inScope(scopeOf(actor, await deps.areas.listAll()), original)) {
    throw new DomainError('ADMIN.COMPLAINT_NOT_FOUND');
  }
}
