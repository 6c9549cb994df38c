import { type AreaEntry, areaLabel } from '../areas/area.ts';
import type { Locale } from '../locale.ts';
import { type Button, type Keyboard, button, msg, raw } from '../replies.ts';
import { clampPage, paginate } from './paging.ts';

/**
 * Callback data of the elections feature, `el:<op>:<args>` (ASCII ids of <= 48 characters, so
 * always under Telegram's 64 bytes):
 * - `el:t:<view>:<areaId?>:<page?>` browse the area tree (no id = provinces), paged
 * - `el:a:<view>:<areaId>`  answer <view> for an area (remembered in private chats)
 * - `el:e:<electionId>`     an election's card
 * - `el:c:<electionId>:<page>` candidates, paged
 * - `el:r:<electionId>`     results
 * - `el:l:<areaId>:<page>`  the area's elections, paged
 * - `el:k:<electionId>`     "add to calendar": the polling day as an .ics file
 */
export const PREFIX = 'el';

export type ElectionView = 'elections' | 'candidates' | 'results';
export const VIEW_CODE: Record<ElectionView, string> = { elections: 'e', candidates: 'c', results: 'r' };
export const VIEW_BY_CODE: Record<string, ElectionView> = { e: 'elections', c: 'candidates', r: 'results' };

export const data = (...parts: (string | number)[]): string => [PREFIX, ...parts].join(':');

/** One button per area, labelled with its path so namesakes are told apart. */
export function areaButtons(all: readonly AreaEntry[], choices: readonly AreaEntry[], op: 't' | 'a', view: ElectionView, locale: Locale): Keyboard {
  return choices.slice(0, 20).map((a) => [button(raw(areaLabel(all, a, locale)), data(op, VIEW_CODE[view], a.id))]);
}

/** Places per browsing page: a district may hold dozens of settlements, all of them reachable. */
export const AREA_PAGE_SIZE = 15;

/** One page of browse buttons for the places under `parentId` ('' = the provinces), with previous / next. */
export function browseButtons(all: readonly AreaEntry[], choices: readonly AreaEntry[], view: ElectionView, locale: Locale, parentId: string, pageArg?: string): Keyboard {
  const pages = paginate(choices, () => 1, AREA_PAGE_SIZE, AREA_PAGE_SIZE);
  const page = clampPage(pageArg, pages.length);
  const nav = pageButtons(page, pages.length, (p) => data('t', VIEW_CODE[view], parentId, p));
  return [...areaButtons(all, pages[page], 't', view, locale), ...(nav.length > 0 ? [nav] : [])];
}

/** "Change place": browse from the provinces. */
export const changePlaceButton = (view: ElectionView): Button => button(msg('elections-button-change-place'), data('t', VIEW_CODE[view], ''));

/** Previous / next page buttons around `page` (0-based), built from a data maker. */
export function pageButtons(page: number, pages: number, at: (p: number) => string): Button[] {
  const row: Button[] = [];
  if (page > 0) row.push(button(msg('elections-button-prev'), at(page - 1)));
  if (page < pages - 1) row.push(button(msg('elections-button-next'), at(page + 1)));
  return row;
}

/** "Add to calendar" for an election still to come. */
export const calendarButton = (electionId: string): Button => button(msg('calendar-button'), data('k', electionId));

/** Candidates / results buttons of one election. */
export const electionButtons = (electionId: string): Button[] => [
  button(msg('elections-button-candidates'), data('c', electionId, 0)),
  button(msg('elections-button-results'), data('r', electionId)),
];
