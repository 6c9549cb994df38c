import { describe, expect, it } from 'vitest';
import type { Text } from '../../../src/core/replies.ts';
import { summarizeResults } from '../../../src/core/elections/summarize-results.ts';
import { candidate, election } from '../../fixtures/elections.ts';

/** Flattens a Text to "key{vars}" lines, so tests read what the summary says without a renderer. */
function keys(text: Text): string[] {
  if ('lines' in text) return text.lines.flatMap(keys);
  if ('raw' in text) return [text.raw];
  return [text.key];
}
const varsOf = (text: Text, key: string) =>
  ('lines' in text ? text.lines.find((t) => 'key' in t && t.key === key) : undefined) as { vars: Record<string, unknown> } | undefined;

const opts = { locale: 'en' as const, areaName: 'Oiyl District' };

describe('summarizeResults', () => {
  const oiyl = election([candidate('Askar Kazybaev', 3742), candidate('Aibek Sultanov', 2154), candidate('Arslanbek Aldiyar', 943)], {
    againstAll: 141,
  });

  it('when official results are complete, then it labels them official and names the winner with the margin', () => {
    const t = summarizeResults(oiyl, opts);
    expect(keys(t)).toEqual([
      'results-title',
      'results-official',
      'results-candidate',
      'results-candidate',
      'results-candidate',
      'results-against-all',
      'results-winner',
      'results-margin',
      'results-valid-votes',
    ]);
    expect(varsOf(t, 'results-winner')?.vars).toEqual({ name: 'Askar Kazybaev' });
    expect(varsOf(t, 'results-against-all')?.vars).toEqual({ votes: 141, percent: 2 });
  });

  it('when the list is rendered, then the order is the ballot (alphabetical) order, not by votes', () => {
    const t = summarizeResults(oiyl, opts) as { lines: { key: string; vars: { name?: string } }[] };
    expect(t.lines.filter((l) => l.key === 'results-candidate').map((l) => l.vars.name)).toEqual([
      'Arslanbek Aldiyar',
      'Askar Kazybaev',
      'Aibek Sultanov',
    ]);
  });

  it('when results are preliminary, then it says so and speaks of a leader, not a winner', () => {
    const k = keys(summarizeResults(election(oiyl.candidacies, { status: 'preliminary' }), opts));
    expect(k).toContain('results-preliminary');
    expect(k).toContain('results-leader');
    expect(k).not.toContain('results-winner');
  });

  it('when the election was annulled, then it says so, names no winner and points to the rerun date', () => {
    const rerun = election([], null, { id: 'r', pollDate: new Date('2023-10-12T00:00:00Z') });
    const t = summarizeResults(election(oiyl.candidacies, { status: 'preliminary' }, { status: 'annulled' }), { ...opts, rerun });
    expect(keys(t)).toContain('results-annulled');
    expect(varsOf(t, 'results-annulled-rerun')?.vars).toEqual({ date: rerun.pollDate });
    expect(keys(t).filter((k) => k.startsWith('results-winner') || k === 'results-leader')).toEqual([]);
  });

  it('when an annulled election has no rerun yet, then it says none is recorded', () => {
    expect(keys(summarizeResults(election(oiyl.candidacies, {}, { status: 'annulled' }), opts))).toContain('results-annulled-no-rerun');
  });

  it('when there is a tie, then it says so with both names', () => {
    const t = summarizeResults(election([candidate('A', 10), candidate('B', 10)]), opts);
    expect(varsOf(t, 'results-tie')?.vars).toEqual({ names: 'A, B' });
  });

  it('when counts are missing, then each missing count is marked and the result is called incomplete', () => {
    const k = keys(summarizeResults(election([candidate('A', 10), candidate('B', null)]), opts));
    expect(k).toEqual(['results-title', 'results-official', 'results-candidate-votes', 'results-candidate-no-count', 'results-incomplete']);
  });

  it('when only the winner was reported, then it names the declared winner and says counts were not reported', () => {
    const e = election([candidate('Nurkenzhe Gabidullin', null), candidate('Dinara Shangereeva', null)], {
      declaredWinnerId: 'nurkenzhe-gabidullin',
    });
    expect(keys(summarizeResults(e, opts))).toEqual([
      'results-title',
      'results-official',
      'results-candidate-no-count',
      'results-candidate-no-count',
      'results-winner-declared',
      'results-counts-not-reported',
    ]);
  });

  it('when the electorate and ballots cast are known, then turnout is shown', () => {
    const t = summarizeResults(
      election([candidate('A', 600), candidate('B', 300)], { electorate: 1500, ballotsCast: 950, spoilt: 50 }),
      opts,
    );
    expect(varsOf(t, 'results-turnout')?.vars).toEqual({ percent: 63.3, cast: 950, electorate: 1500 });
    expect(keys(t)).toContain('results-spoilt');
  });

  it('when nothing is counted yet, then it says results are not published', () => {
    expect(keys(summarizeResults(election([candidate('A', null)], null, { status: 'scheduled' }), opts))).toEqual([
      'results-title',
      'results-none-yet',
    ]);
  });

  it('when the election was cancelled, then it says so and nothing else', () => {
    expect(keys(summarizeResults(election([], null, { status: 'cancelled' }), opts))).toEqual(['results-title', 'results-cancelled']);
  });
});

describe('summarizeResults for a vote whose results were annulled with a rerun called', () => {
  const counted = [candidate('Dastan Aubakirov', 698), candidate('Zair Kesikbaev', 364)];

  it('when the status is rerun_scheduled, then it says the results were annulled and names no winner', () => {
    const rerun = election([], null, { id: 'r', pollDate: new Date('2023-10-12T00:00:00Z'), status: 'scheduled' });
    const t = keys(summarizeResults(election(counted, { status: 'official' }, { status: 'rerun_scheduled' }), { ...opts, rerun }));
    expect(t).toContain('results-annulled');
    expect(t).toContain('results-annulled-rerun');
    expect(t).not.toContain('results-winner');
    expect(t).not.toContain('results-official');
  });
});
