import { type AreaEntry, areaName } from '../areas/area.ts';
import { computeResults } from '../elections/compute-results.ts';
import { currentElection, isAhead, latestWithResults } from '../elections/election-texts.ts';
import { type Election, isAnnulled, personName } from '../elections/model.ts';
import type { Locale } from '../locale.ts';
import { type Text, lines, msg } from '../replies.ts';

export type KindIntent = 'days-left' | 'turnout' | 'against-all' | 'why' | 'akim' | 'where-vote';

const DAY = 86_400_000;
const localized = (t: Partial<Record<Locale, string>> | undefined, locale: Locale): string | undefined =>
  t?.[locale] ?? t?.ru ?? t?.kk ?? t?.en;

/** Whole days from today (UTC calendar) to the poll date. */
export const daysUntil = (e: Election, now: Date): number =>
  Math.round((e.pollDate.getTime() - Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) / DAY);

function daysLeft(list: readonly Election[], area: AreaEntry, locale: Locale, now: Date): Text {
  const next = [...list].filter((e) => isAhead(e, now) && e.status !== 'cancelled').sort((a, b) => +a.pollDate - +b.pollDate)[0];
  if (!next) return msg('questions-days-none', { area: areaName(area, locale) });
  return msg('questions-days-left', { area: areaName(area, locale), date: next.pollDate, days: daysUntil(next, now) });
}

function turnout(list: readonly Election[], area: AreaEntry, locale: Locale, now: Date): Text {
  const e = latestWithResults(list, now);
  if (!e) return msg('questions-no-results', { area: areaName(area, locale) });
  const t = computeResults(e).turnout;
  const base = { area: areaName(area, locale), date: e.pollDate };
  if (t !== null) return msg('questions-turnout', { ...base, percent: t, cast: e.results!.ballotsCast, electorate: e.results!.electorate });
  return msg('questions-turnout-unknown', base);
}

function againstAll(list: readonly Election[], area: AreaEntry, locale: Locale, now: Date): Text {
  const e = latestWithResults(list, now);
  if (!e) return msg('questions-no-results', { area: areaName(area, locale) });
  const a = computeResults(e).againstAll;
  const base = { area: areaName(area, locale), date: e.pollDate };
  if (!a) return msg('questions-against-all-unknown', base);
  return a.percent === null
    ? msg('questions-against-all-votes', { ...base, votes: a.votes })
    : msg('questions-against-all', { ...base, votes: a.votes, percent: a.percent });
}

/** Why a vote was annulled or cancelled, or a candidate withdrew or was removed: as published, or "no reason published". */
function why(list: readonly Election[], area: AreaEntry, locale: Locale): Text {
  const parts: Text[] = [];
  for (const e of list) {
    if (isAnnulled(e) || e.status === 'cancelled') {
      const reason = localized(e.statusReason, locale);
      const base = { area: areaName(area, locale), date: e.pollDate, status: e.status };
      parts.push(reason ? msg('questions-why-election', { ...base, reason }) : msg('questions-why-election-none', base));
      if (reason && e.statusSource) parts.push(msg('questions-why-source', { source: e.statusSource }));
    }
    for (const c of e.candidacies.filter((x) => x.status !== 'registered')) {
      const reason = localized(c.statusReason, locale);
      const base = { name: personName(c.person, locale), date: e.pollDate, status: c.status };
      parts.push(reason ? msg('questions-why-candidate', { ...base, reason }) : msg('questions-why-candidate-none', base));
      if (reason && c.statusSource) parts.push(msg('questions-why-source', { source: c.statusSource }));
    }
  }
  return parts.length ? lines(...parts) : msg('questions-why-nothing', { area: areaName(area, locale) });
}

/** The winner of the latest vote that counted (not annulled): what the data says, not a claim about today. */
function akim(list: readonly Election[], area: AreaEntry, locale: Locale, now: Date): Text {
  for (const e of [...list].filter((x) => x.pollDate <= now && x.status === 'held').sort((a, b) => +b.pollDate - +a.pollDate)) {
    const o = computeResults(e).outcome;
    if (o.kind === 'winner')
      return msg('questions-akim', { area: areaName(area, locale), date: e.pollDate, name: personName(o.candidacy.person, locale) });
  }
  return msg('questions-akim-unknown', { area: areaName(area, locale) });
}

function whereToVote(list: readonly Election[], area: AreaEntry, locale: Locale, now: Date): Text {
  const e = currentElection(list, now);
  const v = e?.voting;
  const where = localized(v?.where, locale);
  if (!e || (!where && !v?.opens && !v?.closes)) return msg('questions-where-unknown', { area: areaName(area, locale) });
  const parts: Text[] = [msg('questions-where-title', { area: areaName(area, locale), date: e.pollDate })];
  if (v?.opens || v?.closes) parts.push(msg('questions-where-hours', { opens: v.opens ?? '—', closes: v.closes ?? '—' }));
  if (where) parts.push(msg('questions-where-place', { place: where }));
  return lines(...parts);
}

const ANSWERS: Record<KindIntent, (list: readonly Election[], area: AreaEntry, locale: Locale, now: Date) => Text> = {
  'days-left': daysLeft,
  turnout,
  'against-all': againstAll,
  why: (list, area, locale) => why(list, area, locale),
  akim,
  'where-vote': whereToVote,
};

/** Answers one of the newer question kinds for an area from its elections (newest first). */
export function answerKind(intent: KindIntent, list: readonly Election[], area: AreaEntry, locale: Locale, now: Date): Text {
  if (list.length === 0) return msg('elections-none-for-area', { area: areaName(area, locale) });
  return ANSWERS[intent](list, area, locale, now);
}
