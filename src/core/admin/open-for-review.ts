import { areaLabel } from '../areas/area.ts';
import { categoryName } from '../complaints/categories.ts';
import type { CategoryRepository, ComplaintRepository } from '../complaints/ports.ts';
import { isOverdue, nextStatuses } from '../complaints/status.ts';
import type { ComplaintRecord, ComplaintUpdateRecord } from '../complaints/types.ts';
import { DomainError } from '../errors.ts';
import type { Locale } from '../locale.ts';
import { mapLink } from '../complaints/map-link.ts';
import { album, edit, lines, location, msg, raw, urlButton, type Keyboard, type MessageReply, type Reply, type Text } from '../replies.ts';
import { inCategoryScope, inScope, scopeOf } from './area-scope.ts';
import { duplicateData, forwardData, inboxData, mergeData, noteData, statusData } from './buttons.ts';
import { OPEN_STATUSES } from './complaint-filter.ts';
import type { InboxState } from './inbox-state.ts';
import type { AreaTree } from './ports.ts';
import { recordAudit, type AuditDeps } from './record-audit.ts';
import type { Actor } from './types.ts';

export interface ReviewDeps {
  complaints: Pick<ComplaintRepository, 'findById' | 'findByReference' | 'staffHistory'>;
  categories: Pick<CategoryRepository, 'find'>;
  areas: AreaTree;
  /** Seeing a resident's contact is recorded (privacy: who looked, when). */
  audit?: AuditDeps;
}

/**
 * Loads a complaint the actor may see. One outside their areas is "not found", exactly like a
 * missing one: an area-limited admin learns nothing about other areas.
 * @throws DomainError ADMIN.COMPLAINT_NOT_FOUND
 */
export async function loadScoped(
  deps: { complaints: Pick<ComplaintRepository, 'findById'>; areas: AreaTree },
  actor: Actor,
  id: number,
): Promise<ComplaintRecord> {
  const c = Number.isSafeInteger(id) ? await deps.complaints.findById(id) : null;
  if (!c || !inScope(scopeOf(actor, await deps.areas.listAll()), c) || !inCategoryScope(actor, c)) {
    throw new DomainError('ADMIN.COMPLAINT_NOT_FOUND');
  }
  return c;
}

/**
 * A complaint for staff: history, supporters, the author's contact only with consent, action buttons;
 * then its photos (an album, by file id) and its place (a map pin with a map link), when it has them.
 */
export async function openForReview(
  deps: ReviewDeps,
  input: { actor: Actor; id: number; state: InboxState; locale: Locale; now: Date },
): Promise<[MessageReply, ...Reply[]]> {
  const c = await loadScoped(deps, input.actor, input.id);
  const areas = await deps.areas.listAll();
  const area = c.areaId ? areas.find((a) => a.id === c.areaId) : undefined;
  const category = await deps.categories.find(c.categoryCode);
  const found = c.duplicateOfId ? await deps.complaints.findById(c.duplicateOfId) : null;
  // An original in another area stays unnamed for an area-limited admin (and cannot be merged into).
  const original = found && inScope(scopeOf(input.actor, areas), found) ? found : null;
  const texts: Text[] = [
    msg('admin-review-title', { reference: c.reference, status: c.status }),
    msg('admin-review-meta', {
      category: category ? categoryName(category, input.locale) : c.categoryCode,
      settlement: area ? areaLabel(areas, area, input.locale) : '-',
      created: c.createdAt,
      due: c.dueAt,
      supporters: c.supporterCount,
    }),
  ];
  if (isOverdue(c, input.now)) texts.push(msg('admin-review-overdue'));
  if (original) texts.push(msg('admin-review-duplicate-of', { reference: original.reference }));
  texts.push(raw(c.description));
  if (c.address) texts.push(msg('admin-review-address', { address: c.address }));
  texts.push(contactLine(c));
  if (c.consent && deps.audit) await recordAudit(deps.audit, input.actor, 'complaint.contact.view', c.reference);
  texts.push(msg('admin-review-history'));
  for (const h of await deps.complaints.staffHistory(c.id)) texts.push(historyLine(h));
  return [edit(lines(...texts), reviewButtons(c, input.state, original !== null)), ...evidence(c)];
}

/** What the resident attached: photos as one album, the place as a pin with a button to a map. */
function evidence(c: ComplaintRecord): Reply[] {
  const out: Reply[] = [];
  if (c.photos.length) out.push(album(c.photos));
  if (c.latitude !== null && c.longitude !== null) {
    out.push(
      location(c.latitude, c.longitude, [
        [urlButton(msg('admin-review-open-map', { reference: c.reference }), mapLink(c.latitude, c.longitude))],
      ]),
    );
  }
  return out;
}

/** Staff read every line; internal notes are marked so nobody quotes one to a resident by mistake. */
function historyLine(h: ComplaintUpdateRecord): Text {
  const vars = { date: h.createdAt, status: h.toStatus, note: h.note ?? '' };
  if (h.kind === 'internal') return msg('admin-review-history-internal', vars);
  if (h.kind === 'note') return msg('admin-review-history-public-note', vars);
  if (h.kind === 'resident') return msg('admin-review-history-resident', vars);
  return msg(h.note ? 'admin-review-history-note' : 'admin-review-history-item', vars);
}

/** Privacy: the author's contact is staff-visible only when the author agreed for this complaint. */
function contactLine(c: ComplaintRecord): Text {
  if (!c.consent) return msg('admin-review-contact-hidden');
  const parts = [c.contactName, c.contactHandle ? `@${c.contactHandle.replace(/^@/, '')}` : null, c.contactPhone].filter(Boolean);
  return msg('admin-review-contact', { contact: parts.join(', ') || '-' });
}

function reviewButtons(c: ComplaintRecord, state: InboxState, originalVisible: boolean): Keyboard {
  const rows: Keyboard = [];
  for (const to of nextStatuses(c.status)) {
    if (to === 'duplicate') continue;
    rows.push([statusData.button(msg('admin-review-set-status', { status: to }), { id: c.id, to })]);
  }
  rows.push([
    noteData.button(msg('admin-review-public-note'), { id: c.id, visibility: 'public' }),
    noteData.button(msg('admin-review-internal-note'), { id: c.id, visibility: 'internal' }),
  ]);
  if (nextStatuses(c.status).includes('duplicate')) rows.push([duplicateData.button(msg('admin-review-mark-duplicate'), { id: c.id })]);
  if ((OPEN_STATUSES as readonly string[]).includes(c.status))
    rows.push([forwardData.button(msg('admin-review-forward'), { op: 'p', id: c.id })]);
  if (c.status === 'duplicate' && originalVisible) rows.push([mergeData.button(msg('admin-review-merge'), { id: c.id })]);
  rows.push([inboxData.button(msg('admin-button-back'), { op: 'v', state })]);
  return rows;
}
