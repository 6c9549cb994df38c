import { type AreaEntry, areaName, subtreeIds } from '../areas/area.ts';
import type { Locale } from '../locale.ts';
import { type MessageReply, lines, message, msg } from '../replies.ts';
import { type ElectionView, calendarButton, changePlaceButton, electionsData, pageButtons } from './buttons.ts';
import { currentElection, electionLine, latestWithResults } from './election-texts.ts';
import type { Election } from './model.ts';
import { clampPage, paginate } from './paging.ts';
import type { ElectionsDeps } from './ports.ts';
import { showCandidates } from './show-candidates.ts';
import { showResults } from './show-results.ts';

const PAGE_SIZE = 8;

function listPage(
  all: readonly AreaEntry[],
  area: AreaEntry,
  list: Election[],
  pageArg: number | null | undefined,
  locale: Locale,
  asEdit: boolean,
): MessageReply {
  const pages = paginate(list, () => 1, PAGE_SIZE, PAGE_SIZE);
  const page = clampPage(pageArg, pages.length);
  const byId = new Map(all.map((a) => [a.id, a]));
  const body = pages[page].map((e) => electionLine(e, byId.get(e.areaId), locale));
  if (pages.length > 1) body.push(msg('elections-page', { page: page + 1, pages: pages.length }));
  const rows = pages[page].map((e) => [
    electionsData.button(msg('elections-button-open', { date: e.pollDate, area: areaName(byId.get(e.areaId) ?? area, locale) }), {
      op: 'e',
      electionId: e.id,
    }),
  ]);
  const nav = pageButtons(page, pages.length, (p) => electionsData.encode({ op: 'l', areaId: area.id, page: p }));
  return message(
    lines(msg('elections-list-title', { area: areaName(area, locale) }), ...body),
    [...rows, ...(nav.length ? [nav] : []), [changePlaceButton('elections')]],
    { edit: asEdit },
  );
}

/** The next vote still to come, if any. */
const upcoming = (list: Election[], now: Date): Election | null =>
  [...list]
    .filter((e) => e.status !== 'cancelled' && e.pollDate.getTime() >= now.getTime() - 86_400_000)
    .sort((a, b) => +a.pollDate - +b.pollDate)[0] ?? null;

/** "Add to calendar" for the next vote, above "another place". */
function withCalendar(reply: MessageReply, next: Election | null): MessageReply {
  if (!next || !reply.buttons) return reply;
  return { ...reply, buttons: [...reply.buttons.slice(0, -1), [calendarButton(next.id)], ...reply.buttons.slice(-1)] };
}

/**
 * Answers a view for an area and everything under it (a province covers its districts and
 * settlements): the list of elections, the candidates of the current one, or the latest results.
 */
export async function showAreaElections(
  deps: ElectionsDeps,
  area: AreaEntry,
  view: ElectionView,
  locale: Locale,
  asEdit: boolean,
  pageArg?: number | null,
): Promise<MessageReply> {
  const all = await deps.areas.listAll();
  const list = await deps.elections.listByAreas([...subtreeIds(all, area.id)]);
  if (list.length === 0)
    return message(msg('elections-none-for-area', { area: areaName(area, locale) }), [[changePlaceButton(view)]], { edit: asEdit });
  const now = deps.clock.now();
  if (view === 'elections') return withCalendar(listPage(all, area, list, pageArg, locale, asEdit), upcoming(list, now));
  if (view === 'candidates') return showCandidates(deps, currentElection(list, now)!.id, 0, locale, asEdit);
  const latest = latestWithResults(list, now);
  if (latest) return showResults(deps, latest.id, locale, asEdit);
  const next = currentElection(list, now)!;
  return message(
    msg('elections-no-results-yet', { area: areaName(area, locale), date: next.pollDate }),
    [[electionsData.button(msg('elections-button-candidates'), { op: 'c', electionId: next.id, page: 0 })]],
    { edit: asEdit },
  );
}
