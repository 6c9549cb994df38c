import type { AreaEntry } from '../areas/area.ts';
import { areaName } from '../areas/area.ts';
import { categoryName } from '../complaints/categories.ts';
import type { CategoryRepository } from '../complaints/ports.ts';
import { isOverdue } from '../complaints/status.ts';
import { COMPLAINT_STATUSES } from '../complaints/types.ts';
import type { Locale } from '../locale.ts';
import { edit, lines, message, msg, raw, type Button, type Keyboard, type MessageReply, type Text } from '../replies.ts';
import { inCategoryScope, scopeFilter, scopeOf } from './area-scope.ts';
import { inboxData, openData, type FilterButtons } from './buttons.ts';
import { areaKey, EMPTY_STATE, findAreaByKey, type InboxState } from './inbox-state.ts';
import type { AreaTree, ComplaintReviewQuery } from './ports.ts';
import type { Actor } from './types.ts';

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
    {
      statuses: s.status ? [s.status] : undefined,
      categoryCodes: s.category ? [s.category] : undefined,
      overdueAt: s.overdue ? now : undefined,
      areaId: chosen?.id ?? null,
    },
    scopeOf(actor, areas),
    areas,
    actor,
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
    openData.button(
      msg(isOverdue(c, now) ? 'admin-inbox-item-overdue' : 'admin-inbox-item', {
        reference: c.reference,
        category: categories.get(c.categoryCode) ?? c.categoryCode,
        status: c.status,
      }),
      { id: c.id, state: s },
    ),
  ]);
  const nav: Button[] = [];
  if (s.page > 0) nav.push(inboxData.button(msg('admin-button-prev'), { op: 'v', state: { ...s, page: s.page - 1 } }));
  if ((s.page + 1) * PAGE < total) nav.push(inboxData.button(msg('admin-button-next'), { op: 'v', state: { ...s, page: s.page + 1 } }));
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
export function filterButtons(s: InboxState, family: FilterButtons = inboxData): Button[] {
  const first = { ...s, page: 0 };
  return [
    family.button(msg('admin-filter-status'), { op: 'fs', state: first }),
    family.button(msg('admin-filter-category'), { op: 'fc', state: first }),
    family.button(msg('admin-filter-area'), { op: 'fa', state: first }),
    family.button(msg(s.overdue ? 'admin-filter-overdue-on' : 'admin-filter-overdue-off'), {
      op: 'v',
      state: { ...first, overdue: !s.overdue },
    }),
    family.button(msg('admin-filter-reset'), { op: 'v', state: EMPTY_STATE }),
  ];
}

/** Choices for one filter; each button leads back to the view (`v`) with that value set. */
export async function filterChoices(
  deps: Pick<InboxDeps, 'categories'>,
  s: InboxState,
  kind: 'fs' | 'fc',
  locale: Locale,
  family: FilterButtons = inboxData,
  actor: Pick<Actor, 'categoryCodes'> = {},
): Promise<MessageReply> {
  const view = (text: Text, next: InboxState) => family.button(text, { op: 'v', state: { ...next, page: 0 } });
  const rows: Keyboard = [[view(msg('admin-filter-any'), kind === 'fs' ? { ...s, status: null } : { ...s, category: null })]];
  if (kind === 'fs') {
    for (const st of COMPLAINT_STATUSES) rows.push([view(msg('admin-status-name', { status: st }), { ...s, status: st })]);
  } else {
    // A category-limited admin is offered only their own categories.
    for (const c of (await deps.categories.listActive()).filter((cat) => inCategoryScope(actor, { categoryCode: cat.code })))
      rows.push([view(msg('admin-category-name', { name: categoryName(c, locale) }), { ...s, category: c.code })]);
  }
  return edit(msg(kind === 'fs' ? 'admin-filter-pick-status' : 'admin-filter-pick-category'), rows);
}

/**
 * Area choices, one level at a time: below the chosen area, or (nothing chosen) the top of what the
 * actor may see: the whole tree's roots, or an area-limited admin's own areas. Each narrows the filter;
 * pressing "Area" again goes one level deeper.
 */
export async function areaChoices(
  deps: Pick<InboxDeps, 'areas'>,
  actor: Actor,
  s: InboxState,
  locale: Locale,
  family: FilterButtons = inboxData,
): Promise<MessageReply> {
  const areas = await deps.areas.listAll();
  const current = findAreaByKey(areas, s.area);
  const view = (text: Text, area: string | null) => family.button(text, { op: 'v', state: { ...s, area, page: 0 } });
  const tops = current
    ? areas.filter((a) => a.parentId === current.id)
    : areas.filter((a) => (actor.areaIds === null ? a.parentId === null : actor.areaIds.includes(a.id)));
  const rows: Keyboard = [[view(msg('admin-filter-any-area'), null)]];
  if (current) rows.push([view(raw(areaName(current, locale)), areaKey(current.id))]);
  const named = tops.map((a) => ({ a, name: areaName(a, locale) })).sort((x, y) => x.name.localeCompare(y.name, locale));
  for (const { a, name } of named.slice(0, 40)) rows.push([view(raw(name), areaKey(a.id))]);
  return edit(msg(named.length ? 'admin-filter-pick-area' : 'admin-filter-pick-area-none'), rows);
}
