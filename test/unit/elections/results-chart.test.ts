import { createHash } from 'node:crypto';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { ChartRenderer } from '../../../src/adapters/charts/render-chart.ts';
import { chartHeight, CHART_WIDTH } from '../../../src/adapters/charts/results-chart-svg.ts';
import { resultsChart } from '../../../src/core/elections/results-chart.ts';
import { createI18n } from '../../../src/i18n/index.ts';
import { candidate, election } from '../../fixtures/elections.ts';

const i18n = createI18n({ strict: true, defaultTimeZone: 'Asia/Almaty' });
const opts = { locale: 'en' as const, areaName: 'Oiyl' };

describe('results chart', () => {
  it('when the ballot puts the smaller count first, then the bars keep ballot order, with against all last', () => {
    const e = election([candidate('Zhanna Bek', 120, { ballotOrder: 1 }), candidate('Arman Ali', 300, { ballotOrder: 2 })], {
      againstAll: 30,
      electorate: 900,
      ballotsCast: 460,
      status: 'preliminary',
    });
    const chart = resultsChart(e, opts)!;
    expect(chart.bars.map((b) => ('raw' in b.label ? b.label.raw : 'against'))).toEqual(['Zhanna Bek', 'Arman Ali', 'against']);
    expect(chart.bars.at(-1)).toMatchObject({ againstAll: true, votes: 30 });
    expect(chart.preliminary).toBe(true);
    expect(chart.turnout).not.toBeNull();
  });

  it('when the ballot order is unknown, then the bars are alphabetical, never by votes', () => {
    const e = election([candidate('Zhanna Bek', 500), candidate('Arman Ali', 10)]);
    expect(resultsChart(e, opts)!.bars.map((b) => ('raw' in b.label ? b.label.raw : ''))).toEqual(['Arman Ali', 'Zhanna Bek']);
  });

  it('when there is nothing to draw (no results, annulled, cancelled), then there is no chart', () => {
    expect(resultsChart(election([candidate('A', null)], null), opts)).toBeNull();
    expect(resultsChart(election([candidate('A', 5)], {}, { status: 'cancelled' }), opts)).toBeNull();
  });

  it('when the same chart is rendered twice, then the PNG bytes are the same and decode to the expected size', () => {
    const e = election([candidate('Әсел Жұмабаева', 310, { ballotOrder: 1 }), candidate('Борис Ким', 190, { ballotOrder: 2 })], {
      againstAll: 5,
      electorate: 900,
      ballotsCast: 510,
    });
    const renderer = new ChartRenderer(i18n);
    const chart = resultsChart(e, { locale: 'kk', areaName: 'Ойыл' })!;
    const a = renderer.render(chart, 'kk', 'Asia/Almaty');
    const b = renderer.render(chart, 'kk', 'Asia/Almaty');
    expect(a.key).toBe(b.key);
    expect(createHash('sha256').update(a.png).digest('hex')).toBe(a.key);
    const png = decode(a.png);
    expect([png.width, png.height]).toEqual([CHART_WIDTH, chartHeight(3)]);
    // Another language draws other words: another picture.
    expect(renderer.render(resultsChart(e, { locale: 'ru', areaName: 'Уил' })!, 'ru', 'Asia/Almaty').key).not.toBe(a.key);
  });
});
