import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import { LRUCache } from 'lru-cache';
import type { Locale } from '../../core/locale.ts';
import type { ResultsChart } from '../../core/elections/results-chart.ts';
import type { I18n } from '../../i18n/index.ts';
import { renderText } from '../telegram/render.ts';
import { CHART_WIDTH, resultsChartSvg, type ChartView } from './results-chart-svg.ts';

/** DejaVu Sans (npm `dejavu-fonts-ttf`, free license): covers Kazakh, Russian and English letters. */
const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const CHART_FONTS = [join(FONT_DIR, 'DejaVuSans.ttf'), join(FONT_DIR, 'DejaVuSans-Bold.ttf')];

/** A rendered chart: PNG bytes and their sha256 (the key an uploaded copy is found by). */
export interface ChartImage {
  png: Buffer;
  key: string;
  width: number;
  height: number;
}

let resvgClass: typeof ResvgClass | undefined;

/** resvg's native binding is loaded on the first chart, not at start (a first answer does not need it). */
function Resvg(): typeof ResvgClass {
  resvgClass ??= (createRequire(import.meta.url)('@resvg/resvg-js') as { Resvg: typeof ResvgClass }).Resvg;
  return resvgClass;
}

/** Renders SVG to PNG in process with resvg (no browser): only the bundled fonts, so output does not depend on the machine. */
export function svgToPng(svg: string): { png: Buffer; width: number; height: number } {
  const resvg = new (Resvg())(svg, {
    font: { fontFiles: CHART_FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'original' },
  });
  const image = resvg.render();
  return { png: Buffer.from(image.asPng()), width: image.width, height: image.height };
}

/** One number format per locale: building an Intl.NumberFormat costs more than the rest of a chart's view. */
const percentFormats = new Map<Locale, Intl.NumberFormat>();
function percentFormat(locale: Locale): Intl.NumberFormat {
  let f = percentFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-US', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    percentFormats.set(locale, f);
  }
  return f;
}

/** Results charts in a locale and time zone: Texts to words, words to SVG, SVG to PNG. Same input, same bytes. */
export class ChartRenderer {
  /**
   * Rendered PNGs by their SVG: on election night thousands of residents ask for the same results, and
   * rasterising is the one costly step (a new results version gives a new SVG, so nothing goes stale).
   */
  private readonly rendered = new LRUCache<string, ChartImage>({ max: 256 });

  constructor(private readonly i18n: I18n) {}

  view(chart: ResultsChart, locale: Locale, timeZone: string): ChartView {
    const words = (t: ResultsChart['title']) => renderText(this.i18n, t, locale, timeZone);
    const fmt = percentFormat(locale);
    const total = chart.bars.reduce((s, b) => s + b.votes, 0) || 1;
    return {
      title: words(chart.title),
      status: words(chart.status),
      preliminary: chart.preliminary,
      bars: chart.bars.map((b) => ({
        label: words(b.label),
        value: b.percent !== null ? `${fmt.format(b.percent)}% · ${b.votes}` : String(b.votes),
        share: b.percent ?? (b.votes * 100) / total,
        againstAll: b.againstAll,
      })),
      turnout: chart.turnout ? words(chart.turnout) : null,
    };
  }

  render(chart: ResultsChart, locale: Locale, timeZone: string): ChartImage {
    const svg = resultsChartSvg(this.view(chart, locale, timeZone));
    const cached = this.rendered.get(svg);
    if (cached) return cached;
    const { png, width, height } = svgToPng(svg);
    const image = { png, key: createHash('sha256').update(png).digest('hex'), width, height };
    this.rendered.set(svg, image);
    return image;
  }
}

export { CHART_WIDTH };
