import { DomainError } from '../errors.ts';
import type { ChatId } from '../ids.ts';
import type { GroupSettingsDeps } from './deps.ts';
import { checkSchedule } from './check-schedule.ts';
import type { Actor, Subscription, SubscriptionKind } from './ports.ts';
import { recordChange } from './record-change.ts';
import { SCHEDULE_PRESETS, type SchedulePresetId } from './schedule-presets.ts';

/** A timetable choice: a preset, a custom cron expression, results as soon as published, or off. */
export type ScheduleChoice = { preset: SchedulePresetId } | { cron: string } | { onEvent: true } | { off: true };

/**
 * Sets when the group gets one kind of post. A custom expression is validated (see checkSchedule)
 * in the chat's zone; the next three runs come back so the admin sees what they chose.
 */
export async function changeSubscription(
  deps: GroupSettingsDeps,
  chatId: ChatId,
  actor: Actor,
  kind: SubscriptionKind,
  choice: ScheduleChoice,
): Promise<{ subscription: Subscription; next: Date[] }> {
  const chat = await deps.chats.find(chatId);
  const zone = chat?.timeZone ?? deps.defaultTimeZone;
  const before = (await deps.settings.listSubscriptions(chatId)).find((s) => s.kind === kind);
  let subscription: Subscription;
  let next: Date[] = [];
  if ('off' in choice) {
    subscription = { chatId, kind, cron: before?.cron ?? '', enabled: false };
  } else if ('onEvent' in choice) {
    // Only results are events (published by admins); "" is how scheduled posts read "no timetable".
    if (kind !== 'results') throw new DomainError('BUTTON.STALE');
    subscription = { chatId, kind, cron: '', enabled: true };
  } else {
    const cron = 'preset' in choice ? SCHEDULE_PRESETS[choice.preset] : choice.cron;
    const checked = checkSchedule(cron, zone, deps.clock.now());
    subscription = { chatId, kind, cron: checked.schedule.expression, enabled: true };
    next = checked.next;
  }
  if (before?.cron === subscription.cron && before.enabled === subscription.enabled) return { subscription, next };
  await deps.settings.saveSubscription(subscription);
  await recordChange(deps.audit, deps.clock.now(), chatId, actor, 'group.subscription', kind, {
    from: before ? { cron: before.cron, enabled: before.enabled } : null,
    to: { cron: subscription.cron, enabled: subscription.enabled },
  });
  return { subscription, next };
}
