import { COMPLAINT_STATUSES } from '../../core/complaints/types.ts';
import type { Locale } from '../../core/locale.ts';
import { msg, type Text } from '../../core/replies.ts';
import { periodText, scopeText, type ComplaintReport } from '../../core/reports/build-report.ts';
import { STATUS_GROUPS, type StatusGroup } from '../../core/reports/model.ts';
import type { I18n } from '../../i18n/index.ts';
import { renderText } from '../telegram/render.ts';
import { svgToPng } from './render-chart.ts';
import { reportSvg, type ReportView } from './report-svg.ts';

/** Categories drawn as bars; the rest are summed into the last bar. */
const MAX_BARS = 10;

/** Admin reports in a locale and time zone: Texts to words, words to SVG, SVG to PNG (no browser). */
export class ReportRenderer {
  constructor(private readonly i18n: I18n) {}

  view(r: ComplaintReport, locale: Locale, timeZone: string): ReportView {
    const words = (t: Text) => renderText(this.i18n, t, locale, timeZone);
    const f = r.figures;
    const days = (v: number | null) => (v === null ? '–' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v));
    const legend = Object.fromEntries(STATUS_GROUPS.map((g) => [g, words(msg('report-group', { group: g }))])) as Record<
      StatusGroup,
      string
    >;
    const bars = f.byCategory
      .slice(0, MAX_BARS)
      .map((c) => ({ label: r.categoryNames[c.code] ?? c.code, total: c.total, groups: c.groups }));
    const rest = f.byCategory.slice(MAX_BARS);
    if (rest.length) {
      const groups = Object.fromEntries(STATUS_GROUPS.map((g) => [g, rest.reduce((n, c) => n + c.groups[g], 0)])) as Record<
        StatusGroup,
        number
      >;
      bars.push({ label: words(msg('report-other-categories')), total: rest.reduce((n, c) => n + c.total, 0), groups });
    }
    const dayMonth = new Intl.DateTimeFormat(locale, { timeZone, day: '2-digit', month: '2-digit' });
    return {
      title: words(msg('report-title')),
      subtitle: `${words(scopeText(r))} · ${words(periodText(r.period))}`,
      kpis: [
        { label: words(msg('report-kpi-total')), value: String(f.total), warn: false },
        { label: words(msg('report-kpi-resolved')), value: String(f.byStatus.resolved), warn: false },
        { label: words(msg('report-kpi-overdue')), value: `${f.overdueOpen} / ${f.answeredLate}`, warn: f.overdueOpen > 0 },
        { label: words(msg('report-kpi-first-response')), value: days(f.medianFirstResponseDays), warn: false },
        { label: words(msg('report-kpi-resolution')), value: days(f.medianResolutionDays), warn: false },
      ],
      categoriesTitle: words(msg('report-by-category')),
      legend,
      categories: bars,
      statusLine: COMPLAINT_STATUSES.filter((s) => f.byStatus[s] > 0)
        .map((s) => `${words(msg('admin-status-name', { status: s }))}: ${f.byStatus[s]}`)
        .join(' · '),
      trend: {
        title: words(msg('report-trend')),
        filed: words(msg('report-trend-filed')),
        resolved: words(msg('report-trend-resolved')),
        points: f.weeks.map((w) => ({ label: dayMonth.format(w.start), filed: w.filed, resolved: w.resolved })),
      },
      empty: f.total === 0 ? words(msg('report-empty')) : null,
    };
  }

  /** The PNG of a report (deterministic for the same report, locale and zone). */
  render(r: ComplaintReport, locale: Locale, timeZone: string): { png: Buffer; width: number; height: number; svg: string } {
    const svg = reportSvg(this.view(r, locale, timeZone));
    return { ...svgToPng(svg), svg };
  }
}
