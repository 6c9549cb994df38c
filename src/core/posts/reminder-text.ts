import { ballotSorted, personName, type Election } from '../elections/model.ts';
import type { Locale } from '../locale.ts';
import { lines, msg, type Text } from '../replies.ts';
import { pollDay, type ReminderStage } from './reminder-plan.ts';

/** A calendar day as a Date at noon UTC, so it renders as the same day in every zone from -11 to +11. */
export const dayValue = (d: Date): Date => new Date(`${d.toISOString().slice(0, 10)}T12:00:00Z`);

function headline(stage: ReminderStage, area: string, date: Date): Text {
  if (stage === 'week') return msg('reminder-week', { area, date });
  if (stage === 'day') return msg('reminder-day', { area, date });
  return msg('reminder-today', { area, date });
}

function keyDates(e: Election): Text[] {
  const out: Text[] = [];
  if (e.nominationStart && e.nominationEnd)
    out.push(msg('reminder-nomination', { from: dayValue(e.nominationStart), to: dayValue(e.nominationEnd) }));
  if (e.registrationDeadline) out.push(msg('reminder-registration-deadline', { date: dayValue(e.registrationDeadline) }));
  out.push(msg('reminder-poll-date', { date: dayValue(e.pollDate) }));
  return out;
}

/** A reminder before a vote: when, the registered candidates (in ballot order, or alphabetical when none was published), and the key dates. */
export function reminderText(e: Election, stage: ReminderStage, areaName: string, locale: Locale): Text {
  const date = new Date(`${pollDay(e)}T12:00:00Z`);
  const running = ballotSorted(e.candidacies.filter((c) => c.status === 'registered'));
  // Neutrality: a list without a published ballot order must not claim to be in ballot order.
  const title = running.some((c) => c.ballotOrder !== null)
    ? msg('reminder-candidates-title')
    : msg('reminder-candidates-title-alphabetical');
  const candidates = running.length
    ? [title, ...running.map((c, i) => msg('reminder-candidate', { order: c.ballotOrder ?? i + 1, name: personName(c.person, locale) }))]
    : [msg('reminder-no-candidates')];
  return lines(headline(stage, areaName, date), ...candidates, ...keyDates(e));
}
