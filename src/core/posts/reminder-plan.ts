import type { Election } from '../elections/model.ts';
import { addDaysIso } from '../time/wall-time.ts';

/** Reminders before a vote: a week before, the day before, and the morning of the vote. */
export const REMINDER_STAGES = [
  { stage: 'week', daysBefore: 7 },
  { stage: 'day', daysBefore: 1 },
  { stage: 'today', daysBefore: 0 },
] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number]['stage'];

/** When a group has no reminder schedule of its own: 09:00 on its wall clock. */
export const DEFAULT_REMINDER_CRON = '0 9 * * *';

/** Elections that still get reminders: a vote is coming. */
// A rerun is its own election (status scheduled, `replaces` the annulled one); rerun_scheduled marks the annulled original.
const upcoming = (e: Election) => e.status === 'scheduled';

/** The vote's calendar date. Poll dates are stored as the date's UTC midnight (a day, not an instant). */
export const pollDay = (e: Pick<Election, 'pollDate'>): string => e.pollDate.toISOString().slice(0, 10);

/** The dates (YYYY-MM-DD, the chat's calendar) on which each reminder of an election is due. */
export function reminderPlan(e: Election): Array<{ stage: ReminderStage; date: string }> {
  return REMINDER_STAGES.map((s) => ({ stage: s.stage, date: addDaysIso(pollDay(e), -s.daysBefore) }));
}

/**
 * Reminders due on a chat's local date `today`: the slot is `<electionId>:<stage>`, so a reminder
 * goes out once per election and stage however often the group's cron fires that day.
 */
export function dueReminders(
  elections: readonly Election[],
  today: string,
): Array<{ election: Election; stage: ReminderStage; slot: string }> {
  const out: Array<{ election: Election; stage: ReminderStage; slot: string }> = [];
  for (const e of elections.filter(upcoming)) {
    for (const r of reminderPlan(e)) if (r.date === today) out.push({ election: e, stage: r.stage, slot: `${e.id}:${r.stage}` });
  }
  return out;
}

/** The next reminder after `today` (inclusive) for /preview. */
export function nextReminder(
  elections: readonly Election[],
  today: string,
): { election: Election; stage: ReminderStage; date: string } | null {
  const all = elections.filter(upcoming).flatMap((e) => reminderPlan(e).map((r) => ({ election: e, ...r })));
  return all.filter((r) => r.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
}
