import { DomainError } from '../errors.ts';
import type { UserId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import type { Notifier, UserRepository } from '../ports.ts';
import { msg, type Text } from '../replies.ts';
import { notifyResidents } from './notify-residents.ts';
import type { ComplaintRepository } from './ports.ts';
import { parseReference } from './reference.ts';
import { canTransition } from './status.ts';
import type { ComplaintRecord, ComplaintStatus, ComplaintUpdateRecord } from './types.ts';

export interface ChangeStatusDeps {
  complaints: Pick<ComplaintRepository, 'findByReference' | 'changeStatus' | 'supporterIds' | 'findById'>;
  users: Pick<UserRepository, 'find'>;
  notifier: Notifier;
  /** For residents with no language known (DEFAULT_LOCALE). */
  defaultLocale: Locale;
}

export interface ChangeStatusInput {
  reference: string;
  to: ComplaintStatus;
  note?: string | null;
  /** The staff member (null from the CLI). */
  actorId?: UserId | null;
  /** With `to: 'duplicate'`: the reference of the complaint this one duplicates. */
  duplicateOf?: string | null;
  now: Date;
}

export interface ChangeStatusResult {
  complaint: ComplaintRecord;
  update: ComplaintUpdateRecord;
  /** Residents told (author and supporters), and those whose notification failed. */
  notified: number;
  failed: number;
}

/**
 * Moves a complaint along its lifecycle, records the change with its note, and tells the author
 * and every supporter privately in their own language.
 * @throws DomainError COMPLAINT.NOT_FOUND, COMPLAINT.TRANSITION_NOT_ALLOWED, COMPLAINT.CONFLICT
 */
export async function changeComplaintStatus(deps: ChangeStatusDeps, input: ChangeStatusInput): Promise<ChangeStatusResult> {
  const parsed = parseReference(input.reference);
  const complaint = parsed ? await deps.complaints.findByReference(parsed.reference) : null;
  if (!complaint) throw new DomainError('COMPLAINT.NOT_FOUND', { reference: input.reference });
  if (!canTransition(complaint.status, input.to)) {
    throw new DomainError('COMPLAINT.TRANSITION_NOT_ALLOWED', { from: complaint.status, to: input.to });
  }
  const original = await resolveDuplicate(deps, input, complaint);
  const note = input.note?.trim() || null;
  const update = await deps.complaints.changeStatus({
    complaintId: complaint.id,
    from: complaint.status,
    to: input.to,
    note,
    actorId: input.actorId ?? null,
    at: input.now,
    duplicateOfId: original?.id ?? null,
  });
  if (!update) throw new DomainError('COMPLAINT.CONFLICT', { reference: complaint.reference });
  const changed = (await deps.complaints.findById(complaint.id)) ?? complaint;
  const parts: Text[] = [msg('complaint-status-changed', { reference: changed.reference, status: input.to })];
  // A bare "duplicate" leaves residents guessing which complaint now carries their problem.
  if (original) parts.push(msg('complaint-status-duplicate-of', { reference: original.reference }));
  if (note) parts.push(msg('complaint-status-note', { note }));
  const { notified, failed } = await notifyResidents(deps, changed, parts);
  return { complaint: changed, update, notified, failed };
}

async function resolveDuplicate(
  deps: ChangeStatusDeps,
  input: ChangeStatusInput,
  complaint: ComplaintRecord,
): Promise<ComplaintRecord | null> {
  if (input.to !== 'duplicate' || !input.duplicateOf) return null;
  const ref = parseReference(input.duplicateOf);
  let original = ref ? await deps.complaints.findByReference(ref.reference) : null;
  // A duplicate of a duplicate points at the first one: no chains, and never a cycle back to itself.
  for (let hops = 0; original && original.status === 'duplicate' && original.duplicateOfId !== null && hops < 20; hops++) {
    original = await deps.complaints.findById(original.duplicateOfId);
  }
  if (!original || original.id === complaint.id) throw new DomainError('COMPLAINT.NOT_FOUND', { reference: input.duplicateOf });
  return original;
}
