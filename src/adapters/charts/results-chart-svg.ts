import { escapeXml, fit } from './svg-text.ts';

/** A results chart with every text already in words: what the SVG template draws. */
export interface ChartView {
  title: string;
  status: string;
  preliminary: boolean;
  bars: Array<{ label: string; value: string; share: number; againstAll: boolean }>;
  turnout: string | null;
}

export const CHART_WIDTH = 800;
const PAD = 32;
const HEAD = 104;
const ROW = 56;
const FOOT = 56;
const LABEL_W = 262;
const BAR_MAX = CHART_WIDTH - PAD * 2 - LABEL_W - 150;
const COLORS = {
  bar: '#2f6fb3',
  against: '#9aa3ad',
  text: '#1d2430',
  muted: '#5b6573',
  prelim: '#b35a00',
  official: '#2e7d32',
  track: '#eef1f5',
};

export const chartHeight = (bars: number): number => HEAD + bars * ROW + FOOT;

/**
 * The SVG of a results chart: one horizontal bar per candidate in the given order, "against all" in
 * grey, the share and votes at the end of each bar, the status (preliminary in orange) under the
 * title and turnout at the bottom. Bars are scaled to the largest share so small counts stay visible.
 * Pure and deterministic: the same view gives the same markup.
 */
export function resultsChartSvg(v: ChartView): string {
  const height = chartHeight(v.bars.length);
  const top = Math.max(...v.bars.map((b) => b.share), 0.0001);
  const rows = v.bars.map((b, i) => {
    const y = HEAD + i * ROW;
    const w = Math.max(2, Math.round((b.share / top) * BAR_MAX));
    const x = PAD + LABEL_W;
    return [
      `<text x="${PAD}" y="${y + 26}" font-size="20" fill="${COLORS.text}">${escapeXml(fit(b.label, 21))}</text>`,
      `<rect x="${x}" y="${y + 8}" width="${BAR_MAX}" height="28" rx="4" fill="${COLORS.track}"/>`,
      `<rect x="${x}" y="${y + 8}" width="${w}" height="28" rx="4" fill="${b.againstAll ? COLORS.against : COLORS.bar}"/>`,
      `<text x="${x + BAR_MAX + 12}" y="${y + 28}" font-size="18" fill="${COLORS.text}">${escapeXml(b.value)}</text>`,
    ].join('');
  });
  const statusColor = v.preliminary ? COLORS.prelim : COLORS.official;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="DejaVu Sans">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PAD}" y="44" font-size="24" font-weight="bold" fill="${COLORS.text}">${escapeXml(fit(v.title, 56))}</text>`,
    `<text x="${PAD}" y="78" font-size="18" font-weight="bold" fill="${statusColor}">${escapeXml(v.status)}</text>`,
    ...rows,
    v.turnout ? `<text x="${PAD}" y="${height - 22}" font-size="18" fill="${COLORS.muted}">${escapeXml(v.turnout)}</text>` : '',
    v.preliminary
      ? `<rect x="2" y="2" width="${CHART_WIDTH - 4}" height="${height - 4}" fill="none" stroke="${COLORS.prelim}" stroke-width="4" stroke-dasharray="14 8"/>`
      : '',
    `</svg>`,
  ].join('\n');
}
