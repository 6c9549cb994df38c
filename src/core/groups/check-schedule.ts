import { DomainError } from '../errors.ts';
import { nextRuns, parseCron, shortestGapMinutes, type CronSchedule } from '../time/cron.ts';

/** A group gets at most one post of a kind an hour: Telegram allows ~20 messages a minute per group, and people leave noisy groups. */
export const MIN_MINUTES_BETWEEN_POSTS = 60;

/**
 * Validates a custom timetable for a group: five fields, fires at all, not more often than hourly.
 * Returns the schedule and its next three runs after `now` in `timeZone`.
 * Errors: GROUPS.CRON_FIELD_COUNT, GROUPS.CRON_INVALID {field, value}, GROUPS.CRON_NEVER, GROUPS.CRON_TOO_FREQUENT.
 */
export function checkSchedule(expression: string, timeZone: string, now: Date): { schedule: CronSchedule; next: Date[] } {
  const parsed = parseCron(expression);
  if (!parsed.ok) {
    if (parsed.reason === 'field-count') throw new DomainError('GROUPS.CRON_FIELD_COUNT');
    throw new DomainError('GROUPS.CRON_INVALID', { field: parsed.field, value: parsed.value });
  }
  const next = nextRuns(parsed.schedule, timeZone, now, 3);
  if (next.length === 0) throw new DomainError('GROUPS.CRON_NEVER');
  if (shortestGapMinutes(parsed.schedule, timeZone, now) < MIN_MINUTES_BETWEEN_POSTS) throw new DomainError('GROUPS.CRON_TOO_FREQUENT');
  return { schedule: parsed.schedule, next };
}
