import { msg, raw, type Text } from '../replies.ts';
import { computeResults } from './compute-results.ts';
import { type Election, isAnnulled, personName } from './model.ts';
import type { SummaryOptions } from './summarize-results.ts';

/** One bar: a candidate (ballot or alphabetical order, never by votes) or "against all". */
export interface ChartBar {
  label: Text;
  votes: number;
  /** Share of valid votes; null when some count is missing. */
  percent: number | null;
  againstAll: boolean;
}

/** A results bar chart as data: the renderer turns its Texts into words and the whole into a picture. */
export interface ResultsChart {
  title: Text;
  /** "PRELIMINARY" or "Official". */
  status: Text;
  preliminary: boolean;
  bars: ChartBar[];
  /** Turnout line, when the electorate is known. */
  turnout: Text | null;
}

/**
 * The chart of an election's results, in the same order as the text summary (ballot order,
 * alphabetical when unknown, never sorted by votes), "against all" last, turnout below. Null when
 * there is nothing to draw: cancelled, annulled, or no counts yet. Pure.
 */
export function resultsChart(e: Election, opts: SummaryOptions): ResultsChart | null {
  if (e.status === 'cancelled' || isAnnulled(e) || !e.results) return null;
  const r = computeResults(e);
  const bars: ChartBar[] = r.candidates
    .filter((c) => c.votes !== null)
    .map((c) => ({ label: raw(personName(c.candidacy.person, opts.locale)), votes: c.votes!, percent: c.percent, againstAll: false }));
  if (!bars.length) return null;
  if (r.againstAll)
    bars.push({ label: msg('chart-against-all'), votes: r.againstAll.votes, percent: r.againstAll.percent, againstAll: true });
  const preliminary = e.results.status !== 'official';
  const res = e.results;
  return {
    title: msg('results-title', { area: opts.areaName, date: e.pollDate }),
    status: preliminary ? msg('chart-preliminary') : msg('chart-official'),
    preliminary,
    bars,
    turnout: r.turnout !== null ? msg('chart-turnout', { percent: r.turnout, cast: res.ballotsCast, electorate: res.electorate }) : null,
  };
}
