import { floorMinute, localParts, type LocalParts } from './zoned-time.ts';

/**
 * A five-field cron expression (minute hour day-of-month month day-of-week), as node-cron and
 * crontab read it: `*`, lists, ranges, steps, month and weekday names. Evaluated on a chat's
 * wall clock, so "0 20 * * *" means 20:00 in the chat's own time zone.
 */
export interface CronSpec {
  minutes: Set<number>;
  hours: Set<number>;
  days: Set<number>;
  months: Set<number>;
  weekdays: Set<number>;
  /** Both day fields restricted: crontab matches either (OR), not both. */
  dayOr: boolean;
}

const NAMES: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6,
};

function value(token: string, min: number, max: number): number {
  const n = /^\d+$/.test(token) ? Number(token) : NAMES[token.toLowerCase()];
  if (n === undefined || n < min || n > max) throw new Error(`cron: ${token} is outside ${min}-${max}`);
  return n;
}

function field(text: string, min: number, max: number): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : value(stepText, 1, max);
    let [lo, hi] = [min, max];
    if (range !== '*') {
      const [a, b] = range!.split('-');
      lo = value(a!, min, max);
      hi = b === undefined ? (stepText === undefined ? lo : max) : value(b, min, max);
    }
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

/** Parses an expression; throws an Error naming the bad field. Six fields (seconds first) are accepted, seconds ignored. */
export function parseCron(expr: string): CronSpec {
  let f = expr.trim().split(/\s+/);
  if (f.length === 6) f = f.slice(1);
  if (f.length !== 5) throw new Error(`cron: expected 5 fields, got "${expr}"`);
  const weekdays = field(f[4]!, 0, 7);
  if (weekdays.delete(7)) weekdays.add(0);
  return {
    minutes: field(f[0]!, 0, 59), hours: field(f[1]!, 0, 23), days: field(f[2]!, 1, 31), months: field(f[3]!, 1, 12),
    weekdays, dayOr: !f[2]!.startsWith('*') && !f[4]!.startsWith('*'),
  };
}

/** True when the expression is valid. */
export function isValidCron(expr: string): boolean {
  try {
    parseCron(expr);
    return true;
  } catch {
    return false;
  }
}

function dayMatches(spec: CronSpec, p: LocalParts): boolean {
  const dom = spec.days.has(p.day);
  const dow = spec.weekdays.has(p.weekday);
  return spec.months.has(p.month) && (spec.dayOr ? dom || dow : dom && dow);
}

/** Does the spec fire at these wall-clock parts? */
export const cronMatches = (spec: CronSpec, p: LocalParts): boolean =>
  spec.minutes.has(p.minute) && spec.hours.has(p.hour) && dayMatches(spec, p);

/**
 * The first instant strictly after `after` at which the spec fires in `timeZone`, or null within a
 * year. Skips whole days and hours that cannot match, so it stays cheap for /preview.
 */
export function nextRun(spec: CronSpec, timeZone: string, after: Date): Date | null {
  let t = floorMinute(after).getTime() + 60_000;
  const end = t + 366 * 86_400_000;
  while (t < end) {
    const p = localParts(new Date(t), timeZone);
    if (!dayMatches(spec, p)) t += ((23 - p.hour) * 60 + (60 - p.minute)) * 60_000;
    else if (!spec.hours.has(p.hour)) t += (60 - p.minute) * 60_000;
    else if (!spec.minutes.has(p.minute)) t += 60_000;
    else return new Date(t);
  }
  return null;
}
