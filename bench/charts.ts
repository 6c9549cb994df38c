/**
 * `npm run bench -- charts`: renders results charts to PNG the way results posts and /results do
 * (Texts -> SVG -> resvg -> PNG): a typical ballot (3 candidates and against all, as in Oiyl 2023;
 * the target is at most 50 ms) and a long one (12 candidates). Each is printed with its ratio to a
 * same-run baseline: resvg rasterising a blank SVG of the same size (the fixed cost of a picture that
 * size, machine noise included).
 */
import { ChartRenderer, svgToPng } from '../src/adapters/charts/render-chart.ts';
import { chartHeight, CHART_WIDTH } from '../src/adapters/charts/results-chart-svg.ts';
import type { ResultsChart } from '../src/core/elections/results-chart.ts';
import { msg, raw } from '../src/core/replies.ts';
import { createI18n } from '../src/i18n/index.ts';

const RUNS = Number(process.env.BENCH_CHART_RUNS ?? 100);
const LIMIT_MS = 50;
const NAMES = [
  'Әсел Жұмабаева',
  'Борис Ким',
  'Ғалым Өтебаев',
  'Ұлжан Қасымова',
  'Нұрлан Әбдіров',
  'Дина Сейітова',
  'Ержан Құдайбергенов',
  'Айгүл Төлеуова',
  'Серік Иманов',
  'Гүлнар Бекова',
  'Тимур Оспанов',
  'Жанар Үсенова',
];

function sample(candidates: number): ResultsChart {
  const names = NAMES.slice(0, candidates);
  const votes = names.map((_, i) => 40 + ((i * 37) % 120));
  const total = votes.reduce((s, v) => s + v, 0) + 25;
  return {
    title: msg('results-title', { area: 'Ақтоғай', date: new Date('2026-12-06T00:00:00Z') }),
    status: msg('chart-preliminary'),
    preliminary: true,
    bars: [
      ...names.map((name, i) => ({
        label: raw(name),
        votes: votes[i]!,
        percent: Math.round((votes[i]! * 1000) / total) / 10,
        againstAll: false,
      })),
      { label: msg('chart-against-all'), votes: 25, percent: Math.round(25000 / total) / 10, againstAll: true },
    ],
    turnout: msg('chart-turnout', { percent: 61.2, cast: total, electorate: Math.round(total / 0.612) }),
  };
}

function time(fn: () => void): number {
  for (let i = 0; i < 5; i++) fn(); // warm-up: fonts loaded, code compiled
  const start = performance.now();
  for (let i = 0; i < RUNS; i++) fn();
  return (performance.now() - start) / RUNS;
}

function measure(i18n: ReturnType<typeof createI18n>, candidates: number, limit: number | null): void {
  const chart = sample(candidates);
  const height = chartHeight(chart.bars.length);
  const blank = `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}"><rect width="100%" height="100%" fill="#fff"/></svg>`;
  const baseline = time(() => svgToPng(blank));
  // A new renderer each time: its cache of rendered charts must not answer for the work measured.
  const oneChart = time(() => new ChartRenderer(i18n).render(chart, 'kk', 'Asia/Almaty'));
  const bytes = new ChartRenderer(i18n).render(chart, 'kk', 'Asia/Almaty').png.length;
  const verdict = limit === null ? '' : `; target <= ${limit} ms: ${oneChart <= limit ? 'met' : 'NOT met'}`;
  console.log(
    `${candidates} candidates + against all (${CHART_WIDTH}x${height}, ${(bytes / 1024).toFixed(1)} KiB): ${oneChart.toFixed(2)} ms a chart, blank picture of that size ${baseline.toFixed(2)} ms (${(oneChart / baseline).toFixed(2)}x${verdict})`,
  );
}

export async function run(): Promise<void> {
  const i18n = createI18n({ strict: true, defaultTimeZone: 'Asia/Almaty' });
  console.log(`${RUNS} runs each`);
  measure(i18n, 3, LIMIT_MS);
  measure(i18n, 12, null);
  const renderer = new ChartRenderer(i18n);
  const chart = sample(3);
  const cached = time(() => renderer.render(chart, 'kk', 'Asia/Almaty'));
  console.log(`the same chart again (rendered-chart cache): ${cached.toFixed(2)} ms`);
}
