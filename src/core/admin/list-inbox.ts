import type { AreaEntry } from '../areas/area.ts';
import { areaName } from '../areas/area.ts';
import { categoryName } from '../complaints/form-prompts.ts';
import type { CategoryRepository } from '../complaints/ports.ts';
import { isOverdue } from '../complaints/status.ts';
import { COMPLAINT_STATUSES } from '../complaints/types.ts';
import type { Locale } from '../locale.ts';
import { button, edit, lines, message, msg, raw, type Button, type Keyboard, type MessageReply, type Text } from '../replies.ts';
import { scopeFilter, scopeOf } from './area-scope.ts';
import { areaKey, encodeState, findAreaByKey, type InboxState } from './inbox-state.ts';
import type { AreaTree, ComplaintReviewQuery } from './ports.ts';
import type { Actor } from './types.ts';

export const INBOX_PREFIX = 'ib';
export const OPEN_PREFIX = 'io';
const PAGE = 8;

export interface InboxDeps {
  review: ComplaintReviewQuery;
  categories: Pick<CategoryRepository, 'listActive'>;
  areas: AreaTree;
}

/** The filter an inbox state means for this actor (their areas, counting descendants). */
export async function inboxFilter(deps: Pick<InboxDeps, 'areas'>, actor: Actor, s: InboxState, now: Date) {
  const areas = await deps.areas.listAll();
  const chosen = findAreaByKey(areas, s.area);
  const filter = scopeFilter(
    { statuses: s.status ? [s.status] : undefined, categoryCodes: s.category ? [s.category] : undefined, overdueAt: s.overdue ? now : undefined, areaId: chosen?.id ?? null },
    scopeOf(actor, areas),
    areas,
  );
  return { filter, areas, chosen };
}

/** `/inbox`: one page of complaints the actor may see, newest first, with filter buttons. */
export async function listInbox(
  deps: InboxDeps,
  input: { actor: Actor; state: InboxState; locale: Locale; now: Date; asEdit: boolean },
): Promise<MessageReply> {
  const { actor, state: s, locale, now } = input;
  const { filter, chosen } = await inboxFilter(deps, actor, s, now);
  const { items, total } = await deps.review.page(filter, { offset: s.page * PAGE, limit: PAGE });
  const categories = await categoryNames(deps, locale);
  const texts: Text[] = [msg('admin-inbox-title', { total })];
  texts.push(filterLine(s, chosen, categories, locale, actor.areaIds !== null));
  if (total === 0) texts.push(msg('admin-inbox-empty'));
  const keyboard: Keyboard = items.map((c) => [
    button(
      msg(isOverdue(c, now) ? 'admin-inbox-item-overdue' : 'admin-inbox-item', { reference: c.reference, category: categories.get(c.categoryCode) ?? c.categoryCode, status: c.status }),
      `${OPEN_PREFIX}:${c.id}:${encodeState(s)}`,
    ),
  ]);
  const nav: Button[] = [];
  if (s.page > 0) nav.push(button(msg('admin-button-prev'), `${INBOX_PREFIX}:v:${encodeState({ ...s, page: s.page - 1 })}`));
  if ((s.page + 1) * PAGE < total) nav.push(button(msg('admin-button-next'), `${INBOX_PREFIX}:v:${encodeState({ ...s, page: s.page + 1 })}`));
  if (nav.length) keyboard.push(nav);
  keyboard.push(filterButtons(s));
  return input.asEdit ? edit(lines(...texts), keyboard) : message(lines(...texts), keyboard);
}

/** "Filters — status: all, category: Water, ..." (the words come from the locale, `none` = no filter). */
export function filterLine(s: InboxState, area: AreaEntry | null, categories: Map<string, string>, locale: Locale, limited = false): Text {
  return msg('admin-inbox-filters', {
    status: s.status ?? 'none',
    category: s.category ? (categories.get(s.category) ?? s.category) : 'none',
    // An area-limited admin never sees "all areas": with no area chosen they see their own.
    area: area ? areaName(area, locale) : limited ? 'mine' : 'none',
    overdue: s.overdue ? 'yes' : 'no',
  });
}

