import { changeComplaintStatus, type ChangeStatusDeps } from '../complaints/change-status.ts';
import { parseReference } from '../complaints/reference.ts';
import { canTransition } from '../complaints/status.ts';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../complaints/types.ts';
import { DomainError } from '../errors.ts';
import { lines, message, msg, type MessageReply } from '../replies.ts';
import { inScope, scopeOf } from './area-scope.ts';
import { loadScoped, type ReviewDeps } from './open-for-review.ts';
import { recordAudit, type AuditDeps } from './record-audit.ts';
import type { Actor } from './types.ts';
import { localeFromLanguageCode, type Locale } from '../locale.ts';
import type { ComplaintRecord } from '../complaints/types.ts';
import { templateChoices, templatesFor, type ResponseTemplateRepository } from './response-templates.ts';

export type ReviewStatusDeps = Pick<ReviewDeps, 'complaints' | 'areas'> &
  AuditDeps & {
    change: ChangeStatusDeps;
    /** Ready answers offered as buttons with the note question; absent = none. */
    templates?: Pick<ResponseTemplateRepository, 'list' | 'find'>;
  };

export const isStatus = (s: string | undefined): s is ComplaintStatus => (COMPLAINT_STATUSES as readonly string[]).includes(s ?? '');

/**
 * First step of a status change from a button: checks the move is allowed and asks for a note
 * (the residents read it). @throws ADMIN.COMPLAINT_NOT_FOUND, COMPLAINT.TRANSITION_NOT_ALLOWED
 */
export async function askStatusNote(deps: ReviewStatusDeps, actor: Actor, id: number, to: ComplaintStatus): Promise<MessageReply> {
  const c = await loadScoped(deps, actor, id);
  if (!canTransition(c.status, to)) throw new DomainError('COMPLAINT.TRANSITION_NOT_ALLOWED', { from: c.status, to });
  if (to === 'duplicate') return message(msg('admin-ask-duplicate-of', { reference: c.reference, status: to }));
  const locale = await authorLocale(deps, c);
  const offered = deps.templates ? templatesFor(await deps.templates.list(), c.categoryCode, to, locale) : [];
  if (!offered.length) return message(msg('admin-ask-note', { reference: c.reference, status: to }));
  const choices = templateChoices(c.id, to, offered);
  return message(
    lines(msg('admin-ask-note', { reference: c.reference, status: to }), msg('admin-ask-note-templates', { locale }), ...choices.texts),
    choices.buttons,
  );
}

/** The language the author reads (templates are offered in it): theirs, else the default. */
async function authorLocale(deps: ReviewStatusDeps, c: ComplaintRecord): Promise<Locale> {
  const user = c.authorId === null ? null : await deps.change.users.find(c.authorId);
  return user?.locale ?? localeFromLanguageCode(user?.languageCode, deps.change.defaultLocale);
}

/**
 * A template's button: the status change with the template's text as the note, like a typed note.
 * @throws BUTTON.STALE when the template is gone or is for another status, and what `applyStatusChange` throws
 */
export async function applyTemplate(
  deps: ReviewStatusDeps,
  actor: Actor,
  input: { id: number; to: ComplaintStatus; templateId: number; now: Date },
): Promise<MessageReply> {
  const template = await deps.templates?.find(input.templateId);
  if (!template || template.status !== input.to) throw new DomainError('BUTTON.STALE');
  return applyStatusChange(deps, actor, { id: input.id, to: input.to, note: template.text, now: input.now });
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
