import { scopeOf, scopedAreaIds } from '../admin/area-scope.ts';
import { areaKey, findAreaByKey } from '../admin/inbox-state.ts';
import type { AreaTree } from '../admin/ports.ts';
import type { Actor } from '../admin/types.ts';
import { areaName } from '../areas/area.ts';
import { categoryName } from '../complaints/categories.ts';
import type { CategoryRepository } from '../complaints/ports.ts';
import { DomainError } from '../errors.ts';
import type { Locale } from '../locale.ts';
import { edit, msg, raw, type Keyboard, type MessageReply, type PictureReply, type Text } from '../replies.ts';
import { reportData } from './buttons.ts';
import { computeReport } from './compute-report.ts';
import type { ReportFigures, ReportSource } from './model.ts';
import { PERIOD_CHOICES, resolvePeriod, type ReportPeriod } from './period.ts';

export interface ReportDeps {
  source: ReportSource;
  areas: AreaTree;
  categories: Pick<CategoryRepository, 'listActive'>;
  timeZone: string;
}

/** A report ready to draw: the figures and every name the picture needs, in the reader's language. */
export interface ComplaintReport {
  figures: ReportFigures;
  period: ReportPeriod;
  /** The chosen area's name, or null for every area the reader may see. */
  areaName: string | null;
  /** Whether the reader is limited to some areas (the title says "your areas" then). */
  limited: boolean;
  categoryNames: Record<string, string>;
  /** Key of the chosen area for the buttons (null = all). */
  areaKey: string | null;
}

/**
 * Builds a report for an admin: complaints filed in the period in the chosen area, narrowed to the
 * areas the admin may see (an area outside them is "not found", like everywhere in the staff tools).
 * @throws ADMIN.AREA_NOT_FOUND, REPORT.PERIOD_INVALID
 */
export async function buildReport(
  deps: ReportDeps,
  input: { actor: Actor; period: string; area: string | null; locale: Locale; now: Date },
): Promise<ComplaintReport> {
  const period = resolvePeriod(input.period, input.now, deps.timeZone);
  const areas = await deps.areas.listAll();
  const scope = scopeOf(input.actor, areas);
  const chosen = findAreaByKey(areas, input.area);
  if (input.area !== null && (!chosen || (scope !== null && !scope.has(chosen.id)))) {
    throw new DomainError('ADMIN.AREA_NOT_FOUND', { query: '' });
  }
  const areaIds = scopedAreaIds(scope, areas, chosen?.id ?? null);
  const complaints = await deps.source.complaintsForReport({
    ...(areaIds === undefined ? {} : { areaIds }),
    from: period.from,
    to: period.to,
  });
  const figures = computeReport(complaints, { from: period.from, to: period.to, now: input.now, timeZone: deps.timeZone });
  const names = Object.fromEntries((await deps.categories.listActive()).map((c) => [c.code, categoryName(c, input.locale)]));
  return {
    figures,
    period,
    areaName: chosen ? areaName(chosen, input.locale) : null,
    limited: scope !== null,
    categoryNames: names,
    areaKey: chosen ? areaKey(chosen.id) : null,
  };
}

/** The period in words ("last 7 days", "this month"; a calendar month as `2026-11`) with its first and last day. */
export const periodText = (p: ReportPeriod): Text =>
  msg('report-period-dates', { period: periodWord(p.code), from: p.from, to: new Date(p.to.getTime() - 1) });

/** A period code as a Fluent variant key (they cannot start with a digit): `7d` -> `last7`. */
export const periodWord = (code: string): string => code.replace(/^(\d+)d$/, 'last$1');

/** Whose complaints: the chosen area, "your areas" or "all areas". */
export const scopeText = (r: Pick<ComplaintReport, 'areaName' | 'limited'>): Text =>
  r.areaName !== null ? raw(r.areaName) : msg(r.limited ? 'report-scope-mine' : 'report-scope-all');

/** The picture's caption: the headline figures in words (also what a screen reader gets). */
export function reportCaption(r: ComplaintReport): Text {
  const f = r.figures;
  return msg('report-caption', {
    from: r.period.from,
    to: new Date(r.period.to.getTime() - 1),
    total: f.total,
    resolved: f.byStatus.resolved,
    overdue: f.overdueOpen,
    late: f.answeredLate,
    firstResponse: f.medianFirstResponseDays ?? '-',
    resolution: f.medianResolutionDays ?? '-',
  });
}

/** The report as a photo: the drawn PNG, the headline figures as its caption, and the choice buttons. */
export const reportPicture = (r: ComplaintReport, png: Buffer): PictureReply => ({
  kind: 'picture',
  filename: `complaints-report-${r.period.code}.png`,
  data: png,
  caption: reportCaption(r),
  buttons: reportButtons(r),
});

/** Buttons under a report: the other periods, and "choose an area". */
export function reportButtons(r: Pick<ComplaintReport, 'period' | 'areaKey'>): Keyboard {
  const area = r.areaKey;
  return [
    PERIOD_CHOICES.slice(0, 3).map((p) =>
      reportData.button(msg('report-button-period', { period: periodWord(p) }), { op: 'v', period: p, area }),
    ),
    PERIOD_CHOICES.slice(3).map((p) =>
      reportData.button(msg('report-button-period', { period: periodWord(p) }), { op: 'v', period: p, area }),
    ),
    [reportData.button(msg('report-button-area'), { op: 'a', period: r.period.code, area })],
  ];
}

/**
 * The areas an admin may pick for a report: their own (or the top ones for unlimited staff), then the
 * children of the current one, each a button keeping the period.
 */
export async function reportAreaChoices(
  deps: Pick<ReportDeps, 'areas'>,
  input: { actor: Actor; period: string; area: string | null; locale: Locale },
): Promise<MessageReply> {
  const areas = await deps.areas.listAll();
  const current = findAreaByKey(areas, input.area);
  const scope = scopeOf(input.actor, areas);
  const visible = (id: string) => scope === null || scope.has(id);
  const options = current
    ? areas.filter((a) => a.parentId === current.id && visible(a.id))
    : areas.filter((a) => (input.actor.areaIds === null ? a.parentId === null : input.actor.areaIds.includes(a.id)));
  const view = (text: Text, area: string | null) => [reportData.button(text, { op: 'v', period: input.period, area })];
  const named = options
    .map((a) => ({ id: a.id, key: areaKey(a.id), name: areaName(a, input.locale) }))
    .sort((x, y) => x.name.localeCompare(y.name, input.locale));
  const rows: Keyboard = [view(msg(input.actor.areaIds === null ? 'report-scope-all' : 'report-scope-mine'), null)];
  if (current) rows.push(view(raw(areaName(current, input.locale)), areaKey(current.id)));
  const hasChildren = new Set(areas.map((a) => a.parentId));
  for (const a of named.slice(0, 40)) {
    const row = view(raw(a.name), a.key);
    if (hasChildren.has(a.id)) row.push(reportData.button(msg('report-button-inside'), { op: 'a', period: input.period, area: a.key }));
    rows.push(row);
  }
  return edit(msg('report-pick-area'), rows);
}
