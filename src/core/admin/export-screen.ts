import { areaName } from '../areas/area.ts';
import { button, edit, lines, message, msg, type MessageReply } from '../replies.ts';
import { encodeState, findAreaByKey, type InboxState } from './inbox-state.ts';
import { filterButtons } from './list-inbox.ts';
import type { AreaTree } from './ports.ts';
import type { Locale } from '../locale.ts';

export const EXPORT_PREFIX = 'ex';

/** `/export`: the chosen filters and a button that sends the files (CSV and XLSX). */
export async function exportScreen(deps: { areas: AreaTree }, s: InboxState, locale: Locale, asEdit: boolean): Promise<MessageReply> {
  const area = findAreaByKey(await deps.areas.listAll(), s.area);
  const text = lines(
    msg('admin-export-title'),
    msg('admin-inbox-filters', { status: s.status ?? '-', category: s.category ?? '-', area: area ? areaName(area, locale) : '-', overdue: s.overdue ? 'yes' : 'no' }),
  );
  const rows = [filterButtons(s, EXPORT_PREFIX), [button(msg('admin-export-go'), `${EXPORT_PREFIX}:go:${encodeState(s)}`)]];
  return asEdit ? edit(text, rows) : message(text, rows);
}
