import { dayMatches, parseCron as parseSchedule, type CronSchedule } from '../groups/cron.ts';
import { nextRuns } from '../groups/cron-runs.ts';
import type { LocalParts } from './zoned-time.ts';

/**
 * Posts read exactly the cron dialect that group settings accept: one parser, in core/groups/cron.ts.
 * This file only adapts it to the scheduler's wall-clock parts.
 */
export type CronSpec = CronSchedule;

/** Parses an expression; throws an Error naming the bad field (the scheduler skips such rows). */
export function parseCron(expr: string): CronSpec {
  const parsed = parseSchedule(expr);
  if (parsed.ok) return parsed.schedule;
  const detail = parsed.reason === 'field-count' ? 'expected 5 fields' : `${parsed.field} value "${parsed.value}" is outside its range`;
  throw new Error(`cron: ${detail} in "${expr}"`);
}

/** Does the spec fire at these wall-clock parts? */
export const cronMatches = (spec: CronSpec, p: LocalParts): boolean =>
  dayMatches(spec, p.month, p.day, p.weekday) && spec.hours.includes(p.hour) && spec.minutes.includes(p.minute);

/** The first instant strictly after `after` at which the spec fires in `timeZone`, or null. */
export const nextRun = (spec: CronSpec, timeZone: string, after: Date): Date | null => nextRuns(spec, timeZone, after, 1)[0] ?? null;
