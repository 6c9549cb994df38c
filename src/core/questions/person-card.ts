import { type AreaEntry, areaName } from '../areas/area.ts';
import { computeResults } from '../elections/compute-results.ts';
import { type Candidacy, type Election, isAnnulled, type Person, personName } from '../elections/model.ts';
import type { Locale } from '../locale.ts';
import { type Text, lines, msg, raw } from '../replies.ts';

/** Did this candidacy win, lose, or is it not decided (annulled, not counted, withdrawn)? */
function outcome(e: Election, c: Candidacy, now: Date): string {
  if (c.status !== 'registered') return c.status;
  if (e.status === 'cancelled') return 'cancelled';
  if (isAnnulled(e)) return 'annulled';
  if (e.pollDate > now || (!e.results && e.status === 'scheduled')) return 'upcoming';
  const r = computeResults(e);
  if (r.outcome.kind === 'winner') return r.outcome.candidacy.id === c.id ? 'won' : 'lost';
  if (r.outcome.kind === 'tie') return r.outcome.candidacies.some((x) => x.id === c.id) ? 'tie' : 'lost';
  return 'not-reported';
}

/** One election of a candidate: the same fields every time, "not reported" where the data is silent. */
function stood(e: Election, c: Candidacy, area: AreaEntry | undefined, locale: Locale, now: Date): Text {
  const r = computeResults(e);
  const mine = r.candidates.find((x) => x.candidacy.id === c.id);
  const nomination = c.nomination.kind === 'party' ? c.nomination.party : c.nomination.kind;
  const statement = c.statement[locale] ?? c.statement.ru ?? c.statement.kk ?? c.statement.en;
  const source = e.results?.source ?? e.sourceUrl;
  return lines(
    msg('person-election', { area: area ? areaName(area, locale) : e.areaId, date: e.pollDate, status: e.status }),
    msg('person-nomination', { kind: c.nomination.kind, party: nomination }),
    msg('person-incumbent', { incumbent: c.incumbent ? 'yes' : 'no' }),
    mine?.votes == null
      ? msg('person-votes-unknown')
      : mine.percent == null
        ? msg('person-votes', { votes: mine.votes })
        : msg('person-votes-share', { votes: mine.votes, percent: mine.percent }),
    msg('person-outcome', { outcome: outcome(e, c, now) }),
    statement ? msg('person-statement', { text: statement }) : msg('person-statement-none'),
    source ? msg('person-source', { source }) : msg('person-source-none'),
  );
}

/**
 * A candidate's card: every election they stood in (newest first) with nomination, incumbency,
 * votes and share, whether they won, their statement and the source. Neutral: the same fields for
 * everyone, no adjectives, nothing the data does not say.
 */
export function personCard(person: Person, elections: readonly Election[], areas: readonly AreaEntry[], locale: Locale, now: Date): Text {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const parts: Text[] = [msg('person-title', { name: personName(person, locale) })];
  for (const e of elections) {
    const c = e.candidacies.find((x) => x.person.id === person.id);
    if (c) parts.push(raw(''), stood(e, c, byId.get(e.areaId), locale, now));
  }
  if (parts.length === 1) parts.push(msg('person-no-elections'));
  return lines(...parts);
}
