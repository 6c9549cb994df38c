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

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `tz` is an IANA zone this runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/** The instant rounded down to its minute (slots are minutes). */
export const floorMinute = (d: Date): Date => new Date(Math.floor(d.getTime() / 60_000) * 60_000);

/** Local wall-clock parts of `at` in `timeZone`; seconds are dropped. */
export function localParts(at: Date, timeZone: string): LocalParts {
  const minute = floorMinute(at);
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(minute)) parts[p.type] = p.value;
  const local = { year: +parts.year!, month: +parts.month!, day: +parts.day!, hour: +parts.hour!, minute: +parts.minute! };
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  return { ...local, weekday: WEEKDAYS[parts.weekday!] ?? 0, offsetMinutes: Math.round((asUtc - minute.getTime()) / 60_000) };
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
