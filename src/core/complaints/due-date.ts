import { isWorkingDay } from '../time/holidays.ts';
import { addDays, fromWallTime, toWallTime, zoneOffsetMinutes, type CalendarDate } from '../time/wall-time.ts';

/**
 * Due dates in working days counted in the authority's time zone, as Kazakhstan's appeal law counts
 * them: weekends and public holidays (with their transfers, see core/time/holidays.ts) do not count.
 * The due moment is the end of the last working day, local time, stored as UTC.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty';

/** The local date `days` working days after the local date of `from` (the filing day itself does not count). */
export function addWorkingDays(from: Date, days: number, timeZone = DEFAULT_TIME_ZONE): CalendarDate {
  const { year, month, day } = toWallTime(from, timeZone);
  let d: CalendarDate = { year, month, day };
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** The last millisecond of a local date in `timeZone`. */
function endOfDay(d: CalendarDate, timeZone: string): Date {
  const lastMinute = { ...d, hour: 23, minute: 59 };
  const naive = Date.UTC(d.year, d.month - 1, d.day, 23, 59);
  // A zone that skips 23:59 (never seen in Kazakhstan): the offset of that moment decides.
  const at = fromWallTime(lastMinute, timeZone) ?? new Date(naive - zoneOffsetMinutes(new Date(naive), timeZone) * 60_000);
  return new Date(at.getTime() + 59_999);
}

/** Due moment (UTC) of a complaint filed at `createdAt` with a target of `days` working days. */
export function dueDate(createdAt: Date, days: number, timeZone = DEFAULT_TIME_ZONE): Date {
  return endOfDay(addWorkingDays(createdAt, days, timeZone), timeZone);
}
