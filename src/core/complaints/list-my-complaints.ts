import type { UserId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import { edit, lines, message, msg, type Button, type MessageReply, type Text } from '../replies.ts';
import { myComplaintsData } from './buttons.ts';
import { categoryName } from './categories.ts';
import type { CategoryRepository, ComplaintRepository } from './ports.ts';

export interface ListMyComplaintsDeps {
  complaints: Pick<ComplaintRepository, 'listForUser'>;
  categories: Pick<CategoryRepository, 'find'>;
  pageSize: number;
}

/**
 * /mycomplaints: the resident's own complaints and the ones they support, newest first, paged.
 * `asEdit` replaces the list message when a page button was pressed.
 */
export async function listMyComplaints(
  deps: ListMyComplaintsDeps,
  input: { user: UserId; locale: Locale; page: number; asEdit?: boolean },
): Promise<MessageReply> {
  const page = Math.max(0, Math.floor(input.page));
  const { items, total } = await deps.complaints.listForUser(input.user, { offset: page * deps.pageSize, limit: deps.pageSize });
  if (total === 0) return message(msg('complaint-list-empty'));
  const pages = Math.ceil(total / deps.pageSize);
  const texts: Text[] = [msg('complaint-list-title', { total, page: page + 1, pages })];
  const rows: Button[][] = [];
  for (const c of items) {
    const category = await deps.categories.find(c.categoryCode);
    const vars = {
      reference: c.reference,
      category: category ? categoryName(category, input.locale) : c.categoryCode,
      status: c.status,
      date: c.createdAt,
    };
    texts.push(c.authorId === input.user ? msg('complaint-list-item-own', vars) : msg('complaint-list-item-supported', vars));
    rows.push([myComplaintsData.button(msg('complaint-button-open', { reference: c.reference }), { op: 'd', id: c.id })]);
  }
  const nav: Button[] = [];
  if (page > 0) nav.push(myComplaintsData.button(msg('complaint-button-prev'), { op: 'p', page: page - 1 }));
  if (page + 1 < pages) nav.push(myComplaintsData.button(msg('complaint-button-next'), { op: 'p', page: page + 1 }));
  if (nav.length) rows.push(nav);
  return input.asEdit ? edit(lines(...texts), rows) : message(lines(...texts), rows);
}
