import { cronMatches, cronSchedule, type CronSchedule } from '../time/cron.ts';
import { floorMinute, minuteStamp, toWallTime, type WallTime } from '../time/wall-time.ts';

/** Longest gap a tick catches up on (a stalled or restarted process); older slots are let go. */
export const MAX_CATCH_UP_MS = 10 * 60_000;

export interface DueSlot {
  /** The slot's minute (UTC instant). */
  at: Date;
  /** `2026-11-27T20:00+05:00` */
  stamp: string;
  local: WallTime;
}

/**
 * Minutes in `(from, to]` at which `cron` fires on the wall clock of `timeZone`. A tick normally
 * covers one minute; after a pause it covers the gap (at most MAX_CATCH_UP_MS), and claiming
 * each slot in the database keeps the catch-up from posting anything twice.
 */
export function dueSlots(cron: string | CronSchedule, timeZone: string, from: Date, to: Date): DueSlot[] {
  const spec = typeof cron === 'string' ? cronSchedule(cron) : cron;
  const end = floorMinute(to).getTime();
  const start = Math.max(floorMinute(from).getTime() + 60_000, end - MAX_CATCH_UP_MS + 60_000);
  const out: DueSlot[] = [];
  for (let t = start; t <= end; t += 60_000) {
    const at = new Date(t);
    const local = toWallTime(at, timeZone);
    if (cronMatches(spec, local)) out.push({ at, stamp: minuteStamp(at, timeZone), local });
  }
  return out;
}

/** The slot key a single tick at `now` produces for a job, or null when the cron does not fire then. */
export function slotForTick(job: string, cron: string, timeZone: string, now: Date): string | null {
  const [slot] = dueSlots(cron, timeZone, new Date(floorMinute(now).getTime() - 60_000), now);
  return slot ? `${job}:${slot.stamp}` : null;
}
