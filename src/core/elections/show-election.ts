import { DomainError } from '../errors.ts';
import type { Locale } from '../locale.ts';
import { type MessageReply, message } from '../replies.ts';
import { calendarButton, electionButtons } from './buttons.ts';
import { electionCard } from './election-texts.ts';
import type { ElectionsDeps } from './ports.ts';

/** One election's card: place, date, status, key dates, number of candidates; buttons to both lists. */
export async function showElection(deps: ElectionsDeps, electionId: string, locale: Locale, asEdit: boolean): Promise<MessageReply> {
  const election = await deps.elections.get(electionId);
  if (!election) throw new DomainError('BUTTON.STALE');
  const area = await deps.areas.get(election.areaId);
  const replaced = election.replacesId ? await deps.elections.get(election.replacesId) : null;
  const upcoming = election.status !== 'cancelled' && election.pollDate.getTime() >= deps.clock.now().getTime() - 86_400_000;
  const rows = upcoming ? [electionButtons(election.id), [calendarButton(election.id)]] : [electionButtons(election.id)];
  return message(electionCard(election, area ?? undefined, locale, replaced), rows, { edit: asEdit });
}
