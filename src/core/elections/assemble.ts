import type { AreaEntry } from '../areas/area.ts';
import type { Candidacy, Election, Nomination, Person } from './model.ts';
import type { AreaRecord, CandidacyRecord, ElectionRecord, PersonRecord } from './records.ts';

/** Row -> domain person. */
export function toPerson(p: PersonRecord): Person {
  return { id: p.id, names: { kk: p.nameKk, ru: p.nameRu, en: p.nameEn }, aliases: p.aliases };
}

/** Row -> domain area. */
export function toAreaEntry(a: AreaRecord): AreaEntry {
  return { id: a.id, parentId: a.parentId, kind: a.kind, names: { kk: a.nameKk, ru: a.nameRu, en: a.nameEn }, aliases: a.aliases };
}

function nomination(c: CandidacyRecord): Nomination {
  if (c.nomination === 'party' && c.party) return { kind: 'party', party: c.party };
  return c.nomination === 'self' ? { kind: 'self' } : { kind: 'unknown' };
}

/** Per-language columns -> a text per locale, leaving out the missing ones. */
function localized(
  kk: string | null | undefined,
  ru: string | null | undefined,
  en: string | null | undefined,
): Partial<Record<'kk' | 'ru' | 'en', string>> {
  return { ...(kk ? { kk } : {}), ...(ru ? { ru } : {}), ...(en ? { en } : {}) };
}

function toCandidacy(c: CandidacyRecord, person: Person): Candidacy {
  const statement: Candidacy['statement'] = {};
  if (c.statementKk) statement.kk = c.statementKk;
  if (c.statementRu) statement.ru = c.statementRu;
  if (c.statementEn) statement.en = c.statementEn;
  return {
    id: c.id,
    person,
    nomination: nomination(c),
    status: c.status,
    ballotOrder: c.ballotOrder,
    incumbent: c.incumbent,
    statement,
    votes: c.votes,
    statusReason: localized(c.statusReasonKk, c.statusReasonRu, c.statusReasonEn),
    statusSource: c.statusSource ?? null,
  };
}

/** Rows -> one domain election; candidacies whose person row is missing are skipped. */
export function assembleElection(
  e: ElectionRecord & { resultsVersion: number },
  candidacies: readonly CandidacyRecord[],
  people: ReadonlyMap<string, PersonRecord>,
): Election {
  const list = candidacies
    .filter((c) => c.electionId === e.id && people.has(c.personId))
    .map((c) => toCandidacy(c, toPerson(people.get(c.personId)!)));
  return {
    id: e.id,
    areaId: e.areaId,
    office: e.office,
    pollDate: e.pollDate,
    nominationStart: e.nominationStart,
    nominationEnd: e.nominationEnd,
    registrationDeadline: e.registrationDeadline,
    status: e.status,
    replacesId: e.replacesId,
    sourceUrl: e.sourceUrl,
    candidacies: list,
    statusReason: localized(e.statusReasonKk, e.statusReasonRu, e.statusReasonEn),
    statusSource: e.statusSource ?? null,
    voting: {
      opens: e.pollsOpen ?? null,
      closes: e.pollsClose ?? null,
      where: localized(e.pollingPlaceKk, e.pollingPlaceRu, e.pollingPlaceEn),
    },
    results:
      e.resultStatus === null
        ? null
        : {
            status: e.resultStatus,
            electorate: e.electorate,
            ballotsCast: e.ballotsCast,
            againstAll: e.againstAll,
            spoilt: e.spoilt,
            publishedAt: e.resultsPublishedAt,
            source: e.resultsSource,
            declaredWinnerId: e.declaredWinnerId,
            version: e.resultsVersion,
          },
  };
}
