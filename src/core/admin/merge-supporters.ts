import type { ComplaintRepository } from '../complaints/ports.ts';
import { DomainError } from '../errors.ts';
import type { UserId } from '../ids.ts';
import { message, msg, type MessageReply } from '../replies.ts';
import { loadScoped, type ReviewDeps } from './open-for-review.ts';
import { recordAudit, type AuditDeps } from './record-audit.ts';
import type { Actor } from './types.ts';

export type MergeDeps = Pick<ReviewDeps, 'areas'> &
  AuditDeps & {
    complaints: Pick<ComplaintRepository, 'findById' | 'findByReference' | 'history' | 'supporterIds' | 'addSupporter'>;
  };

/**
 * A duplicate's author and supporters join the original as its supporters, so they hear of its
 * progress and its "+1" count is right. Idempotent: people already there are not counted twice.
 * @throws ADMIN.COMPLAINT_NOT_FOUND, ADMIN.NOT_A_DUPLICATE
 */
export async function mergeSupporters(deps: MergeDeps, actor: Actor, id: number, now: Date): Promise<MessageReply> {
  const dup = await loadScoped(deps, actor, id);
  if (dup.status !== 'duplicate' || !dup.duplicateOfId) throw new DomainError('ADMIN.NOT_A_DUPLICATE', { reference: dup.reference });
  const original = await loadScoped(deps, actor, dup.duplicateOfId);
  const people = new Set<UserId>(await deps.complaints.supporterIds(dup.id));
  if (dup.authorId !== null) people.add(dup.authorId);
  if (original.authorId !== null) people.delete(original.authorId);
  let added = 0;
  for (const user of people) if (await deps.complaints.addSupporter(original.id, user, now)) added++;
  await recordAudit(deps, actor, 'complaint.merge', dup.reference, { into: original.reference, added });
  return message(msg('admin-merged', { from: dup.reference, to: original.reference, count: added }));
}