/** Category names in one locale, by code. */
export const categoryNames = async (deps: Pick<InboxDeps, 'categories'>, locale: Locale): Promise<Map<string, string>> =>
  new Map((await deps.categories.listActive()).map((c) => [c.code, categoryName(c, locale)]));

/** Filter row: status, category, overdue toggle, reset. */
export function filterButtons(s: InboxState, prefix = INBOX_PREFIX): Button[] {
  return [
    button(msg('admin-filter-status'), `${prefix}:fs:${encodeState({ ...s, page: 0 })}`),
    button(msg('admin-filter-category'), `${prefix}:fc:${encodeState({ ...s, page: 0 })}`),
    button(msg('admin-filter-area'), `${prefix}:fa:${encodeState({ ...s, page: 0 })}`),
    button(msg(s.overdue ? 'admin-filter-overdue-on' : 'admin-filter-overdue-off'), `${prefix}:v:${encodeState({ ...s, overdue: !s.overdue, page: 0 })}`),
    button(msg('admin-filter-reset'), `${prefix}:v:${encodeState({ status: null, category: null, area: null, overdue: false, page: 0 })}`),
  ];
}

/** Choices for one filter; each button leads back to the view (`v`) with that value set. */
export async function filterChoices(
  deps: Pick<InboxDeps, 'categories'>,
  s: InboxState,
  kind: 'fs' | 'fc',
  locale: Locale,
  prefix = INBOX_PREFIX,
): Promise<MessageReply> {
  const view = (next: InboxState) => `${prefix}:v:${encodeState({ ...next, page: 0 })}`;
  const rows: Keyboard = [[button(msg('admin-filter-any'), view(kind === 'fs' ? { ...s, status: null } : { ...s, category: null }))]];
  if (kind === 'fs') {
    for (const st of COMPLAINT_STATUSES) rows.push([button(msg('admin-status-name', { status: st }), view({ ...s, status: st }))]);
  } else {
    for (const c of await deps.categories.listActive()) rows.push([button(msg('admin-category-name', { name: categoryName(c, locale) }), view({ ...s, category: c.code }))]);
  }
  return edit(msg(kind === 'fs' ? 'admin-filter-pick-status' : 'admin-filter-pick-category'), rows);
}

/**
 * Area choices, one level at a time: below the chosen area, or (nothing chosen) the top of what the
 * actor may see: the whole tree's roots, or an area-limited admin's own areas. Each narrows the filter;
 * pressing "Area" again goes one level deeper.
 */
export async function areaChoices(deps: Pick<InboxDeps, 'areas'>, actor: Actor, s: InboxState, locale: Locale, prefix = INBOX_PREFIX): Promise<MessageReply> {
  const areas = await deps.areas.listAll();
  const current = findAreaByKey(areas, s.area);
  const view = (area: string | null) => `${prefix}:v:${encodeState({ ...s, area, page: 0 })}`;
  const tops = current
    ? areas.filter((a) => a.parentId === current.id)
    : areas.filter((a) => (actor.areaIds === null ? a.parentId === null : actor.areaIds.includes(a.id)));
  const rows: Keyboard = [[button(msg('admin-filter-any-area'), view(null))]];
  if (current) rows.push([button(raw(areaName(current, locale)), view(areaKey(current.id)))]);
  const named = tops.map((a) => ({ a, name: areaName(a, locale) })).sort((x, y) => x.name.localeCompare(y.name, locale));
  for (const { a, name } of named.slice(0, 40)) rows.push([button(raw(name), view(areaKey(a.id)))]);
  return edit(msg(named.length ? 'admin-filter-pick-area' : 'admin-filter-pick-area-none'), rows);
}
