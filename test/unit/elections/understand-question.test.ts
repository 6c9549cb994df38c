import { describe, expect, it } from 'vitest';
import { areasOfFile, evaluate } from '../../../src/cli/eval-questions.ts';
import { FRESH, HELD_OUT, HELD_OUT_3, QUESTIONS } from '../../fixtures/questions.ts';
import { EXAMPLE_PATH } from '../../fixtures/elections.ts';

describe('understandQuestion on the question table', () => {
  const rows = evaluate(areasOfFile(EXAMPLE_PATH), QUESTIONS);

  it('when the table is checked, then it has at least 150 questions in each of the three languages', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['kk', 'ru', 'en']) expect(QUESTIONS.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(40);
  });

  it('when every question is read, then at least 90% get the right intent', () => {
    const share = rows.filter((r) => r.intentOk).length / rows.length;
    expect(share, rows.filter((r) => !r.intentOk).map((r) => `${r.case.text} -> ${r.intent}`).join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('when every question is read, then at least 90% get the right place (or rightly none)', () => {
    const share = rows.filter((r) => r.placeOk).length / rows.length;
    expect(share, rows.filter((r) => !r.placeOk).map((r) => `${r.case.text} -> ${r.place}`).join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('when questions the lexicon was never tuned on are read, then at least 80% intent and 90% place hold', () => {
    const held = evaluate(areasOfFile(EXAMPLE_PATH), HELD_OUT);
    expect(held.filter((r) => r.intentOk).length / held.length).toBeGreaterThanOrEqual(0.8);
    expect(held.filter((r) => r.placeOk).length / held.length).toBeGreaterThanOrEqual(0.9);
  });

  it('when the third held-out set (residents\' colloquial phrasing) is read, then at least 80% intent and 90% place hold', () => {
    const held = evaluate(areasOfFile(EXAMPLE_PATH), HELD_OUT_3);
    expect(HELD_OUT_3.length).toBeGreaterThanOrEqual(40);
    expect(held.filter((r) => r.intentOk).length / held.length).toBeGreaterThanOrEqual(0.8);
    expect(held.filter((r) => r.placeOk).length / held.length).toBeGreaterThanOrEqual(0.9);
  });

  it('when the fresh, never-tuned set is read, then it stays at its measured level (71% intent, 100% place) or better', () => {
    const fresh = evaluate(areasOfFile(EXAMPLE_PATH), FRESH);
    expect(fresh.filter((r) => r.intentOk).length / fresh.length).toBeGreaterThanOrEqual(0.7);
    expect(fresh.filter((r) => r.placeOk).length / fresh.length).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['Ойылда кім түседі?', 'candidates', 'aqtobe/oiyl'],
    ['когда выборы в Ойыле', 'when', 'aqtobe/oiyl'],
    ['who won in Aktogay', 'results', 'abai/aqtoghai'],
    ['rezultaty Oyil', 'results', 'aqtobe/oiyl'],
  ])('when asked "%s", then the intent is %s about %s', (text, intent, place) => {
    const row = rows.find((r) => r.case.text === text)!;
    expect([row.intent, row.place]).toEqual([intent, place]);
  });
});
