import { categoryName } from '../complaints/categories.ts';
import { notifyResidents, type NotifyResidentsDeps } from '../complaints/notify-residents.ts';
import type { CategoryRepository, ComplaintRepository } from '../complaints/ports.ts';
import type { Category, ComplaintRecord } from '../complaints/types.ts';
import { DomainError } from '../errors.ts';
import type { Locale } from '../locale.ts';
import { edit, message, msg, raw, type Keyboard, type MessageReply } from '../replies.ts';
import type { StaffAlerts } from '../staff-alerts/events.ts';
import { forwardData } from './buttons.ts';
import { OPEN_STATUSES } from './complaint-filter.ts';
import { loadScoped } from './open-for-review.ts';
import type { AreaTree, ComplaintRouting } from './ports.ts';
import { recordAudit, type AuditDeps } from './record-audit.ts';
import type { Actor } from './types.ts';

export interface ForwardDeps extends AuditDeps {
  complaints: Pick<ComplaintRepository, 'findById'>;
  categories: Pick<CategoryRepository, 'listActive' | 'find'>;
  areas: AreaTree;
  routing: ComplaintRouting;
  staffAlerts: StaffAlerts;
  notify: NotifyResidentsDeps;
}

/** Only open complaints are passed on (a closed one has had its answer). @throws ADMIN.COMPLAINT_NOT_FOUND, ADMIN.FORWARD_CLOSED */
async function loadForwardable(deps: ForwardDeps, actor: Actor, id: number): Promise<ComplaintRecord> {
  const c = await loadScoped(deps, actor, id);
  if (!(OPEN_STATUSES as readonly string[]).includes(c.status)) throw new DomainError('ADMIN.FORWARD_CLOSED', { reference: c.reference });
  return c;
}

/** "Not ours": the categories whose staff could take it, one button each. */
export async function forwardChoices(deps: ForwardDeps, actor: Actor, id: number, locale: Locale): Promise<MessageReply> {
  const c = await loadForwardable(deps, actor, id);
  const rows: Keyboard = (await deps.categories.listActive())
    .filter((cat) => cat.code !== c.categoryCode)
    .map((cat) => [forwardData.button(raw(categoryName(cat, locale)), { op: 'c', id: c.id, code: cat.code })]);
  return edit(msg('admin-forward-pick', { reference: c.reference }), rows);
}

async function target(deps: ForwardDeps, c: ComplaintRecord, code: string): Promise<Category> {
  const cat = await deps.categories.find(code);
  if (!cat || !cat.active || cat.code === c.categoryCode) throw new DomainError('BUTTON.STALE');
  return cat;
}

/** Second step: asks for a note to the next staff (internal: residents never see it). */
export async function askForwardNote(deps: ForwardDeps, actor: Actor, id: number, code: string, locale: Locale): Promise<MessageReply> {
  const c = await loadForwardable(deps, actor, id);
  const cat = await target(deps, c, code);
  return message(msg('admin-forward-ask-note', { reference: c.reference, category: categoryName(cat, locale) }));
}

/**
 * Passes the complaint to the staff of another category: the category changes, staff's note is kept
 * as an internal note, the staff now responsible are told (batched), and the author and supporters
 * are told in plain words, in their language, who handles it now (never the note).
 * @throws ADMIN.COMPLAINT_NOT_FOUND, ADMIN.FORWARD_CLOSED, COMPLAINT.CONFLICT, BUTTON.STALE
 */
export async function forwardComplaint(
  deps: ForwardDeps,
  actor: Actor,
  input: { id: number; code: string; note: string | null; now: Date; locale: Locale },
): Promise<MessageReply> {
  const c = await loadForwardable(deps, actor, input.id);
  const cat = await target(deps, c, input.code);
  const note = input.note && input.note.trim() !== '-' ? input.note.trim().slice(0, 1000) : null;
  const moved = await deps.routing.forward({
    complaintId: c.id,
    fromCategory: c.categoryCode,
    toCategory: cat.code,
    note: `${c.categoryCode} → ${cat.code}${note ? `: ${note}` : ''}`,
    actorId: actor.userId,
    at: input.now,
  });
  if (!moved) throw new DomainError('COMPLAINT.CONFLICT', { reference: c.reference });
  await recordAudit(deps, actor, 'complaint.forward', c.reference, { from: c.categoryCode, to: cat.code });
  await deps.staffAlerts.raise({ kind: 'forwarded', complaint: moved, at: input.now, actorId: actor.userId });
  const { notified } = await notifyResidents(deps.notify, moved, [
    msg('complaint-forwarded', { reference: c.reference, categoryKk: cat.names.kk, categoryRu: cat.names.ru, categoryEn: cat.names.en }),
  ]);
  return message(msg('admin-forwarded', { reference: c.reference, category: categoryName(cat, input.locale), notified }));
}
