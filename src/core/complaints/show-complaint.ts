import { DomainError } from '../errors.ts';
import type { UserId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import { edit, lines, msg, raw, type Keyboard, type MessageReply, type Text } from '../replies.ts';
import { canAnswerFix, fixButtons } from './follow-up.ts';
import { categoryName } from './categories.ts';
import { myComplaintsData } from './buttons.ts';
import type { CategoryRepository, ComplaintRepository, SettlementDirectory } from './ports.ts';
import { historyFor, neighbourView, type ComplaintViewer } from './public-view.ts';
import { authorActionData } from './author-buttons.ts';
import { canWithdraw, isOverdue } from './status.ts';
import type { ComplaintRecord, ComplaintUpdateRecord } from './types.ts';

export interface ShowComplaintDeps {
  complaints: Pick<ComplaintRepository, 'findById' | 'history' | 'isSupporter'>;
  categories: Pick<CategoryRepository, 'find'>;
  settlements: Pick<SettlementDirectory, 'get'>;
}

/**
 * A complaint's detail with the public part of its history, for its author or a supporter only.
 * Anyone else gets "not found" (never a hint that the complaint exists). A supporter sees what
 * `NeighbourView` allows: never the author's words, photos or location.
 * @throws DomainError COMPLAINT.NOT_FOUND
 */
export async function showComplaint(
  deps: ShowComplaintDeps,
  input: { user: UserId; locale: Locale; complaintId: number; now: Date },
): Promise<MessageReply> {
  const c = await deps.complaints.findById(input.complaintId);
  const viewer: ComplaintViewer | null = !c
    ? null
    : c.authorId === input.user
      ? 'author'
      : (await deps.complaints.isSupporter(c.id, input.user))
        ? 'supporter'
        : null;
  if (!c || !viewer) throw new DomainError('COMPLAINT.NOT_FOUND');
  const v = neighbourView(c);
  const category = await deps.categories.find(v.categoryCode);
  const settlement = v.areaId ? await deps.settlements.get(v.areaId, input.locale) : null;
  const history = historyFor(viewer, await deps.complaints.history(v.id));
  const texts: Text[] = [
    msg('complaint-detail-title', { reference: v.reference }),
    msg('complaint-detail-category', { category: category ? categoryName(category, input.locale) : v.categoryCode }),
    msg('complaint-detail-settlement', { settlement: settlement?.label ?? '-' }),
    msg('complaint-detail-status', { status: v.status }),
    msg('complaint-detail-dates', { created: v.createdAt, due: v.dueAt }),
    ...(isOverdue(c, input.now) ? [msg('complaint-detail-overdue')] : []),
    ...(viewer === 'author'
      ? [
          msg('complaint-detail-supporters', { count: v.supporterCount, photos: c.photos.length }),
          ...(c.address ? [msg('complaint-detail-address', { address: c.address })] : []),
          raw(c.description),
        ]
      : [msg('complaint-detail-supported', { count: v.supporterCount })]),
    msg('complaint-detail-history'),
    ...history.map(historyLine),
  ];
  const back = [myComplaintsData.button(msg('complaint-button-back'), { op: 'p', page: 0 })];
  return edit(lines(...texts), [...(viewer === 'author' ? authorButtons(c, input.now) : []), back]);
}

/** What the author may still do: add or withdraw while it is open; fixed / not fixed after "resolved". */
function authorButtons(c: ComplaintRecord, now: Date): Keyboard {
  if (canAnswerFix(c, now)) return fixButtons(c.id);
  if (!canWithdraw(c.status)) return [];
  return [
    [authorActionData.button(msg('complaint-button-add'), { op: 'a', id: c.id })],
    [authorActionData.button(msg('complaint-button-withdraw'), { op: 'w', id: c.id })],
  ];
}

/** A resident's view of one history line (internal notes never reach here: `history` leaves them out). */
function historyLine(h: ComplaintUpdateRecord): Text {
  if (h.kind === 'note') return msg('complaint-history-public-note', { date: h.createdAt, note: h.note ?? '' });
  if (h.kind === 'resident') return msg('complaint-history-resident', { date: h.createdAt, note: h.note ?? '' });
  return h.note
    ? msg('complaint-history-item-note', { date: h.createdAt, status: h.toStatus, note: h.note })
    : msg('complaint-history-item', { date: h.createdAt, status: h.toStatus });
}
