/**
 * `npm run bench -- charts`: renders a results chart (12 candidates, against all, turnout, Kazakh
 * names) to PNG the way results posts and /results do (Texts -> SVG -> resvg -> PNG), and prints the
 * time of one chart (the target is at most 50 ms) and its ratio to a same-run baseline: resvg
 * rasterising a blank SVG of the same size (the renderer's fixed cost, machine noise included).
 */
import { ChartRenderer, svgToPng } from '../src/adapters/charts/render-chart.ts';
import { chartHeight, CHART_WIDTH } from '../src/adapters/charts/results-chart-svg.ts';
import type { ResultsChart } from '../src/core/elections/results-chart.ts';
import { msg, raw } from '../src/core/replies.ts';
import { createI18n } from '../src/i18n/index.ts';

const RUNS = Number(process.env.BENCH_CHART_RUNS ?? 100);
const LIMIT_MS = 50;
const NAMES = ['Әсел Жұмабаева', 'Борис Ким', 'Ғалым Өтебаев', 'Ұлжан Қасымова', 'Нұрлан Әбдіров', 'Дина Сейітова', 'Ержан Құдайбергенов', 'Айгүл Төлеуова', 'Серік Иманов', 'Гүлнар Бекова', 'Тимур Оспанов', 'Жанар Үсенова'];

function sample(): ResultsChart {
  const votes = NAMES.map((_, i) => 40 + ((i * 37) % 120));
  const total = votes.reduce((s, v) => s + v, 0) + 25;
  return {
    title: msg('results-title', { area: 'Ақтоғай', date: new Date('2026-12-06T00:00:00Z') }),
    status: msg('chart-preliminary'),
    preliminary: true,
    bars: [...NAMES.map((name, i) => ({ label: raw(name), votes: votes[i]!, percent: Math.round((votes[i]! * 1000) / total) / 10, againstAll: false })),
      { label: msg('chart-against-all'), votes: 25, percent: Math.round(25000 / total) / 10, againstAll: true }],
    turnout: msg('chart-turnout', { percent: 61.2, cast: total, electorate: Math.round(total / 0.612) }),
  };
}

function time(fn: () => void): number {
  for (let i = 0; i < 5; i++) fn(); // warm-up: fonts loaded, code compiled
  const start = performance.now();
  for (let i = 0; i < RUNS; i++) fn();
  return (performance.now() - start) / RUNS;
}

export async function run(): Promise<void> {
  const renderer = new ChartRenderer(createI18n({ strict: true, defaultTimeZone: 'Asia/Almaty' }));
  const chart = sample();
  const height = chartHeight(chart.bars.length);
  const blank = `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}"><rect width="100%" height="100%" fill="#fff"/></svg>`;
  const baseline = time(() => svgToPng(blank));
  const oneChart = time(() => renderer.render(chart, 'kk', 'Asia/Almaty'));
  const bytes = renderer.render(chart, 'kk', 'Asia/Almaty').png.length;
  console.log(`chart ${CHART_WIDTH}x${height}, ${chart.bars.length} bars, ${(bytes / 1024).toFixed(1)} KiB PNG, ${RUNS} runs`);
  console.log(`blank SVG -> PNG (baseline): ${baseline.toFixed(2)} ms`);
  console.log(`one results chart: ${oneChart.toFixed(2)} ms (${(oneChart / baseline).toFixed(1)}x baseline; target <= ${LIMIT_MS} ms: ${oneChart <= LIMIT_MS ? 'met' : 'NOT met'})`);
}
