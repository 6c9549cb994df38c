import { isPublicHoliday } from './holidays.ts';

/**
 * Due dates in working days counted in the authority's time zone, as Kazakhstan's appeal law counts
 * them: weekends and public holidays (with their transfers, see holidays.ts) do not count.
 * The due moment is the end of the last working day, local time, stored as UTC.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty';

interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

/** The calendar date of `at` in `timeZone`. */
export function localDate(at: Date, timeZone: string): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** Offset of `timeZone` from UTC at `at`, in minutes (Asia/Almaty: +300 since March 2024, +360 before). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
    .formatToParts(at)
    .reduce<Record<string, number>>((acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: Number(p.value) }), {});
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60000);
}

/** The UTC instant of a local wall-clock time in `timeZone`. */
export function zonedToUtc(d: LocalDate, h: number, m: number, s: number, ms: number, timeZone: string): Date {
  const guess = Date.UTC(d.year, d.month - 1, d.day, h, m, s, ms);
  const offset = zoneOffsetMinutes(new Date(guess), timeZone);
  const first = guess - offset * 60000;
  // Re-check once: the offset may differ on the other side of a DST change.
  const offset2 = zoneOffsetMinutes(new Date(first), timeZone);
  return new Date(guess - offset2 * 60000);
}

const isWeekend = (d: LocalDate): boolean => {
  const dow = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return dow === 0 || dow === 6;
};

const nextDay = (d: LocalDate): LocalDate => {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};

/** The local date `days` working days after the local date of `from` (the filing day itself does not count). */
export function addWorkingDays(from: Date, days: number, timeZone = DEFAULT_TIME_ZONE): LocalDate {
  let d = localDate(from, timeZone);
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    d = nextDay(d);
    if (!isWeekend(d) && !isPublicHoliday(d)) left -= 1;
  }
  return d;
}

/** Due moment (UTC) of a complaint filed at `createdAt` with a target of `days` working days. */
export function dueDate(createdAt: Date, days: number, timeZone = DEFAULT_TIME_ZONE): Date {
  return zonedToUtc(addWorkingDays(createdAt, days, timeZone), 23, 59, 59, 999, timeZone);
}
