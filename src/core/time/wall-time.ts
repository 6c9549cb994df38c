/**
 * Wall-clock time in an IANA time zone, with only Intl (no tz library). Storage is UTC; schedules,
 * due dates and what people read are in a zone: this is the one place that converts between them.
 */

/** A calendar date; month 1-12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A local date and time in some zone, to the minute; weekday 0 = Sunday (as cron counts). */
export interface WallTime extends CalendarDate {
  hour: number;
  minute: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True for a zone Intl knows ("Asia/Almaty", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The wall time of an instant in a zone (seconds dropped). */
export function toWallTime(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday!),
  };
}

type Minute = CalendarDate & Pick<WallTime, 'hour' | 'minute'>;

const wallMs = (w: Minute) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);

/** The instant rounded down to its minute. */
export const floorMinute = (d: Date): Date => new Date(Math.floor(d.getTime() / 60_000) * 60_000);

/**
 * The zone's offset from UTC at an instant, in minutes east (Asia/Almaty: +300 since March 2024,
 * +360 before). Seconds are dropped: every zone in use is whole minutes.
 */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const floored = floorMinute(instant);
  return Math.round((wallMs(toWallTime(floored, timeZone)) - floored.getTime()) / 60_000);
}

/**
 * The instant a wall time names in a zone, or null when the zone skips it (a spring-forward gap).
 * When the wall time happens twice (fall-back), the earlier instant is returned.
 */
export function fromWallTime(w: Minute, timeZone: string): Date | null {
  const local = wallMs(w);
  const offsetAt = (utcMs: number) => zoneOffsetMinutes(new Date(utcMs), timeZone) * 60_000;
  const candidates = new Set<number>();
  for (const probe of [local - offsetAt(local), local - offsetAt(local - 86_400_000), local - offsetAt(local + 86_400_000)]) {
    candidates.add(local - offsetAt(probe));
  }
  const exact = [...candidates].filter((utc) => wallMs(toWallTime(new Date(utc), timeZone)) === local).sort((a, b) => a - b);
  return exact.length > 0 ? new Date(exact[0]!) : null;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** `2026-11-27` */
export const isoDate = (d: CalendarDate): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/** Adds whole days to a calendar date (no zone involved). */
export function addDays(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDaysIso(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return isoDate(addDays({ year, month, day }, days));
}

/** 0 = Sunday ... 6 = Saturday. */
export const weekdayOf = (d: CalendarDate): number => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();

/** `2026-11-27T20:00+05:00`: a minute in a zone with its offset, so DST repeats stay distinct. */
export function minuteStamp(at: Date, timeZone: string): string {
  const w = toWallTime(at, timeZone);
  const offset = zoneOffsetMinutes(at, timeZone);
  const sign = offset < 0 ? '-' : '+';
  return `${isoDate(w)}T${pad(w.hour)}:${pad(w.minute)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
