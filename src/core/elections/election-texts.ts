import { type AreaEntry, areaName } from '../areas/area.ts';
import type { Locale } from '../locale.ts';
import { type Text, lines, msg, raw } from '../replies.ts';
import { type Candidacy, type Election, isAnnulled, personName } from './model.ts';

/** One line per election in a list: date, area, office, status. */
export function electionLine(e: Election, area: AreaEntry | undefined, locale: Locale): Text {
  return msg('elections-line', { date: e.pollDate, area: area ? areaName(area, locale) : e.areaId, status: e.status });
}

/** The election card: what, where, when, key dates, status. */
export function electionCard(e: Election, area: AreaEntry | undefined, locale: Locale, replaced: Election | null): Text {
  const parts: Text[] = [msg('elections-card-title', { area: area ? areaName(area, locale) : e.areaId, date: e.pollDate })];
  parts.push(msg('elections-card-status', { status: e.status }));
  if (replaced) parts.push(msg('elections-card-rerun-of', { date: replaced.pollDate }));
  if (e.nominationStart && e.nominationEnd) parts.push(msg('elections-card-nomination', { from: e.nominationStart, to: e.nominationEnd }));
  if (e.registrationDeadline) parts.push(msg('elections-card-registration', { date: e.registrationDeadline }));
  parts.push(msg('elections-card-candidates', { count: e.candidacies.filter((c) => c.status === 'registered').length }));
  if (e.sourceUrl) parts.push(msg('elections-card-source', { url: e.sourceUrl }));
  return lines(...parts);
}

/** A candidate's entry: number, name, nomination, incumbent, status, statement in the reader's language. */
export function candidateEntry(c: Candidacy, n: number, locale: Locale): Text {
  const parts: Text[] = [msg('candidates-entry', { n, name: personName(c.person, locale) })];
  if (c.nomination.kind === 'party') parts.push(msg('candidates-party', { party: c.nomination.party }));
  else if (c.nomination.kind === 'self') parts.push(msg('candidates-self-nominated'));
  if (c.incumbent) parts.push(msg('candidates-incumbent'));
  if (c.status !== 'registered') parts.push(msg('candidates-status', { status: c.status }));
  const statement = c.statement[locale];
  if (statement) parts.push(raw(statement));
  return lines(...parts);
}

/** Rough size of a candidate entry once rendered, for paging. */
export const candidateSize = (c: Candidacy): number =>
  160 +
  c.person.names.en.length +
  (c.nomination.kind === 'party' ? c.nomination.party.length : 0) +
  Math.max(c.statement.kk?.length ?? 0, c.statement.ru?.length ?? 0, c.statement.en?.length ?? 0);

/** Poll dates are calendar days (midnight UTC): a vote is still ahead for the whole of its day. */
export function isAhead(e: Election, now: Date): boolean {
  return e.pollDate.getTime() >= Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/** The election "now" for an area: the next upcoming one, else the most recent that was not cancelled. */
export function currentElection(list: readonly Election[], now: Date): Election | null {
  const upcoming = list.filter((e) => isAhead(e, now) && e.status !== 'cancelled').sort((a, b) => +a.pollDate - +b.pollDate);
  return upcoming[0] ?? list.filter((e) => e.status !== 'cancelled').sort((a, b) => +b.pollDate - +a.pollDate)[0] ?? list[0] ?? null;
}

/** The latest election with something to report: held or annulled, or with published counts. */
export function latestWithResults(list: readonly Election[], now: Date): Election | null {
  return (
    [...list]
      .filter((e) => e.pollDate <= now && (e.results !== null || e.status === 'held' || isAnnulled(e)))
      .sort((a, b) => +b.pollDate - +a.pollDate)[0] ?? null
  );
}
