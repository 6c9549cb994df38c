import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { isoDate, weekdayOf, type CalendarDate } from './wall-time.ts';

/**
 * Kazakhstan's working-day calendar, one data file a year: `holidays/kz-<year>.json`.
 *
 * Days off (Labour Code art. 84, the Law "On holidays"): the public holidays; a secular holiday that
 * falls on a weekend moves to the next working day (the religious ones, Orthodox Christmas and
 * Kurban ait, do not); Kurban ait's date is announced each year. The government also moves days by
 * decree each year (a Friday off in exchange for a working Saturday): such a Saturday goes into the
 * year's `workingDays`, the day off into `daysOff`. A test fails when the current year has no file.
 */
const YearFile = z.object({
  year: z.number().int(),
  country: z.literal('KZ'),
  daysOff: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), name: z.string().min(1) })),
  workingDays: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), name: z.string().min(1) })),
});

export interface HolidayYear {
  daysOff: ReadonlySet<string>;
  /** Saturdays or Sundays made working days by decree. */
  workingDays: ReadonlySet<string>;
}

const yearUrl = (year: number) => new URL(`./holidays/kz-${year}.json`, import.meta.url);
const cache = new Map<number, HolidayYear | null>();

/** The year's calendar, or null when there is no file for it (then only weekends are days off). */
export function holidayYear(year: number): HolidayYear | null {
  if (cache.has(year)) return cache.get(year)!;
  const url = yearUrl(year);
  let calendar: HolidayYear | null = null;
  if (existsSync(url)) {
    const file = YearFile.parse(JSON.parse(readFileSync(url, 'utf8')));
    const dates = [...file.daysOff, ...file.workingDays].map((d) => d.date);
    const stray = dates.find((d) => !d.startsWith(`${year}-`));
    if (file.year !== year || stray) throw new Error(`holidays/kz-${year}.json: ${stray ?? `year ${file.year}`} is not in ${year}`);
    calendar = { daysOff: new Set(file.daysOff.map((d) => d.date)), workingDays: new Set(file.workingDays.map((d) => d.date)) };
  }
  cache.set(year, calendar);
  return calendar;
}

/** Is this calendar date a working day in Kazakhstan (not a weekend unless decreed, not a day off)? */
export function isWorkingDay(d: CalendarDate): boolean {
  const calendar = holidayYear(d.year);
  const day = isoDate(d);
  if (calendar?.daysOff.has(day)) return false;
  const weekday = weekdayOf(d);
  return (weekday !== 0 && weekday !== 6) || Boolean(calendar?.workingDays.has(day));
}
