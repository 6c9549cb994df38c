import { scopeFilter, scopeOf } from '../admin/area-scope.ts';
import { inboxData } from '../admin/buttons.ts';
import type { ComplaintQueryFilter } from '../admin/complaint-filter.ts';
import { EMPTY_STATE } from '../admin/inbox-state.ts';
import type { AreaTree } from '../admin/ports.ts';
import { areaName } from '../areas/area.ts';
import { categoryName } from '../complaints/categories.ts';
import type { CategoryRepository } from '../complaints/ports.ts';
import type { UserId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import type { UserRepository } from '../ports.ts';
import { lines, message, msg, type MessageReply, type Text } from '../replies.ts';
import { addDays, isoDate, toWallTime, weekdayOf } from '../time/wall-time.ts';
import { staffLocale } from './flush-alerts.ts';
import type { StaffDirectory, StaffMessageDraft, StaffMessageRenderer } from './ports.ts';

const WEEK_MS = 7 * 86_400_000;
/** Categories and areas named in a summary; the rest are counted as "other". */
const TOP = 8;

/** What a summary counts, for one staff member's scope. */
export interface StaffWeek {
  /** Filed in the last seven days. */
  newThisWeek: number;
  open: number;
  /** Open and past their due date. */
  overdue: number;
  oldestOpen: { reference: string; createdAt: Date } | null;
  /** Open complaints by category code and by settlement id (null: none given), most first. */
  openByCategory: { code: string; count: number }[];
  openByArea: { areaId: string | null; count: number }[];
}

export interface StaffWeekQuery {
  week(filter: ComplaintQueryFilter, since: Date, now: Date): Promise<StaffWeek>;
}

/** Queues one staff member's summary for a week slot; false when that week's was queued already. */
export interface WeeklySummaryOutbox {
  queueOnce(adminId: UserId, slot: string, draft: StaffMessageDraft, at: Date): Promise<boolean>;
}

export interface WeeklySummaryDeps {
  staff: StaffDirectory;
  areas: AreaTree;
  categories: Pick<CategoryRepository, 'listActive'>;
  query: StaffWeekQuery;
  outbox: WeeklySummaryOutbox;
  users: Pick<UserRepository, 'find'>;
  render: StaffMessageRenderer;
  defaultLocale: Locale;
  /** The authority's zone: weeks start on its Monday. */
  timeZone: string;
}

/** The week a moment falls in, named by its Monday in the zone ("2026-11-30"): one summary per slot. */
export function weekSlot(now: Date, timeZone: string): string {
  const day = toWallTime(now, timeZone);
  return isoDate(addDays(day, -((weekdayOf(day) + 6) % 7)));
}

const named = (items: { name: string; count: number }[]): string => {
  const shown = items.slice(0, TOP).map((i) => `${i.name} ${i.count}`);
  const rest = items.slice(TOP).reduce((n, i) => n + i.count, 0);
  return [...shown, ...(rest ? [`… ${rest}`] : [])].join(', ') || '-';
};

/** The summary's words: counts, the oldest open complaint, open ones by category and by area. */
export function weeklySummaryMessage(
  w: StaffWeek,
  names: { category: (code: string) => string; area: (id: string | null) => string },
  period: { from: Date; to: Date },
): MessageReply {
  const texts: Text[] = [
    msg('staff-week-title', { from: period.from, to: period.to }),
    msg('staff-week-counts', { created: w.newThisWeek, open: w.open, overdue: w.overdue }),
  ];
  if (w.oldestOpen) texts.push(msg('staff-week-oldest', { reference: w.oldestOpen.reference, created: w.oldestOpen.createdAt }));
  if (w.open) {
    texts.push(
      msg('staff-week-by-category', { list: named(w.openByCategory.map((c) => ({ name: names.category(c.code), count: c.count }))) }),
    );
    texts.push(msg('staff-week-by-area', { list: named(w.openByArea.map((a) => ({ name: names.area(a.areaId), count: a.count }))) }));
  }
  const buttons = w.overdue
    ? [[inboxData.button(msg('staff-week-open-overdue'), { op: 'v', state: { ...EMPTY_STATE, overdue: true } })]]
    : [[inboxData.button(msg('staff-alert-open-inbox'), { op: 'v', state: EMPTY_STATE })]];
  return message(lines(...texts), buttons);
}

/**
 * The weekly staff summary: each owner and admin gets, in private and in their language, the week of
 * the complaints they may see (their areas and categories), once per week (the outbox slot).
 * Returns how many were queued.
 */
export async function sendWeeklySummaries(deps: WeeklySummaryDeps, now: Date): Promise<number> {
  const areas = await deps.areas.listAll();
  const active = await deps.categories.listActive();
  const slot = weekSlot(now, deps.timeZone);
  const since = new Date(now.getTime() - WEEK_MS);
  let queued = 0;
  for (const member of await deps.staff.listStaff()) {
    const locale = await staffLocale(deps, member.userId);
    const filter = scopeFilter({}, scopeOf(member, areas), areas, member);
    const week = await deps.query.week(filter, since, now);
    const categoryNames = new Map(active.map((c) => [c.code, categoryName(c, locale)]));
    const areaNames = new Map(areas.map((a) => [a.id, areaName(a, locale)]));
    const reply = weeklySummaryMessage(
      week,
      { category: (code) => categoryNames.get(code) ?? code, area: (id) => (id ? (areaNames.get(id) ?? id) : '—') },
      { from: since, to: now },
    );
    if (await deps.outbox.queueOnce(member.userId, slot, deps.render(reply, locale), now)) queued += 1;
  }
  return queued;
}
