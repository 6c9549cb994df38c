import { notifyResidents, type NotifyResidentsDeps } from '../complaints/notify-residents.ts';
import type { ComplaintRepository } from '../complaints/ports.ts';
import { DomainError } from '../errors.ts';
import { message, msg, type MessageReply } from '../replies.ts';
import { loadScoped, type ReviewDeps } from './open-for-review.ts';
import { recordAudit, type AuditDeps } from './record-audit.ts';
import type { Actor } from './types.ts';

export type NoteVisibility = 'public' | 'internal';
export type StaffNoteDeps = Pick<ReviewDeps, 'areas'> &
  AuditDeps & { complaints: Pick<ComplaintRepository, 'findById' | 'addNote'>; notify: NotifyResidentsDeps };

/** First step: says who will read the note. @throws ADMIN.COMPLAINT_NOT_FOUND */
export async function askStaffNote(
  deps: Pick<StaffNoteDeps, 'complaints' | 'areas'>,
  actor: Actor,
  id: number,
  visibility: NoteVisibility,
): Promise<MessageReply> {
  const c = await loadScoped(deps, actor, id);
  return message(msg(visibility === 'public' ? 'admin-ask-public-note' : 'admin-ask-internal-note', { reference: c.reference }));
}

/**
 * Adds a note without changing the status. A public note goes to the author and supporters in
 * their languages; an internal one stays with the staff: it is never sent and residents' history
 * never shows it. @throws ADMIN.COMPLAINT_NOT_FOUND, COMPLAINT.NOT_FOUND
 */
export async function addStaffNote(
  deps: StaffNoteDeps,
  actor: Actor,
  input: { id: number; visibility: NoteVisibility; text: string; now: Date },
): Promise<MessageReply> {
  const c = await loadScoped(deps, actor, input.id);
  const note = input.text.trim().slice(0, 1000);
  const saved = await deps.complaints.addNote({
    complaintId: c.id,
    kind: input.visibility === 'public' ? 'note' : 'internal',
    note,
    actorId: actor.userId,
    at: input.now,
  });
  if (!saved) throw new DomainError('COMPLAINT.NOT_FOUND', { reference: c.reference });
  await recordAudit(deps, actor, input.visibility === 'public' ? 'complaint.note' : 'complaint.note.internal', c.reference);
  if (input.visibility === 'internal') return message(msg('admin-internal-note-saved', { reference: c.reference }));
  const { notified } = await notifyResidents(deps.notify, c, [msg('complaint-public-note', { reference: c.reference, note })]);
  return message(msg('admin-public-note-sent', { reference: c.reference, notified }));
}
