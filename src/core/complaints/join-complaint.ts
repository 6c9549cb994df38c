import { DomainError } from '../errors.ts';
import type { UserId } from '../ids.ts';
import { message, msg, type Reply } from '../replies.ts';
import type { ComplaintRepository } from './ports.ts';
import { isOpen } from './status.ts';

/**
 * "+1": the resident supports an open complaint instead of filing a copy; they will be told about
 * its status changes like the author.
 * @throws DomainError COMPLAINT.NOT_FOUND, COMPLAINT.CLOSED
 */
export async function joinComplaint(
  complaints: Pick<ComplaintRepository, 'findById' | 'addSupporter'>,
  input: { complaintId: number; user: UserId; now: Date },
): Promise<Reply[]> {
  const complaint = await complaints.findById(input.complaintId);
  if (!complaint) throw new DomainError('COMPLAINT.NOT_FOUND');
  if (!isOpen(complaint.status)) throw new DomainError('COMPLAINT.CLOSED', { reference: complaint.reference });
  if (complaint.authorId === input.user) {
    return [message(msg('complaint-join-own', { reference: complaint.reference }))];
  }
  const added = await complaints.addSupporter(complaint.id, input.user, input.now);
  const vars = { reference: complaint.reference };
  return [message(added ? msg('complaint-joined', vars) : msg('complaint-already-joined', vars))];
}
