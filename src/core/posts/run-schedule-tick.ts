import { DEFAULT_REMINDER_CRON, dueReminders } from './reminder-plan.ts';
import { PostWorld } from './build-posts.ts';
import { topicFor, type PlannedPost, type PostTarget, type Subscription } from './model.ts';
import type { PostDeps } from './ports.ts';
import { dueSlots } from './slots.ts';
import { cronSchedule, nextRun } from '../time/cron.ts';
import { isoDate, toWallTime, zoneOffsetMinutes } from '../time/wall-time.ts';

export interface TickReport {
  /** Posts this process claimed and wrote to the outbox. */
  published: string[];
  /** Slots another replica (or an earlier tick) already had. */
  taken: number;
  /** Per-subscription failures (a bad cron, a query error); the other groups still get theirs. */
  errors: Array<{ chatId: bigint; kind: string; error: unknown }>;
}

type Emit = (post: Omit<PlannedPost, 'chatId' | 'locale' | 'timeZone'>) => Promise<void>;

async function digest(world: PostWorld, t: PostTarget, sub: Subscription, from: Date, to: Date, emit: Emit, deps: PostDeps) {
  if (!sub.cron) return;
  const slots = dueSlots(sub.cron, t.timeZone, from, to);
  const taken = await deps.ledger.claimedSlots(
    'digest',
    t.chatId,
    slots.map((s) => s.stamp),
  );
  for (const s of slots.filter((x) => !taken.has(x.stamp))) {
    const text = await world.digest(t, await world.digestSince(t, s.at), s.at);
    await emit({ job: 'digest', slot: s.stamp, at: s.at, text });
  }
}

/**
 * Reminders are keyed by election and stage, not by minute: once the group's reminder time has come
 * on a reminder day, every tick until midnight may send it, so a bot that was down at 09:00 on the
 * morning of the vote still reminds when it is back. The claim keeps it to one.
 */
async function reminders(world: PostWorld, t: PostTarget, sub: Subscription, _from: Date, to: Date, emit: Emit, deps: PostDeps) {
  const now = toWallTime(to, t.timeZone);
  const due = dueReminders(world.elections(t), isoDate(now));
  if (!due.length) return;
  const midnight = new Date(Date.UTC(now.year, now.month - 1, now.day) - zoneOffsetMinutes(to, t.timeZone) * 60_000);
  const firstToday = nextRun(cronSchedule(sub.cron || DEFAULT_REMINDER_CRON), t.timeZone, new Date(midnight.getTime() - 60_000));
  if (!firstToday || firstToday > to) return;
  const taken = await deps.ledger.claimedSlots(
    'reminders',
    t.chatId,
    due.map((d) => d.slot),
  );
  for (const d of due.filter((x) => !taken.has(x.slot)))
    await emit({ job: 'reminders', slot: d.slot, at: to, text: world.reminder(t, d.election, d.stage), calendarOf: d.election.id });
}

async function results(world: PostWorld, t: PostTarget, sub: Subscription, from: Date, to: Date, emit: Emit, deps: PostDeps) {
  // With a cron the group hears about changes on its schedule; without one, within a tick.
  if (sub.cron && !dueSlots(sub.cron, t.timeZone, from, to).length) return;
  const posts = await world.results(t, to);
  const taken = await deps.ledger.claimedSlots(
    'results',
    t.chatId,
    posts.map((p) => p.slot),
  );
  for (const p of posts.filter((x) => !taken.has(x.slot)))
    await emit({ job: 'results', slot: p.slot, at: to, text: p.text, chart: p.chart });
}

const BUILDERS = { digest, reminders, results };

/**
 * One scheduler tick over `(from, to]`: for every group and enabled subscription, the slots due in
 * the group's time zone are built and published (claim + outbox in one transaction). Safe to run on
 * every replica at once: a slot is claimed once.
 */
export async function runScheduleTick(deps: PostDeps, window: { from: Date; to: Date }): Promise<TickReport> {
  const report: TickReport = { published: [], taken: 0, errors: [] };
  const targets = await deps.targets.listActive();
  const world = await PostWorld.load(deps, targets);
  for (const t of targets) {
    const emit: Emit = async (p) => {
      const ok = await deps.publisher.publish({
        ...p,
        chatId: t.chatId,
        locale: t.locale,
        timeZone: t.timeZone,
        threadId: topicFor(t, p.job),
      });
      if (ok) report.published.push(`${p.job}:${t.chatId}:${p.slot}`);
      else report.taken++;
    };
    for (const sub of t.subscriptions.filter((s) => s.enabled)) {
      try {
        await BUILDERS[sub.kind](world, t, sub, window.from, window.to, emit, deps);
      } catch (error) {
        report.errors.push({ chatId: t.chatId, kind: sub.kind, error });
      }
    }
  }
  return report;
}
