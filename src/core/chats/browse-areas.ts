import { areaName, type AreaEntry } from '../areas/area.ts';
import { DomainError } from '../errors.ts';
import type { Locale } from '../locale.ts';
import { button, edit, msg, raw, type Button, type MessageReply } from '../replies.ts';
import { GROUP_AREA_KINDS } from './add-settlement.ts';
import type { GroupSettingsDeps } from './deps.ts';
import { fits } from './settings-menus.ts';

export const AREA_PAGE_SIZE = 8;

const selectable = (a: AreaEntry) => (GROUP_AREA_KINDS as readonly string[]).includes(a.kind);

/**
 * One level of the area tree as buttons: provinces first, then their districts and settlements.
 * An area with children opens them (`gs:t:<id>`); a settlement without children is chosen (`gs:a:<id>`).
 * A selectable area with children gets its own "choose this" button on top. Paged by 8.
 */
export async function browseAreas(deps: Pick<GroupSettingsDeps, 'areas'>, parentId: string | null, page: number, locale: Locale): Promise<MessageReply> {
  const all = await deps.areas.listAll();
  const parent = parentId ? all.find((a) => a.id === parentId) : null;
  if (parentId && !parent) throw new DomainError('BUTTON.STALE');
  const hasChildren = new Set(all.map((a) => a.parentId).filter((p): p is string => p !== null));
  const children = all
    .filter((a) => a.parentId === (parentId ?? null))
    .filter((a) => hasChildren.has(a.id) || selectable(a))
    .sort((a, b) => areaName(a, locale).localeCompare(areaName(b, locale), locale));
  const pages = Math.max(1, Math.ceil(children.length / AREA_PAGE_SIZE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const rows: Button[][] = [];
  if (parent && selectable(parent) && fits('gs:a:', parent.id)) rows.push([button(msg('setup-btn-choose-this', { name: areaName(parent, locale) }), `gs:a:${parent.id}`)]);
  for (const a of children.slice(current * AREA_PAGE_SIZE, (current + 1) * AREA_PAGE_SIZE)) {
    const opens = hasChildren.has(a.id);
    const data = opens ? `gs:t:${a.id}` : `gs:a:${a.id}`;
    if (fits(opens ? 'gs:t:' : 'gs:a:', a.id, ':99')) rows.push([button(raw((opens ? '› ' : '') + areaName(a, locale)), data)]);
  }
  const nav: Button[] = [];
  const here = parentId ?? '';
  if (current > 0) nav.push(button(raw('‹'), `gs:t:${here}:${current - 1}`));
  if (current < pages - 1) nav.push(button(raw('›'), `gs:t:${here}:${current + 1}`));
  if (nav.length) rows.push(nav);
  rows.push([button(msg('setup-btn-back'), parent?.parentId ? `gs:t:${parent.parentId}` : parent ? 'gs:t' : 'gs:s')]);
  const text = !parent ? (children.length === 0 ? msg('setup-tree-empty') : msg('setup-tree-region')) : msg('setup-tree-choose', { name: areaName(parent, locale) });
  return edit(text, rows);
}
