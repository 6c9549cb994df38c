import { exportData } from './buttons.ts';
import { edit, lines, message, msg, type MessageReply } from '../replies.ts';
import { findAreaByKey, type InboxState } from './inbox-state.ts';
import { categoryNames, filterButtons, filterLine, type InboxDeps } from './list-inbox.ts';
import type { Locale } from '../locale.ts';

/** `/export`: the chosen filters and a button that sends the files (CSV and XLSX). */
export async function exportScreen(
  deps: Pick<InboxDeps, 'areas' | 'categories'>,
  s: InboxState,
  locale: Locale,
  asEdit: boolean,
  limited = false,
): Promise<MessageReply> {
  const area = findAreaByKey(await deps.areas.listAll(), s.area);
  const text = lines(msg('admin-export-title'), filterLine(s, area, await categoryNames(deps, locale), locale, limited));
  const rows = [filterButtons(s, exportData), [exportData.button(msg('admin-export-go'), { op: 'go', state: s })]];
  return asEdit ? edit(text, rows) : message(text, rows);
}
