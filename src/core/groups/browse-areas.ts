import { areaName, type AreaEntry } from '../areas/area.ts';
import { DomainError } from '../errors.ts';
import type { Locale } from '../locale.ts';
import { edit, msg, raw, type Button, type MessageReply } from '../replies.ts';
import { GROUP_AREA_KINDS } from './add-settlement.ts';
import type { GroupSettingsDeps } from './deps.ts';
import { groupsData, type GroupsButton } from './buttons.ts';

export const AREA_PAGE_SIZE = 8;

const selectable = (a: AreaEntry) => (GROUP_AREA_KINDS as readonly string[]).includes(a.kind);

/**
 * One level of the area tree as buttons: provinces first, then their districts and settlements.
 * An area with children opens them (`gs:t`); a settlement without children is chosen (`gs:a`).
 * A selectable area with children gets its own "choose this" button on top. Paged by 8.
 */
export async function browseAreas(
  deps: Pick<GroupSettingsDeps, 'areas'>,
  parentId: string | null,
  page: number,
  locale: Locale,
): Promise<MessageReply> {
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
  const choose = parent && selectable(parent) ? groupsData.tryEncode({ op: 'a', areaId: parent.id }) : null;
  if (parent && choose) rows.push([{ text: msg('groups-button-choose-this', { name: areaName(parent, locale) }), data: choose }]);
  for (const a of children.slice(current * AREA_PAGE_SIZE, (current + 1) * AREA_PAGE_SIZE)) {
    const opens = hasChildren.has(a.id);
    // Room for a two-digit page once the area is opened; ids too long for a button are left out.
    const fits = groupsData.tryEncode({ op: 't', areaId: a.id, page: 99 }) !== null;
    const to: GroupsButton = opens ? { op: 't', areaId: a.id, page: null } : { op: 'a', areaId: a.id };
    if (fits) rows.push([groupsData.button(raw((opens ? '› ' : '') + areaName(a, locale)), to)]);
  }
  const nav: Button[] = [];
  const here = parentId ?? '';
  if (current > 0) nav.push(groupsData.button(raw('‹'), { op: 't', areaId: here, page: current - 1 }));
  if (current < pages - 1) nav.push(groupsData.button(raw('›'), { op: 't', areaId: here, page: current + 1 }));
  if (nav.length) rows.push(nav);
  const back: GroupsButton = parent ? { op: 't', areaId: parent.parentId ?? '', page: null } : { op: 's' };
  rows.push([groupsData.button(msg('groups-button-back'), back)]);
  const text = !parent
    ? children.length === 0
      ? msg('groups-tree-empty')
      : msg('groups-tree-region')
    : msg('groups-tree-choose', { name: areaName(parent, locale) });
  return edit(text, rows);
}
