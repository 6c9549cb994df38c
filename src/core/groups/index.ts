/**
 * Group chats: settings (settlements, language, zone, posts), their audit, the greeting and the
 * timetable checks. The cron dialect itself is in core/time/cron.ts.
 *
 * For scheduled posts:
 *   const subs = await groupSettings.listActiveSubscriptions('results');   // enabled, active chats
 *   const parsed = parseCron(sub.cron);                                    // sub.cron "" = no timetable
 *   if (parsed.ok && cronMatches(parsed.schedule, toWallTime(now, sub.timeZone ?? DEFAULT_TZ))) ... // or nextRuns(...)
 */
export * from './ports.ts';
export * from './deps.ts';
export * from './time-zones.ts';
export * from './schedule-presets.ts';
export * from './check-schedule.ts';
export * from './format-run-time.ts';
export * from './buttons.ts';
export * from './settings-menus.ts';
export * from './show-settings.ts';
export * from './find-settlements.ts';
export * from './browse-areas.ts';
export * from './add-settlement.ts';
export * from './remove-settlement.ts';
export * from './change-group-language.ts';
export * from './change-time-zone.ts';
export * from './change-subscription.ts';
export * from './greet-group.ts';
export * from './record-change.ts';
export * from './choose-topic.ts';
export * from './topic-menus.ts';
