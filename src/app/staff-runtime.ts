import { PrismaComplaintCategoryRepository } from '../adapters/db/repositories/prisma-complaint-category-repository.ts';
import { PrismaStaffAlertStore } from '../adapters/db/repositories/prisma-staff-alert-store.ts';
import { CronTask } from '../adapters/scheduler/cron-task.ts';
import { renderKeyboard, renderText } from '../adapters/telegram/render.ts';
import { flushStaffAlerts } from '../core/staff-alerts/flush-alerts.ts';
import type { StaffMessageRenderer } from '../core/staff-alerts/ports.ts';
import { hourlyChore } from './maintenance.ts';
import { PrismaAdminRepository } from '../adapters/db/repositories/prisma-admin-repository.ts';
import { PrismaAreaRepository } from '../adapters/db/repositories/prisma-area-repository.ts';
import { PrismaComplaintReviewRepository } from '../adapters/db/repositories/prisma-complaint-review-repository.ts';
import type { ChatId } from '../core/ids.ts';
import { staffDirectory } from '../core/staff-alerts/route-event.ts';
import { sendWeeklySummaries, type WeeklySummaryOutbox } from '../core/staff-alerts/weekly-summary.ts';
import type { PostsRuntime } from './posts-runtime.ts';
import type { AppContext, BackgroundTask } from './wiring.ts';

const WEEK_MS = 7 * 86_400_000;
/** The outbox kind and slot job of the weekly staff summary. */
export const STAFF_WEEK_KIND = 'staff-week';

export interface StaffRuntime {
  /** Queues the pending staff notices that are due (tests call it with a chosen time). */
  flush(now?: Date): Promise<number>;
  /** Queues this week's staff summaries not queued yet (Mondays at 09:00 in DEFAULT_TIMEZONE, and at start). */
  weekly(now?: Date): Promise<number>;
  tasks: BackgroundTask[];
}

/** Renders a reply for the outbox in the reader's language. */
export const outboxRenderer =
  (w: AppContext): StaffMessageRenderer =>
  (reply, locale) => {
    const zone = w.config.DEFAULT_TIMEZONE;
    const keyboard = renderKeyboard(w.i18n, reply.buttons, locale, zone);
    return { text: renderText(w.i18n, reply.text, locale, zone), buttons: keyboard ? JSON.stringify(keyboard) : null };
  };

/**
 * Staff notices: every minute, pending complaint events go out as one message per person (at most
 * one per 5 minutes) through the outbox, whose delivery worker (the posts runtime's) is woken.
 * Built once in app.ts.
 */
export function createStaffRuntime(w: AppContext, posts: PostsRuntime): StaffRuntime {
  const store = new PrismaStaffAlertStore(w.prisma);
  const categories = new PrismaComplaintCategoryRepository(w.prisma);
  const staff = staffDirectory(w.config.ADMIN_IDS, new PrismaAdminRepository(w.prisma));
  const deps = { store, staff, categories, users: w.users, render: outboxRenderer(w), defaultLocale: w.config.DEFAULT_LOCALE };
  const flush = async (now = w.clock.now()) => {
    const queued = await flushStaffAlerts(deps, now);
    if (queued) posts.worker.wake();
    return queued;
  };
  const outbox: WeeklySummaryOutbox = {
    queueOnce: (adminId, slot, draft, at) =>
      posts.outbox.enqueueClaimed({ job: STAFF_WEEK_KIND, chatId: BigInt(adminId) as ChatId, slot, at }, [
        { kind: STAFF_WEEK_KIND, text: draft.text, buttons: draft.buttons },
      ]),
  };
  const summaries = {
    staff,
    areas: new PrismaAreaRepository(w.prisma),
    categories,
    query: new PrismaComplaintReviewRepository(w.prisma),
    outbox,
    users: w.users,
    render: outboxRenderer(w),
    defaultLocale: w.config.DEFAULT_LOCALE,
    timeZone: w.config.DEFAULT_TIMEZONE,
  };
  const weekly = async (now = w.clock.now()) => {
    const queued = await sendWeeklySummaries(summaries, now);
    if (queued) posts.worker.wake();
    return queued;
  };
  const tasks: BackgroundTask[] = [
    // Mondays 09:00 in the authority's zone; at start too, so a week whose Monday run was missed still gets it.
    new CronTask({
      name: 'staff-week',
      cron: '0 9 * * 1',
      timeZone: w.config.DEFAULT_TIMEZONE,
      clock: w.clock,
      log: w.log,
      runAtStart: true,
      run: weekly,
    }),
    new CronTask({ name: 'staff-alerts', cron: '* * * * *', clock: w.clock, log: w.log, tickMs: w.config.SCHEDULER_TICK_MS, run: flush }),
    hourlyChore('staff-alerts-sent', w.clock, w.log, (now) => store.prune(new Date(now.getTime() - WEEK_MS))),
  ];
  return { flush, weekly, tasks };
}
