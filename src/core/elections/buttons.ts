import { type AreaEntry, areaLabel } from '../areas/area.ts';
import { buttonFamily, field } from '../buttons.ts';
import type { Locale } from '../locale.ts';
import { type Button, type Keyboard, msg, raw } from '../replies.ts';
import { clampPage, paginate } from './paging.ts';

export type ElectionView = 'elections' | 'candidates' | 'results';
const VIEW_CODE: Record<ElectionView, string> = { elections: 'e', candidates: 'c', results: 'r' };
const VIEW_BY_CODE: Record<string, ElectionView> = { e: 'elections', c: 'candidates', r: 'results' };
const view = field.custom<ElectionView>(
  (v) => VIEW_CODE[v],
  (t) => (Object.hasOwn(VIEW_BY_CODE, t) ? VIEW_BY_CODE[t]! : null),
);
const page = field.optional(field.int);

/**
 * Callback data of the elections feature, `el:<op>:<args>` (ids are ASCII of <= 48 characters, see
 * import-format.ts, so always under Telegram's 64 bytes):
 * - `el:t:<view>:<areaId?>:<page?>` browse the area tree (no id = provinces), paged
 * - `el:a:<view>:<areaId>`  answer <view> for an area (remembered in private chats)
 * - `el:e:<electionId>`     an election's card
 * - `el:c:<electionId>:<page>` candidates, paged
 * - `el:r:<electionId>`     results
 * - `el:l:<areaId>:<page>`  the area's elections, paged
 * - `el:k:<electionId>`     "add to calendar": the polling day as an .ics file
 */
export const electionsData = buttonFamily('el', {
  t: { view, areaId: field.text, page },
  a: { view, areaId: field.id },
  e: { electionId: field.id },
  c: { electionId: field.id, page },
  r: { electionId: field.id },
  l: { areaId: field.id, page },
  k: { electionId: field.id },
});
export type ElectionsButton = NonNullable<ReturnType<typeof electionsData.decode>>;

/** One button per area, labelled with its path so namesakes are told apart. */
export function areaButtons(
  all: readonly AreaEntry[],
  choices: readonly AreaEntry[],
  op: 't' | 'a',
  view: ElectionView,
  locale: Locale,
): Keyboard {
  return choices
    .slice(0, 20)
    .map((a) => [
      electionsData.button(
        raw(areaLabel(all, a, locale)),
        op === 't' ? { op, view, areaId: a.id, page: null } : { op, view, areaId: a.id },
      ),
    ]);
}

/** Places per browsing page: a district may hold dozens of settlements, all of them reachable. */
export const AREA_PAGE_SIZE = 15;

/** One page of browse buttons for the places under `parentId` ('' = the provinces), with previous / next. */
export function browseButtons(
  all: readonly AreaEntry[],
  choices: readonly AreaEntry[],
  view: ElectionView,
  locale: Locale,
  parentId: string,
  pageArg?: number | null,
): Keyboard {
  const pages = paginate(choices, () => 1, AREA_PAGE_SIZE, AREA_PAGE_SIZE);
  const current = clampPage(pageArg, pages.length);
  const nav = pageButtons(current, pages.length, (p) => electionsData.encode({ op: 't', view, areaId: parentId, page: p }));
  return [...areaButtons(all, pages[current], 't', view, locale), ...(nav.length > 0 ? [nav] : [])];
}

/** "Change place": browse from the provinces. */
export const changePlaceButton = (view: ElectionView): Button =>
  electionsData.button(msg('elections-button-change-place'), { op: 't', view, areaId: '', page: null });

/** Previous / next page buttons around `page` (0-based), built from a data maker. */
export function pageButtons(page: number, pages: number, at: (p: number) => string): Button[] {
  const row: Button[] = [];
  if (page > 0) row.push({ text: msg('elections-button-prev'), data: at(page - 1) });
  if (page < pages - 1) row.push({ text: msg('elections-button-next'), data: at(page + 1) });
  return row;
}

/** "Add to calendar" for an election still to come. */
export const calendarButton = (electionId: string): Button => electionsData.button(msg('calendar-button'), { op: 'k', electionId });

/** Candidates / results buttons of one election. */
export const electionButtons = (electionId: string): Button[] => [
  electionsData.button(msg('elections-button-candidates'), { op: 'c', electionId, page: 0 }),
  electionsData.button(msg('elections-button-results'), { op: 'r', electionId }),
];
