import { DomainError } from '../errors.ts';
import type { ChatId, UserId } from '../ids.ts';
import { localeFromLanguageCode, type Locale } from '../locale.ts';
import type { Notifier, UserRepository } from '../ports.ts';
import { lines, message, msg, type Text } from '../replies.ts';
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
    complaintId: complaint.id, from: complaint.status, to: input.to, note, actorId: input.actorId ?? null, at: input.now, duplicateOfId: original?.id ?? null,
  });
  if (!update) throw new DomainError('COMPLAINT.CONFLICT', { reference: complaint.reference });
  const changed = (await deps.complaints.findById(complaint.id)) ?? complaint;
  const { notified, failed } = await notifyResidents(deps, changed, input.to, note, original?.reference ?? null);
  return { complaint: changed, update, notified, failed };
}

async function resolveDuplicate(deps: ChangeStatusDeps, input: ChangeStatusInput, complaint: ComplaintRecord): Promise<ComplaintRecord | null> {
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

/** Author and supporters, each once; a failure for one resident does not stop the others. */
async function notifyResidents(deps: ChangeStatusDeps, c: ComplaintRecord, to: ComplaintStatus, note: string | null, originalRef: string | null) {
  const recipients = new Set<UserId>(await deps.complaints.supporterIds(c.id));
  if (c.authorId !== null) recipients.add(c.authorId);
  const parts: Text[] = [msg('complaint-status-changed', { reference: c.reference, status: to })];
  // A bare "duplicate" leaves residents guessing which complaint now carries their problem.
  if (originalRef) parts.push(msg('complaint-status-duplicate-of', { reference: originalRef }));
  if (note) parts.push(msg('complaint-status-note', { note }));
  let notified = 0;
  let failed = 0;
  for (const id of recipients) {
    try {
      const user = await deps.users.find(id);
      const locale = user?.locale ?? localeFromLanguageCode(user?.languageCode, deps.defaultLocale);
      // Private chats share the user's id.
      await deps.notifier.notify(BigInt(id) as ChatId, locale, [message(lines(...parts))]);
      notified += 1;
    } catch {
      failed += 1;
    }
  }
  return { notified, failed };
}
