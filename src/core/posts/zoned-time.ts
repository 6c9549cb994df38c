import { isValidTimeZone, toWallTime } from '../groups/zoned-time.ts';

/** Wall-clock parts of an instant in an IANA time zone (pure: Intl only, no libraries). */
export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday ... 6 = Saturday, as cron counts. */
  weekday: number;
  /** Minutes east of UTC at that instant (Asia/Almaty: +300). */
  offsetMinutes: number;
}

/** True when `tz` is an IANA zone this runtime knows. */
export const isTimeZone = isValidTimeZone;

/** The instant rounded down to its minute (slots are minutes). */
export const floorMinute = (d: Date): Date => new Date(Math.floor(d.getTime() / 60_000) * 60_000);

/** Local wall-clock parts of `at` in `timeZone` (one Intl reading shared with group settings); seconds are dropped. */
export function localParts(at: Date, timeZone: string): LocalParts {
  const minute = floorMinute(at);
  const wall = toWallTime(minute, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return { ...wall, offsetMinutes: Math.round((asUtc - minute.getTime()) / 60_000) };
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** `2026-11-27` */
export const localDate = (p: Pick<LocalParts, 'year' | 'month' | 'day'>): string => `${p.year}-${pad(p.month)}-${pad(p.day)}`;

/** `2026-11-27T20:00+05:00`: a minute in the chat's zone with its offset, so DST repeats stay distinct. */
export function slotStamp(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  const sign = p.offsetMinutes < 0 ? '-' : '+';
  const off = `${sign}${pad(Math.floor(Math.abs(p.offsetMinutes) / 60))}:${pad(Math.abs(p.offsetMinutes) % 60)}`;
  return `${localDate(p)}T${pad(p.hour)}:${pad(p.minute)}${off}`;
}

/** Adds whole days to a `YYYY-MM-DD` date (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
