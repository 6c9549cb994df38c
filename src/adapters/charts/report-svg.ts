import { STATUS_GROUPS, type StatusGroup } from '../../core/reports/model.ts';
import { escapeXml, fit } from './svg-text.ts';

/** A report with every text already in words: what the SVG template draws. */
export interface ReportView {
  title: string;
  subtitle: string;
  kpis: Array<{ label: string; value: string; warn: boolean }>;
  categoriesTitle: string;
  legend: Record<StatusGroup, string>;
  categories: Array<{ label: string; total: number; groups: Record<StatusGroup, number> }>;
  statusLine: string;
  trend: { title: string; filed: string; resolved: string; points: Array<{ label: string; filed: number; resolved: number }> };
  /** Shown instead of the charts when nothing was filed in the period. */
  empty: string | null;
}

export const REPORT_WIDTH = 1000;
const PAD = 32;
const INNER = REPORT_WIDTH - PAD * 2;
const ROW = 34;
const LABEL_W = 230;
const BAR_MAX = INNER - LABEL_W - 70;
const TREND_H = 220;
const COLORS = {
  text: '#1d2430',
  muted: '#5b6573',
  grid: '#e3e7ec',
  tile: '#f4f6f9',
  warn: '#b3261e',
  filed: '#2f6fb3',
  resolved: '#2e7d32',
  groups: { open: '#2f6fb3', resolved: '#2e7d32', closed: '#9aa3ad', withdrawn: '#c9a227' } satisfies Record<StatusGroup, string>,
};

const text = (x: number, y: number, size: number, body: string, extra = '') =>
  `<text x="${x}" y="${y}" font-size="${size}" fill="${COLORS.text}"${extra}>${escapeXml(body)}</text>`;
const muted = (x: number, y: number, size: number, body: string, extra = '') =>
  `<text x="${x}" y="${y}" font-size="${size}" fill="${COLORS.muted}"${extra}>${escapeXml(body)}</text>`;

/** A tile's label in up to two lines, split at the space nearest the middle. */
function twoLines(label: string, max: number): [string, string] {
  if (label.length <= max) return [label, ''];
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index ?? 0);
  const cut = spaces.sort((a, b) => Math.abs(a - label.length / 2) - Math.abs(b - label.length / 2))[0];
  if (cut === undefined) return [fit(label, max), ''];
  return [fit(label.slice(0, cut), max), fit(label.slice(cut + 1), max)];
}

function kpiTiles(v: ReportView, top: number): string[] {
  const gap = 12;
  const w = (INNER - gap * (v.kpis.length - 1)) / v.kpis.length;
  return v.kpis.flatMap((k, i) => {
    const x = PAD + i * (w + gap);
    const [l1, l2] = twoLines(k.label, 21);
    return [
      `<rect x="${x}" y="${top}" width="${w}" height="92" rx="8" fill="${COLORS.tile}"/>`,
      `<text x="${x + 14}" y="${top + 38}" font-size="30" font-weight="bold" fill="${k.warn ? COLORS.warn : COLORS.text}">${escapeXml(k.value)}</text>`,
      muted(x + 14, top + 62, 14, l1),
      l2 ? muted(x + 14, top + 80, 14, l2) : '',
    ];
  });
}

function categoryBars(v: ReportView, top: number): string[] {
  const out = [text(PAD, top, 20, v.categoriesTitle, ' font-weight="bold"')];
  let x = PAD;
  for (const g of STATUS_GROUPS) {
    out.push(
      `<rect x="${x}" y="${top + 14}" width="14" height="14" rx="3" fill="${COLORS.groups[g]}"/>`,
      muted(x + 20, top + 26, 14, v.legend[g]),
    );
    x += 40 + v.legend[g].length * 8;
  }
  const max = Math.max(1, ...v.categories.map((c) => c.total));
  v.categories.forEach((c, i) => {
    const y = top + 44 + i * ROW;
    out.push(text(PAD, y + 19, 16, fit(c.label, 26)));
    let bx = PAD + LABEL_W;
    for (const g of STATUS_GROUPS) {
      const w = (c.groups[g] / max) * BAR_MAX;
      if (w > 0)
        out.push(`<rect x="${bx.toFixed(1)}" y="${y + 4}" width="${Math.max(1, w).toFixed(1)}" height="22" fill="${COLORS.groups[g]}"/>`);
      bx += w;
    }
    out.push(text(bx + 8, y + 20, 15, String(c.total)));
  });
  return out;
}

