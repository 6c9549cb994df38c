import type { Locale } from '../locale.ts';
import { type Text, lines, msg } from '../replies.ts';
import { type ComputedResults, computeResults } from './compute-results.ts';
import { type Election, isAnnulled, personName } from './model.ts';

export interface SummaryOptions {
  /** Person names are data: they are picked in this locale (the keys are rendered in it too). */
  locale: Locale;
  /** The area's name in `locale` (see `areaName`). */
  areaName: string;
  /** For an annulled election: its rerun, if one was called (`ElectionRepository.findRerunOf`). */
  rerun?: Election | null;
}

function statusLines(e: Election, rerun: Election | null | undefined): Text[] {
  if (isAnnulled(e)) {
    return [msg('results-annulled'), rerun ? msg('results-annulled-rerun', { date: rerun.pollDate }) : msg('results-annulled-no-rerun')];
  }
  if (!e.results) return [];
  return [e.results.status === 'official' ? msg('results-official') : msg('results-preliminary')];
}

function candidateLines(r: ComputedResults, locale: Locale): Text[] {
  const out = r.candidates.map(({ candidacy, votes, percent }) => {
    const name = personName(candidacy.person, locale);
    if (votes === null) return msg('results-candidate-no-count', { name });
    if (percent === null) return msg('results-candidate-votes', { name, votes });
    return msg('results-candidate', { name, votes, percent });
  });
  if (r.againstAll) {
    out.push(
      r.againstAll.percent === null
        ? msg('results-against-all-votes', { votes: r.againstAll.votes })
        : msg('results-against-all', { votes: r.againstAll.votes, percent: r.againstAll.percent }),
    );
  }
  return out;
}

function outcomeLines(e: Election, r: ComputedResults, locale: Locale): Text[] {
  // An annulled count names no winner: it does not count.
  if (isAnnulled(e)) return [];
  const preliminary = e.results?.status !== 'official';
  const o = r.outcome;
  if (o.kind === 'tie') return [msg('results-tie', { names: o.candidacies.map((c) => personName(c.person, locale)).join(', ') })];
  if (o.kind === 'none') return r.complete ? [] : [msg('results-incomplete')];
  const name = personName(o.candidacy.person, locale);
  if (o.declared) return [msg('results-winner-declared', { name }), ...(r.complete ? [] : [msg('results-counts-not-reported')])];
  const out = [preliminary ? msg('results-leader', { name }) : msg('results-winner', { name })];
  if (r.margin) {
    out.push(
      r.margin.points === null
        ? msg('results-margin-votes', { votes: r.margin.votes })
        : msg('results-margin', { votes: r.margin.votes, points: r.margin.points }),
    );
  }
  return out;
}

function totalsLines(e: Election, r: ComputedResults): Text[] {
  const out: Text[] = [];
  const res = e.results;
  if (r.validVotes !== null && r.validVotes > 0) out.push(msg('results-valid-votes', { votes: r.validVotes }));
  if (res?.spoilt != null) out.push(msg('results-spoilt', { votes: res.spoilt }));
  if (r.turnout !== null && res)
    out.push(msg('results-turnout', { percent: r.turnout, cast: res.ballotsCast, electorate: res.electorate }));
  else if (res?.ballotsCast != null) out.push(msg('results-ballots-cast', { cast: res.ballotsCast }));
  if (res?.source) out.push(msg('results-source', { source: res.source }));
  return out;
}

/**
 * The results of one election as a Text of message keys: status label (preliminary / official /
 * annulled with a pointer to the rerun), every candidate in ballot order (alphabetical when the
 * order is unknown; never by votes) with votes and share of valid votes, "against all", the winner
 * (or the leader while preliminary, or a tie), the margin, valid votes, spoilt ballots and turnout
 * when the electorate is known. Pure; scheduled posts reuse it.
 */
export function summarizeResults(e: Election, opts: SummaryOptions): Text {
  const head = msg('results-title', { area: opts.areaName, date: e.pollDate });
  if (e.status === 'cancelled') return lines(head, msg('results-cancelled'));
  const status = statusLines(e, opts.rerun);
  const r = computeResults(e);
  const anyCount = r.candidates.some((c) => c.votes !== null) || r.againstAll !== null;
  if (!e.results && !anyCount) return lines(head, ...status, msg('results-none-yet'));
  return lines(head, ...status, ...candidateLines(r, opts.locale), ...outcomeLines(e, r, opts.locale), ...totalsLines(e, r));
}
