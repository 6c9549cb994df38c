import { type AreaEntry, areaLabel, areaName } from '../areas/area.ts';
import type { UserId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import { type Reply, message, msg } from '../replies.ts';
import { type ElectionView, areaButtons, browseButtons } from './buttons.ts';
import type { ElectionsDeps } from './ports.ts';
import { resolveArea } from './resolve-area.ts';
import { showAreaElections } from './show-area-elections.ts';

export interface ElectionRequest {
  view: ElectionView;
  /** The place typed after the command ("/results Ойыл") or named in a question; null = none. */
  placeText: string | null;
  /** Private chat: the resident's remembered settlement; group: the group's settlement. */
  knownAreaId: string | null;
  locale: Locale;
  /** Private chat: whose settlement to remember once a place is settled. Null in groups. */
  rememberFor: UserId | null;
  isGroup: boolean;
}

/**
 * Private chats remember the last place a resident asked about, so the next question needs none.
 * Only a place one lives in (the kinds a complaint or a group may name): the remembered settlement
 * also presets the complaint form, so a province asked about in passing must not replace it.
 */
export async function rememberArea(deps: ElectionsDeps, user: UserId | null, area: AreaEntry, knownAreaId: string | null): Promise<void> {
  if (user && area.kind !== 'province' && area.id !== knownAreaId) await deps.users.update(user, { settlementId: area.id });
}

/** Provinces (or other roots) as buttons to start browsing, paged. */
export async function askForPlace(
  deps: ElectionsDeps,
  view: ElectionView,
  locale: Locale,
  asEdit: boolean,
  intro = msg('elections-choose-place'),
  page?: number | null,
): Promise<Reply> {
  const all = await deps.areas.listAll();
  const roots = await deps.areas.roots();
  if (roots.length === 0) return message(msg('elections-no-data'));
  return message(intro, browseButtons(all, roots, view, locale, '', page), { edit: asEdit });
}

/**
 * /elections, /candidates, /results and plain questions: finds the place (typed, remembered, or
 * the group's), remembers it in private chats, and answers the view. Ambiguous places get buttons;
 * a group without a settlement is told that an admin must run /setup.
 */
export async function answerElectionRequest(deps: ElectionsDeps, req: ElectionRequest): Promise<Reply[]> {
  const all = await deps.areas.listAll();
  const resolved = resolveArea(all, req.placeText, req.knownAreaId);
  switch (resolved.kind) {
    case 'area':
      await rememberArea(deps, req.rememberFor, resolved.area, req.knownAreaId);
      return [await showAreaElections(deps, resolved.area, req.view, req.locale, false)];
    case 'choose':
      return [message(msg('elections-choose-among'), areaButtons(all, resolved.choices, 'a', req.view, req.locale))];
    case 'not-found':
      if (req.isGroup) return [message(msg('elections-place-not-found', { query: resolved.query.slice(0, 60) }))];
      return [
        await askForPlace(deps, req.view, req.locale, false, msg('elections-place-not-found', { query: resolved.query.slice(0, 60) })),
      ];
    case 'unknown':
      if (req.isGroup) return [message(msg('elections-group-needs-setup'))];
      return [await askForPlace(deps, req.view, req.locale, false)];
  }
}

/** `el:t`: one level down the tree (paged); a leaf (or "the whole area") answers the view. */
export async function browseAreas(
  deps: ElectionsDeps,
  view: ElectionView,
  areaId: string,
  req: Omit<ElectionRequest, 'view' | 'placeText'>,
  page?: number | null,
): Promise<Reply[]> {
  if (!areaId) return [await askForPlace(deps, view, req.locale, true, undefined, page)];
  const all = await deps.areas.listAll();
  const area = all.find((a) => a.id === areaId);
  if (!area) return [await askForPlace(deps, view, req.locale, true)];
  const children = await deps.areas.children(area.id);
  if (children.length === 0) return answerForArea(deps, view, area, req);
  const keyboard = browseButtons(all, children, view, req.locale, area.id, page);
  keyboard.unshift(
    areaButtons(all, [area], 'a', view, req.locale)[0].map((b) => ({
      ...b,
      text: msg('elections-button-whole-area', { area: areaName(area, req.locale) }),
    })),
  );
  return [message(msg('elections-choose-in', { area: areaLabel(all, area, req.locale) }), keyboard, { edit: true })];
}

/** `el:a`: the view for a chosen area (remembered in private chats). */
export async function answerForArea(
  deps: ElectionsDeps,
  view: ElectionView,
  area: AreaEntry,
  req: Omit<ElectionRequest, 'view' | 'placeText'>,
): Promise<Reply[]> {
  await rememberArea(deps, req.rememberFor, area, req.knownAreaId);
  return [await showAreaElections(deps, area, view, req.locale, true)];
}
