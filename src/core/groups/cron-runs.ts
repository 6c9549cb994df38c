import { dayMatches, type CronSchedule } from './cron.ts';
import { fromWallTime, toWallTime } from './zoned-time.ts';

/** Far enough to meet a 29 February, close enough to stay cheap for schedules that never run. */
const SEARCH_DAYS = 8 * 366;
const DAY_MS = 86_400_000;

/**
 * The next `count` instants (UTC) strictly after `after` at which the schedule fires in `timeZone`.
 * Fewer come back when the schedule never fires within eight years (e.g. "0 0 30 2 *").
 * Wall times a zone skips (spring-forward) are skipped; repeated ones (fall-back) fire once.
 */
export function nextRuns(schedule: CronSchedule, timeZone: string, after: Date, count: number): Date[] {
  const out: Date[] = [];
  const start = toWallTime(after, timeZone);
  let dayMs = Date.UTC(start.year, start.month - 1, start.day);
  for (let i = 0; i < SEARCH_DAYS && out.length < count; i++, dayMs += DAY_MS) {
    const d = new Date(dayMs);
    const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    if (!dayMatches(schedule, month, day, d.getUTCDay())) continue;
    for (const hour of schedule.hours) {
      for (const minute of schedule.minutes) {
        const instant = fromWallTime({ year, month, day, hour, minute }, timeZone);
        if (!instant || instant.getTime() <= after.getTime()) continue;
        out.push(instant);
        if (out.length === count) return out;
      }
    }
  }
  return out;
}

/** Does the schedule fire in the minute containing `instant` (read in `timeZone`)? For schedulers ticking each minute. */
export function cronMatches(schedule: CronSchedule, timeZone: string, instant: Date): boolean {
  const w = toWallTime(instant, timeZone);
  return dayMatches(schedule, w.month, w.day, w.weekday) && schedule.hours.includes(w.hour) && schedule.minutes.includes(w.minute);
}

/** The shortest gap between consecutive runs among the next `sample` ones, in minutes (Infinity with < 2 runs). */
export function shortestGapMinutes(schedule: CronSchedule, timeZone: string, from: Date, sample = 60): number {
  const runs = nextRuns(schedule, timeZone, from, sample);
  let gap = Infinity;
  for (let i = 1; i < runs.length; i++) gap = Math.min(gap, (runs[i]!.getTime() - runs[i - 1]!.getTime()) / 60_000);
  return gap;
}
