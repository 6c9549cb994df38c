import { DomainError } from '../errors.ts';
import type { UserId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import { button, edit, lines, msg, raw, type MessageReply, type Text } from '../replies.ts';
import { categoryName } from './form-prompts.ts';
import { MY_PREFIX } from './list-my-complaints.ts';
import type { CategoryRepository, ComplaintRepository, SettlementDirectory } from './ports.ts';
import { isOverdue } from './status.ts';

export interface ShowComplaintDeps {
  complaints: Pick<ComplaintRepository, 'findById' | 'history' | 'isSupporter'>;
  categories: Pick<CategoryRepository, 'find'>;
  settlements: Pick<SettlementDirectory, 'get'>;
}

/**
 * A complaint's detail with its history, for its author or a supporter only. Anyone else gets
 * "not found" (never a hint that the complaint exists).
 * @throws DomainError COMPLAINT.NOT_FOUND
 */
export async function showComplaint(
  deps: ShowComplaintDeps,
  input: { user: UserId; locale: Locale; complaintId: number; now: Date },
): Promise<MessageReply> {
  const c = await deps.complaints.findById(input.complaintId);
  const allowed = c && (c.authorId === input.user || (await deps.complaints.isSupporter(c.id, input.user)));
  if (!c || !allowed) throw new DomainError('COMPLAINT.NOT_FOUND');
  const category = await deps.categories.find(c.categoryCode);
  const settlement = c.areaId ? await deps.settlements.get(c.areaId, input.locale) : null;
  const history = await deps.complaints.history(c.id);
  const texts: Text[] = [
    msg('complaint-detail-title', { reference: c.reference }),
    msg('complaint-detail-category', { category: category ? categoryName(category, input.locale) : c.categoryCode }),
    msg('complaint-detail-settlement', { settlement: settlement?.label ?? '-' }),
    msg('complaint-detail-status', { status: c.status }),
    msg('complaint-detail-dates', { created: c.createdAt, due: c.dueAt }),
    ...(isOverdue(c, input.now) ? [msg('complaint-detail-overdue')] : []),
    msg('complaint-detail-supporters', { count: c.supporterCount, photos: c.photos.length }),
    raw(c.description),
    msg('complaint-detail-history'),
    ...history.map((h) =>
      h.note
        ? msg('complaint-history-item-note', { date: h.createdAt, status: h.toStatus, note: h.note })
        : msg('complaint-history-item', { date: h.createdAt, status: h.toStatus }),
    ),
  ];
  return edit(lines(...texts), [[button(msg('complaint-button-back'), `${MY_PREFIX}:p:0`)]]);
}
