import { msg, type Text } from '../replies.ts';
import type { Subscription, SubscriptionKind } from './ports.ts';

/** Timetables offered as buttons; ids go into callback data. */
export const SCHEDULE_PRESETS = {
  d20: '0 20 * * *',
  d09: '0 9 * * *',
  w1: '0 9 * * 1',
} as const;
export type SchedulePresetId = keyof typeof SCHEDULE_PRESETS;

export const isSchedulePresetId = (v: unknown): v is SchedulePresetId => typeof v === 'string' && Object.hasOwn(SCHEDULE_PRESETS, v);

/**
 * Words for a subscription's timetable: a preset's name, the cron expression itself, or "off".
 * An empty cron means what scheduled posts make of it (core/posts): results as soon as they are
 * published, reminders at the default 09:00, no digest.
 */
export function describeSchedule(sub: Pick<Subscription, 'cron' | 'enabled'> | undefined, kind?: SubscriptionKind): Text {
  if (!sub || !sub.enabled) return msg('schedule-off');
  if (sub.cron.trim() === '' && kind === 'reminders') return msg('schedule-daily-09');
  if (sub.cron.trim() === '' && kind === 'digest') return msg('schedule-off');
  switch (sub.cron.trim()) {
    case SCHEDULE_PRESETS.d20:
      return msg('schedule-daily-20');
    case SCHEDULE_PRESETS.d09:
      return msg('schedule-daily-09');
    case SCHEDULE_PRESETS.w1:
      return msg('schedule-weekly-mon-09');
    case '':
      return msg('schedule-on-event');
    default:
      return msg('schedule-custom', { cron: sub.cron });
  }
}
