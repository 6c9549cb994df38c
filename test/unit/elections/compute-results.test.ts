import { describe, expect, it } from 'vitest';
import { computeResults, roundShares } from '../../../src/core/elections/compute-results.ts';
import { candidate, election } from '../../fixtures/elections.ts';

const sum = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 10) / 10;

describe('roundShares', () => {
  it('when three equal thirds are rounded, then each shows the same share (rounding never breaks a tie)', () => {
    expect(roundShares([1, 1, 1], 3)).toEqual([33.3, 33.3, 33.3]);
    expect(roundShares([5, 5, 5, 5, 5, 5], 30)).toEqual([16.7, 16.7, 16.7, 16.7, 16.7, 16.7]);
  });

  it('when equal counts can share the remainder, then they still add up to exactly 100', () => {
    expect(roundShares([1, 1, 4], 6)).toEqual([16.7, 16.7, 66.6]);
  });

  it('when counts are arbitrary, then the shares always add up to exactly 100', () => {
    for (const counts of [
      [3742, 2154, 943, 141],
      [1, 2, 3, 4, 5, 6, 7],
      [999, 1],
      [6, 5, 4, 3, 2, 1],
      [1, 0, 0],
    ]) {
      const total = counts.reduce((s, x) => s + x, 0);
      expect(sum(roundShares(counts, total))).toBe(100);
    }
  });

  it('when nothing was counted, then every share is 0', () => {
    expect(roundShares([0, 0], 0)).toEqual([0, 0]);
  });
});

describe('computeResults', () => {
  const oiyl = election([candidate('Askar Kazybaev', 3742), candidate('Aibek Sultanov', 2154), candidate('Arslanbek Aldiyar', 943)], {
    againstAll: 141,
  });

  it('when Oiyl 2023 is computed, then shares are of valid votes including against all', () => {
    const r = computeResults(oiyl);
    expect(r.validVotes).toBe(6980);
    expect(r.candidates.map((c) => c.percent)).toEqual([13.5, 53.6, 30.9]); // Aldiyar, Kazybaev, Sultanov
  });

  it('when there is no ballot order, then candidates are alphabetical by surname, never by votes', () => {
    expect(computeResults(oiyl).candidates.map((c) => c.candidacy.person.names.en)).toEqual([
      'Arslanbek Aldiyar',
      'Askar Kazybaev',
      'Aibek Sultanov',
    ]);
  });

  it('when a ballot order exists, then it decides the order', () => {
    const e = election([
      candidate('Zed', 1, { ballotOrder: 2 }),
      candidate('Amy', 9, { ballotOrder: 3 }),
      candidate('Bob', 5, { ballotOrder: 1 }),
    ]);
    expect(computeResults(e).candidates.map((c) => c.candidacy.person.names.en)).toEqual(['Bob', 'Zed', 'Amy']);
  });

  it('when one candidate leads, then the winner and margin in votes and points are computed', () => {
    const r = computeResults(oiyl);
    expect(r.outcome).toMatchObject({ kind: 'winner', declared: false });
    expect(r.outcome.kind === 'winner' && r.outcome.candidacy.person.names.en).toBe('Askar Kazybaev');
    expect(r.margin).toEqual({ votes: 1588, points: 22.8 });
    expect(r.againstAll).toEqual({ votes: 141, percent: 2.0 });
  });

  it('when two candidates share the top count, then it is a tie and nobody wins', () => {
    const r = computeResults(election([candidate('A', 50), candidate('B', 50), candidate('C', 10)]));
    expect(r.outcome.kind).toBe('tie');
    expect(r.outcome.kind === 'tie' && r.outcome.candidacies.map((c) => c.person.names.en)).toEqual(['A', 'B']);
    expect(r.margin).toBeNull();
  });

  it('when two candidates tie, then they show the same share although the ballot lists one first', () => {
    const r = computeResults(election([candidate('A', 50), candidate('B', 50)], { againstAll: 10 }));
    expect(r.candidates.map((c) => c.percent)).toEqual([45.5, 45.5]);
    expect(r.againstAll?.percent).toBe(9.1);
  });

  it('when a count is missing, then there are no percentages and no computed winner', () => {
    const r = computeResults(election([candidate('A', 50), candidate('B', null)]));
    expect(r.complete).toBe(false);
    expect(r.candidates.map((c) => c.percent)).toEqual([null, null]);
    expect(r.outcome.kind).toBe('none');
    expect(r.validVotes).toBeNull();
  });

  it('when the winner was declared without counts, then the declared winner is reported', () => {
    const e = election([candidate('Nurkenzhe Gabidullin', null), candidate('Dinara Shangereeva', null)], {
      declaredWinnerId: 'nurkenzhe-gabidullin',
    });
    const r = computeResults(e);
    expect(r.outcome).toMatchObject({ kind: 'winner', declared: true });
    expect(r.margin).toBeNull();
  });

  it('when electorate and ballots cast are known, then turnout is their ratio; otherwise none', () => {
    expect(computeResults(election([candidate('A', 600), candidate('B', 300)], { electorate: 1500, ballotsCast: 950 })).turnout).toBe(63.3);
    expect(computeResults(oiyl).turnout).toBeNull();
  });

  it('when a candidate withdrew without votes, then they are left out of the count', () => {
    const r = computeResults(election([candidate('A', 60), candidate('B', 40), candidate('C', null, { status: 'withdrawn' })]));
    expect(r.candidates).toHaveLength(2);
    expect(r.complete).toBe(true);
  });
});
