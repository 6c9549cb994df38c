import { areaName } from '../areas/area.ts';
import { DomainError } from '../errors.ts';
import type { Locale } from '../locale.ts';
import { type MessageReply, lines, message, msg } from '../replies.ts';
import { changePlaceButton, electionButtons, electionsData, pageButtons } from './buttons.ts';
import { candidateEntry, candidateSize } from './election-texts.ts';
import { ballotSorted } from './model.ts';
import { clampPage, paginate } from './paging.ts';
import type { ElectionsDeps } from './ports.ts';

/**
 * The candidates of one election, in ballot order (alphabetical when none was published), paged so
 * each message stays well under Telegram's limit. Stale election ids get the polite stale-button toast.
 */
export async function showCandidates(
  deps: ElectionsDeps,
  electionId: string,
  pageArg: number | null | undefined,
  locale: Locale,
  asEdit: boolean,
): Promise<MessageReply> {
  const election = await deps.elections.get(electionId);
  if (!election) throw new DomainError('BUTTON.STALE');
  const area = await deps.areas.get(election.areaId);
  const sorted = ballotSorted(election.candidacies);
  const pages = paginate(sorted, candidateSize);
  const page = clampPage(pageArg, pages.length);
  const start = pages.slice(0, page).reduce((n, p) => n + p.length, 0);
  const head = msg('candidates-title', { area: area ? areaName(area, locale) : election.areaId, date: election.pollDate });
  const order = sorted.some((c) => c.ballotOrder !== null) ? msg('candidates-order-ballot') : msg('candidates-order-alphabetical');
  const body =
    sorted.length === 0 ? [msg('candidates-none')] : [order, ...pages[page].map((c, i) => candidateEntry(c, start + i + 1, locale))];
  if (pages.length > 1) body.push(msg('elections-page', { page: page + 1, pages: pages.length }));
  const nav = pageButtons(page, pages.length, (p) => electionsData.encode({ op: 'c', electionId: election.id, page: p }));
  const buttons = [nav, [electionButtons(election.id)[1], changePlaceButton('candidates')]].filter((row) => row.length > 0);
  return message(lines(head, ...body), buttons, { edit: asEdit });
}
