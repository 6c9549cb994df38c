/**
 * Kazakhstan's public holidays (non-working days, Labour Code art. 84 and the Law "On holidays").
 * A secular holiday that falls on a weekend moves to the next working day; the religious ones
 * (Orthodox Christmas, Kurban ait) do not. One-off transfers the government announces each year are
 * not modelled.
 */
interface Holiday {
  monthDay: string; // MM-DD
  moves: boolean;
}

const FIXED: Holiday[] = [
  { monthDay: '01-01', moves: true },
  { monthDay: '01-02', moves: true }, // New Year
  { monthDay: '01-07', moves: false }, // Orthodox Christmas
  { monthDay: '03-08', moves: true }, // International Women's Day
  { monthDay: '03-21', moves: true },
  { monthDay: '03-22', moves: true },
  { monthDay: '03-23', moves: true }, // Nauryz
  { monthDay: '05-01', moves: true }, // Unity Day
  { monthDay: '05-07', moves: true }, // Defender of the Fatherland Day
  { monthDay: '05-09', moves: true }, // Victory Day
  { monthDay: '07-06', moves: true }, // Capital Day
  { monthDay: '08-30', moves: true }, // Constitution Day
  { monthDay: '10-25', moves: true }, // Republic Day
  { monthDay: '12-16', moves: true }, // Independence Day
];

/** First day of Kurban ait (lunar calendar; the date is announced each year). */
const KURBAN_AIT = ['2024-06-16', '2025-06-06', '2026-05-27', '2027-05-16', '2028-05-05'];

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const isWeekendIso = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
const nextIso = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const cache = new Map<number, Set<string>>();

/** Every public day off of a year (YYYY-MM-DD), transfers included. */
export function daysOff(year: number): Set<string> {
  const cached = cache.get(year);
  if (cached) return cached;
  const off = new Set<string>(KURBAN_AIT.filter((d) => d.startsWith(`${year}-`)));
  const fixed = FIXED.map((h) => ({ day: `${year}-${h.monthDay}`, moves: h.moves }));
  for (const h of fixed) off.add(h.day);
  for (const h of fixed.filter((x) => x.moves && isWeekendIso(x.day))) {
    let d = nextIso(h.day);
    while (isWeekendIso(d) || off.has(d)) d = nextIso(d);
    off.add(d);
  }
  cache.set(year, off);
  return off;
}

/** Is this local calendar date a public day off in Kazakhstan? */
export const isPublicHoliday = (d: { year: number; month: number; day: number }): boolean =>
  daysOff(d.year).has(iso(d.year, d.month, d.day));