function trendChart(v: ReportView, top: number): string[] {
  const t = v.trend;
  const out = [text(PAD, top, 20, t.title, ' font-weight="bold"')];
  out.push(`<rect x="${PAD}" y="${top + 14}" width="14" height="4" fill="${COLORS.filed}"/>`, muted(PAD + 20, top + 22, 14, t.filed));
  const second = PAD + 40 + t.filed.length * 8;
  out.push(
    `<rect x="${second}" y="${top + 14}" width="14" height="4" fill="${COLORS.resolved}"/>`,
    muted(second + 20, top + 22, 14, t.resolved),
  );
  const chartTop = top + 40;
  const left = PAD + 40;
  const width = INNER - 50;
  const max = Math.max(1, ...t.points.flatMap((p) => [p.filed, p.resolved]));
  const xAt = (i: number) => left + (t.points.length === 1 ? width / 2 : (i * width) / (t.points.length - 1));
  const yAt = (n: number) => chartTop + TREND_H - (n / max) * TREND_H;
  for (const frac of [0, 0.5, 1]) {
    const y = chartTop + TREND_H - frac * TREND_H;
    out.push(`<line x1="${left}" y1="${y}" x2="${left + width}" y2="${y}" stroke="${COLORS.grid}"/>`);
    out.push(muted(PAD, y + 5, 13, String(Math.round(max * frac))));
  }
  for (const [key, color] of [
    ['filed', COLORS.filed],
    ['resolved', COLORS.resolved],
  ] as const) {
    const pts = t.points.map((p, i) => `${xAt(i).toFixed(1)},${yAt(p[key]).toFixed(1)}`);
    out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${color}" stroke-width="3"/>`);
    t.points.forEach((p, i) => out.push(`<circle cx="${xAt(i).toFixed(1)}" cy="${yAt(p[key]).toFixed(1)}" r="4" fill="${color}"/>`));
  }
  const every = Math.max(1, Math.ceil(t.points.length / 10));
  t.points.forEach((p, i) => {
    if (i % every === 0) out.push(muted(xAt(i), chartTop + TREND_H + 20, 13, p.label, ' text-anchor="middle"'));
  });
  return out;
}

export const reportHeight = (v: ReportView): number =>
  v.empty !== null ? 330 : 236 + 60 + v.categories.length * ROW + 50 + 40 + TREND_H + 60;

/**
 * The SVG of a one-page report: title and scope, five figures (complaints, resolved, overdue, median
 * days to the first response and to resolution), stacked bars by category and status, the count by
 * status, and the weekly trend of filed and resolved complaints. Pure: the same view, the same markup.
 */
export function reportSvg(v: ReportView): string {
  const height = reportHeight(v);
  const body: string[] = [
    text(PAD, 48, 28, fit(v.title, 60), ' font-weight="bold"'),
    muted(PAD, 80, 18, fit(v.subtitle, 90)),
    ...kpiTiles(v, 104),
  ];
  if (v.empty !== null) {
    body.push(muted(PAD, 260, 20, v.empty));
  } else {
    const bars = 236;
    body.push(...categoryBars(v, bars));
    const statusY = bars + 44 + v.categories.length * ROW + 24;
    body.push(muted(PAD, statusY, 15, fit(v.statusLine, 120)));
    body.push(...trendChart(v, statusY + 50));
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${REPORT_WIDTH}" height="${height}" viewBox="0 0 ${REPORT_WIDTH} ${height}" font-family="DejaVu Sans">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...body,
    `</svg>`,
  ].join('\n');
}
