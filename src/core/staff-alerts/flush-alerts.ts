import { inboxData } from '../admin/buttons.ts';
import { EMPTY_STATE } from '../admin/inbox-state.ts';
import { categoryName } from '../complaints/categories.ts';
import type { CategoryRepository } from '../complaints/ports.ts';
import type { UserId } from '../ids.ts';
import { localeFromLanguageCode, type Locale } from '../locale.ts';
import type { UserRepository } from '../ports.ts';
import { lines, message, msg, type MessageReply, type Text } from '../replies.ts';
import { COMPLAINT_EVENTS } from './events.ts';
import type { PendingAlert, StaffAlertStore, StaffDirectory, StaffMessageRenderer } from './ports.ts';

/** At most one staff notice per person in this time. */
export const STAFF_ALERT_GAP_MS = 5 * 60_000;

/**
 * One notice for a batch: a line per kind of event with the number of complaints and how they split
 * by category ("3 new complaints: Water 2, Roads 1"), and a button to /inbox. A complaint counts once
 * per kind however often it happened. Only counts and category names: nobody's identity or words.
 */
export function staffAlertMessage(alerts: readonly PendingAlert[], categoryNames: ReadonlyMap<string, string>): MessageReply {
  const parts: Text[] = [];
  for (const kind of COMPLAINT_EVENTS) {
    const byCategory = new Map<string, Set<number>>();
    for (const a of alerts) {
      if (a.kind !== kind) continue;
      const set = byCategory.get(a.categoryCode) ?? new Set<number>();
      set.add(a.complaintId);
      byCategory.set(a.categoryCode, set);
    }
    if (byCategory.size === 0) continue;
    const counts = [...byCategory].map(([code, ids]) => ({ name: categoryNames.get(code) ?? code, count: ids.size }));
    counts.sort((x, y) => y.count - x.count || x.name.localeCompare(y.name));
    const total = new Set([...byCategory.values()].flatMap((s) => [...s])).size;
    parts.push(msg('staff-alert-line', { kind, count: total, categories: counts.map((c) => `${c.name} ${c.count}`).join(', ') }));
  }
  return message(lines(...parts), [[inboxData.button(msg('staff-alert-open-inbox'), { op: 'v', state: EMPTY_STATE })]]);
}

export interface FlushAlertsDeps {
  store: Pick<StaffAlertStore, 'due' | 'sendBatch' | 'discard'>;
  /** Who is staff now: someone removed since an event was routed to them is not told. */
  staff: StaffDirectory;
  categories: Pick<CategoryRepository, 'listActive'>;
  users: Pick<UserRepository, 'find'>;
  render: StaffMessageRenderer;
  defaultLocale: Locale;
}

/** The language a staff member reads: chosen with /language, else Telegram's, else the default. */
export async function staffLocale(deps: Pick<FlushAlertsDeps, 'users' | 'defaultLocale'>, id: UserId): Promise<Locale> {
  const user = await deps.users.find(id);
  return user?.locale ?? localeFromLanguageCode(user?.languageCode, deps.defaultLocale);
}

/**
 * Sends what is pending: one notice per person whose last one is at least 5 minutes old, in their
 * language, queued in the outbox. Returns how many notices were queued.
 */
export async function flushStaffAlerts(deps: FlushAlertsDeps, now: Date): Promise<number> {
  let sent = 0;
  const active = await deps.categories.listActive();
  const due = await deps.store.due(now, STAFF_ALERT_GAP_MS);
  const current = due.length ? new Set((await deps.staff.listStaff()).map((m) => String(m.userId))) : new Set<string>();
  for (const adminId of due) {
    if (!current.has(String(adminId))) {
      await deps.store.discard(adminId);
      continue;
    }
    const locale = await staffLocale(deps, adminId);
    const names = new Map(active.map((c) => [c.code, categoryName(c, locale)]));
    const queued = await deps.store.sendBatch(adminId, now, STAFF_ALERT_GAP_MS, async (alerts) =>
      deps.render(staffAlertMessage(alerts, names), locale),
    );
    if (queued) sent += 1;
  }
  return sent;
}
