import { type Candidacy, type Election, ballotSorted } from './model.ts';

export interface CandidateResult {
  candidacy: Candidacy;
  votes: number | null;
  /** Share of valid votes, one decimal; null when any count is missing. */
  percent: number | null;
}

export interface ComputedResults {
  /** Ballot order (or alphabetical), never by votes. */
  candidates: CandidateResult[];
  againstAll: { votes: number; percent: number | null } | null;
  /** Candidates' votes plus "against all": the base of the percentages. */
  validVotes: number | null;
  /** False when some candidate's count is missing: then no percentages, winner by declaration only. */
  complete: boolean;
  outcome: { kind: 'winner'; candidacy: Candidacy; declared: boolean } | { kind: 'tie'; candidacies: Candidacy[] } | { kind: 'none' };
  /** Winner's lead over the runner-up, in votes and percentage points. */
  margin: { votes: number; points: number | null } | null;
  /** Ballots cast / electorate, one decimal; null unless both are known. */
  turnout: number | null;
}

/**
 * Rounds shares to one decimal so that they add up to exactly 100.0 (largest remainder): plain
 * rounding of 33.33 + 33.33 + 33.34 would not. Equal counts always get equal shares, though: a tie
 * must never look broken by rounding (45.5% vs 45.4% for the same votes). So equal counts take the
 * leftover tenths together; when what is left cannot go to a whole group of equal counts, that
 * group and the smaller remainders are rounded to the nearest tenth instead, and the total may then
 * miss 100.0 by a few tenths (three equal thirds show 33.3% each).
 */
export function roundShares(counts: readonly number[], total: number): number[] {
  if (total <= 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 1000) / total);
  const tenths = exact.map(Math.floor);
  let left = 1000 - tenths.reduce((s, x) => s + x, 0);
  const groups = [...new Set(counts)]
    .map((count) => ({ members: counts.flatMap((c, i) => (c === count ? [i] : [])), frac: exact[counts.indexOf(count)] % 1 }))
    .filter((g) => g.frac > 0)
    .sort((a, b) => b.frac - a.frac || a.members[0] - b.members[0]);
  let nearest = false;
  for (const g of groups) {
    if (left <= 0 && !nearest) break;
    nearest ||= g.members.length > left;
    if (!nearest || g.frac >= 0.5) g.members.forEach((i) => tenths[i]++);
    if (!nearest) left -= g.members.length;
  }
  return tenths.map((x) => x / 10);
}

/** Who is in the count: registered candidates, plus anyone withdrawn late who still got votes. */
const counted = (c: Candidacy): boolean => c.status === 'registered' || (c.votes ?? 0) > 0;

function findOutcome(e: Election, list: CandidateResult[], complete: boolean): ComputedResults['outcome'] {
  const declared = e.results?.declaredWinnerId;
  if (declared) {
    const c = e.candidacies.find((x) => x.person.id === declared);
    if (c) return { kind: 'winner', candidacy: c, declared: true };
  }
  if (!complete || list.length === 0) return { kind: 'none' };
  const top = Math.max(...list.map((r) => r.votes ?? 0));
  const leaders = list.filter((r) => r.votes === top);
  if (top === 0) return { kind: 'none' };
  if (leaders.length > 1) return { kind: 'tie', candidacies: leaders.map((r) => r.candidacy) };
  return { kind: 'winner', candidacy: leaders[0].candidacy, declared: false };
}

/**
 * The numbers behind a results summary, all derived from the counts (never typed in): shares of
 * valid votes, winner or tie, margin and turnout. Pure.
 */
export function computeResults(e: Election): ComputedResults {
  const list = ballotSorted(e.candidacies).filter(counted);
  const complete = list.length > 0 && list.every((c) => c.votes !== null);
  const against = e.results?.againstAll ?? null;
  const counts = list.map((c) => c.votes ?? 0);
  const validVotes = complete ? counts.reduce((s, v) => s + v, 0) + (against ?? 0) : null;
  const shares = complete && validVotes ? roundShares([...counts, against ?? 0], validVotes) : null;
  const candidates = list.map((c, i) => ({ candidacy: c, votes: c.votes, percent: shares ? shares[i] : null }));
  const outcome = findOutcome(e, candidates, complete);
  let margin: ComputedResults['margin'] = null;
  if (outcome.kind === 'winner' && !outcome.declared && candidates.length > 1) {
    const sorted = [...candidates].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
    const votes = (sorted[0].votes ?? 0) - (sorted[1].votes ?? 0);
    const points = validVotes ? Math.round((votes * 1000) / validVotes) / 10 : null;
    margin = { votes, points };
  }
  const { electorate, ballotsCast } = e.results ?? { electorate: null, ballotsCast: null };
  const turnout = electorate && ballotsCast !== null ? Math.round((ballotsCast * 1000) / electorate) / 10 : null;
  return {
    candidates,
    againstAll: against === null ? null : { votes: against, percent: shares ? shares[shares.length - 1] : null },
    validVotes,
    complete,
    outcome,
    margin,
    turnout,
  };
}
