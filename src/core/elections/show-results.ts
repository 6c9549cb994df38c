import { areaName } from '../areas/area.ts';
import { DomainError } from '../errors.ts';
import type { Locale } from '../locale.ts';
import { type MessageReply, message, msg } from '../replies.ts';
import { changePlaceButton, electionsData } from './buttons.ts';
import type { ElectionsDeps } from './ports.ts';
import { isAnnulled } from './model.ts';
import { resultsChart } from './results-chart.ts';
import { summarizeResults } from './summarize-results.ts';

/** The results summary of one election (annulled ones point to their rerun, with a button to it). */
export async function showResults(deps: ElectionsDeps, electionId: string, locale: Locale, asEdit: boolean): Promise<MessageReply> {
  const election = await deps.elections.get(electionId);
  if (!election) throw new DomainError('BUTTON.STALE');
  const area = await deps.areas.get(election.areaId);
  const rerun = isAnnulled(election) ? await deps.elections.findRerunOf(election.id) : null;
  const text = summarizeResults(election, { locale, areaName: area ? areaName(area, locale) : election.areaId, rerun });
  const row = [electionsData.button(msg('elections-button-candidates'), { op: 'c', electionId: election.id, page: 0 })];
  if (rerun) row.push(electionsData.button(msg('elections-button-rerun-results'), { op: 'r', electionId: rerun.id }));
  // A picture cannot replace the text of a pressed button's message: the chart comes with new answers only.
  const chart = asEdit ? null : resultsChart(election, { locale, areaName: area ? areaName(area, locale) : election.areaId });
  return message(text, [row, [changePlaceButton('results')]], { edit: asEdit, ...(chart ? { chart } : {}) });
}
