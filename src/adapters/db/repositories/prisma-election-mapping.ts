import type { AreaKind } from '../../../core/areas/area.ts';
import type { CandidacyStatus, ElectionStatus, ResultStatus } from '../../../core/elections/model.ts';
import type { AreaRecord, CandidacyRecord, ElectionRecord, PersonRecord } from '../../../core/elections/records.ts';
import type { Area, Candidacy, Election, Person } from '../generated/sqlite/client.ts';
import { parseJsonList } from './prisma-area-repository.ts';

// Column conventions the schema has no dedicated place for (see the report to the lead):
// - Candidacy.party: party name; NULL = self-nominated (as the schema says); '' = not reported.
// - Election.note: JSON `{"declaredWinner": "<personId>"}` when a winner was reported without counts.

export const areaFromRow = (r: Area): AreaRecord => ({
  id: r.id, parentId: r.parentId, kind: r.kind as AreaKind, nameKk: r.nameKk, nameRu: r.nameRu, nameEn: r.nameEn,
  aliases: parseJsonList(r.aliases),
});

export const areaToRow = (a: AreaRecord) => ({ ...a, aliases: JSON.stringify(a.aliases) });

export const personFromRow = (r: Person): PersonRecord => ({
  id: r.id, nameKk: r.nameKk, nameRu: r.nameRu, nameEn: r.nameEn, aliases: parseJsonList(r.aliases),
});

export const personToRow = (p: PersonRecord) => ({ ...p, aliases: JSON.stringify(p.aliases) });

function declaredWinner(note: string | null): string | null {
  if (!note) return null;
  try {
    const value = JSON.parse(note) as { declaredWinner?: unknown };
    return typeof value.declaredWinner === 'string' ? value.declaredWinner : null;
  } catch {
    return null;
  }
}

export const electionFromRow = (r: Election): ElectionRecord & { resultsVersion: number } => ({
  id: r.id, areaId: r.areaId, office: r.office, pollDate: r.pollDate, nominationStart: r.nominationStart,
  nominationEnd: r.nominationEnd, registrationDeadline: r.registrationDeadline, status: r.status as ElectionStatus,
  replacesId: r.replacesId, sourceUrl: r.sourceUrl, electorate: r.electorate, ballotsCast: r.ballotsCast,
  againstAll: r.againstAll, spoilt: r.spoilt, resultStatus: r.resultStatus as ResultStatus | null,
  resultsPublishedAt: r.resultsPublishedAt, resultsSource: r.resultsSource, declaredWinnerId: declaredWinner(r.note),
  resultsVersion: r.resultsVersion,
});

export function electionToRow(e: ElectionRecord & { resultsVersion: number }) {
  const { declaredWinnerId, ...rest } = e;
  return { ...rest, note: declaredWinnerId ? JSON.stringify({ declaredWinner: declaredWinnerId }) : null };
}

export const candidacyFromRow = (r: Candidacy): CandidacyRecord => ({
  id: r.id, electionId: r.electionId, personId: r.personId,
  nomination: r.party === null ? 'self' : r.party === '' ? 'unknown' : 'party',
  party: r.party ? r.party : null, status: r.status as CandidacyStatus, ballotOrder: r.ballotOrder,
  statementKk: r.statementKk, statementRu: r.statementRu, statementEn: r.statementEn, votes: r.votes, incumbent: r.incumbent,
});

export function candidacyToRow(c: CandidacyRecord) {
  const { nomination, party, ...rest } = c;
  return { ...rest, party: nomination === 'self' ? null : nomination === 'unknown' ? '' : party };
}
