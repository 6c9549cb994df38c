/**
 * Wall-clock time in an IANA time zone, with only Intl (no tz library). Storage is UTC; schedules
 * and what people read are in the chat's zone.
 */

/** A local date and time in some zone; month 1-12, weekday 0 = Sunday. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
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

/** The wall time of an instant in a zone. */
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

const wallMs = (w: Pick<WallTime, 'year' | 'month' | 'day' | 'hour' | 'minute'>) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);

/** The zone's offset from UTC at an instant, in ms (seconds dropped: every zone in use is whole minutes). */
function offsetAt(utcMs: number, timeZone: string): number {
  const floored = Math.floor(utcMs / 60_000) * 60_000;
  return wallMs(toWallTime(new Date(floored), timeZone)) - floored;
}

/**
 * The instant a wall time names in a zone, or null when the zone skips it (a spring-forward gap).
 * When the wall time happens twice (fall-back), the earlier instant is returned.
 */
export function fromWallTime(w: Pick<WallTime, 'year' | 'month' | 'day' | 'hour' | 'minute'>, timeZone: string): Date | null {
  const local = wallMs(w);
  const candidates = new Set<number>();
  for (const probe of [
    local - offsetAt(local, timeZone),
    local - offsetAt(local - 86_400_000, timeZone),
    local - offsetAt(local + 86_400_000, timeZone),
  ]) {
    candidates.add(local - offsetAt(probe, timeZone));
  }
  const exact = [...candidates].filter((utc) => wallMs(toWallTime(new Date(utc), timeZone)) === local).sort((a, b) => a - b);
  return exact.length > 0 ? new Date(exact[0]!) : null;
}
