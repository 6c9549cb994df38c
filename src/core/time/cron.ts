import { own } from '../own.ts';
import { fromWallTime, toWallTime, type WallTime } from './wall-time.ts';
/**
 * Five-field cron expressions (minute hour day-of-month month day-of-week), as Vixie cron reads them:
 * lists, ranges, steps, month and weekday names, 7 = Sunday, and day-of-month OR day-of-week when
 * both are restricted. Seconds are not accepted: posts are planned to the minute.
 *
 * Written in core (not node-cron) because core must not depend on node-cron, and node-cron 4's
 * next-run helpers read the wall clock and accept a sixth (seconds) field.
 */

export type CronField = 'minute' | 'hour' | 'day-of-month' | 'month' | 'day-of-week';

/** A parsed expression: the allowed values of each field. */
export interface CronSchedule {
  expression: string;
  minutes: readonly number[];
  hours: readonly number[];
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  /** 0 = Sunday ... 6 = Saturday. */
  daysOfWeek: ReadonlySet<number>;
  /** Restricted (not `*`) day fields: Vixie cron matches either day field when both are. */
  domRestricted: boolean;
  dowRestricted: boolean;
}

export type CronParseResult =
  | { ok: true; schedule: CronSchedule }
  | { ok: false; reason: 'field-count' | 'bad-value'; field?: CronField; value?: string };

const FIELDS: { name: CronField; min: number; max: number; names?: string[] }[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] },
  { name: 'day-of-week', min: 0, max: 7, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
];

const MACROS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

/** Reads one number or name of a field; NaN when it is neither. */
function atom(text: string, spec: (typeof FIELDS)[number]): number {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const named = spec.names?.indexOf(text.toLowerCase()) ?? -1;
  return named >= 0 ? named + (spec.name === 'month' ? 1 : 0) : NaN;
}

/** The values one field allows, or null when any part of it is malformed or out of range. */
function parseField(text: string, spec: (typeof FIELDS)[number]): Set<number> | null {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^(\*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d{1,2}))?$/.exec(part);
    if (!m) return null;
    const step = m[2] === undefined ? 1 : Number(m[2]);
    let lo = spec.min;
    let hi = spec.max;
    if (m[1] !== '*') {
      const [a, b] = m[1]!.split('-');
      lo = atom(a!, spec);
      // "5/15" means "from 5 to the end, every 15" (as in Vixie cron and node-cron).
      hi = b !== undefined ? atom(b, spec) : m[2] !== undefined ? spec.max : lo;
    }
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < spec.min || hi > spec.max || lo > hi || step < 1) return null;
    for (let v = lo; v <= hi; v += step) values.add(spec.name === 'day-of-week' && v === 7 ? 0 : v);
  }
  return values;
}

/** Parses an expression; never throws. Macros such as `@daily` are accepted. */
export function parseCron(expression: string): CronParseResult {
  const trimmed = expression.trim().replace(/\s+/g, ' ');
  const parts = (own(MACROS, trimmed.toLowerCase()) ?? trimmed).split(' ');
  if (parts.length !== 5 || parts[0] === '') return { ok: false, reason: 'field-count' };
  const sets: Set<number>[] = [];
  for (let i = 0; i < 5; i++) {
    const set = parseField(parts[i]!, FIELDS[i]!);
    if (!set) return { ok: false, reason: 'bad-value', field: FIELDS[i]!.name, value: parts[i] };
    sets.push(set);
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return {
    ok: true,
    schedule: {
      expression: trimmed,
      minutes: sorted(sets[0]!),
      hours: sorted(sets[1]!),
      daysOfMonth: sets[2]!,
      months: sets[3]!,
      daysOfWeek: sets[4]!,
      domRestricted: !parts[2]!.startsWith('*'),
      dowRestricted: !parts[4]!.startsWith('*'),
    },
  };
}

/** Schedules parsed by `cronSchedule`, by expression (schedules are never changed once parsed). */
const parsedSchedules = new Map<string, CronSchedule>();
const PARSED_KEPT = 1_000;

/**
 * Parses an expression a stored row holds; throws an Error naming the bad field (the scheduler skips such rows).
 * A schedule tick reads every group's subscriptions, most with the same few expressions: each is parsed once.
 */
export function cronSchedule(expression: string): CronSchedule {
  const known = parsedSchedules.get(expression);
  if (known) return known;
  const parsed = parseCron(expression);
  if (parsed.ok) {
    if (parsedSchedules.size >= PARSED_KEPT) parsedSchedules.delete(parsedSchedules.keys().next().value!);
    parsedSchedules.set(expression, parsed.schedule);
    return parsed.schedule;
  }
  const detail = parsed.reason === 'field-count' ? 'expected 5 fields' : `${parsed.field} value "${parsed.value}" is outside its range`;
  throw new Error(`cron: ${detail} in "${expression}"`);
}

/** Does a calendar day (month 1-12, weekday 0 = Sunday) match the schedule's day fields? */
function dayMatches(s: CronSchedule, month: number, day: number, weekday: number): boolean {
  if (!s.months.has(month)) return false;
  const dom = s.daysOfMonth.has(day);
  const dow = s.daysOfWeek.has(weekday);
  if (s.domRestricted && s.dowRestricted) return dom || dow;
  return dom && dow;
}

/** Does the schedule fire at this wall-clock minute? (`toWallTime(instant, zone)` for an instant.) */
export const cronMatches = (s: CronSchedule, w: WallTime): boolean =>
  dayMatches(s, w.month, w.day, w.weekday) && s.hours.includes(w.hour) && s.minutes.includes(w.minute);

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

/** The first instant strictly after `after` at which the schedule fires in `timeZone`, or null. */
export const nextRun = (schedule: CronSchedule, timeZone: string, after: Date): Date | null =>
  nextRuns(schedule, timeZone, after, 1)[0] ?? null;

/** The shortest gap between consecutive runs among the next `sample` ones, in minutes (Infinity with < 2 runs). */
export function shortestGapMinutes(schedule: CronSchedule, timeZone: string, from: Date, sample = 60): number {
  const runs = nextRuns(schedule, timeZone, from, sample);
  let gap = Infinity;
  for (let i = 1; i < runs.length; i++) gap = Math.min(gap, (runs[i]!.getTime() - runs[i - 1]!.getTime()) / 60_000);
  return gap;
}
