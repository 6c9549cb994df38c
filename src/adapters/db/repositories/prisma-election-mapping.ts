import type { AreaKind } from '../../../core/areas/area.ts';
import type { CandidacyStatus, ElectionStatus, ResultStatus } from '../../../core/elections/model.ts';
import type { AreaRecord, CandidacyRecord, ElectionRecord, PersonRecord } from '../../../core/elections/records.ts';
import type { Area, Candidacy, Election, Person } from '../generated/sqlite/client.ts';
import { parseJsonList } from './prisma-area-repository.ts';

export const areaFromRow = (r: Area): AreaRecord => ({
  id: r.id,
  parentId: r.parentId,
  kind: r.kind as AreaKind,
  nameKk: r.nameKk,
  nameRu: r.nameRu,
  nameEn: r.nameEn,
  aliases: parseJsonList(r.aliases),
});

export const areaToRow = (a: AreaRecord) => ({ ...a, aliases: JSON.stringify(a.aliases) });

export const personFromRow = (r: Person): PersonRecord => ({
  id: r.id,
  nameKk: r.nameKk,
  nameRu: r.nameRu,
  nameEn: r.nameEn,
  aliases: parseJsonList(r.aliases),
});

export const personToRow = (p: PersonRecord) => ({ ...p, aliases: JSON.stringify(p.aliases) });

export const electionFromRow = (r: Election): ElectionRecord & { resultsVersion: number } => ({
  id: r.id,
  areaId: r.areaId,
  office: r.office,
  pollDate: r.pollDate,
  nominationStart: r.nominationStart,
  nominationEnd: r.nominationEnd,
  registrationDeadline: r.registrationDeadline,
  status: r.status as ElectionStatus,
  replacesId: r.replacesId,
  sourceUrl: r.sourceUrl,
  electorate: r.electorate,
  ballotsCast: r.ballotsCast,
  againstAll: r.againstAll,
  spoilt: r.spoilt,
  resultStatus: r.resultStatus as ResultStatus | null,
  resultsPublishedAt: r.resultsPublishedAt,
  resultsSource: r.resultsSource,
  declaredWinnerId: r.declaredWinnerId,
  resultsVersion: r.resultsVersion,
  statusReasonKk: r.statusReasonKk,
  statusReasonRu: r.statusReasonRu,
  statusReasonEn: r.statusReasonEn,
  statusSource: r.statusSource,
  pollsOpen: r.pollsOpen,
  pollsClose: r.pollsClose,
  pollingPlaceKk: r.pollingPlaceKk,
  pollingPlaceRu: r.pollingPlaceRu,
  pollingPlaceEn: r.pollingPlaceEn,
});

export const electionToRow = (e: ElectionRecord & { resultsVersion: number }) => e;

export const candidacyFromRow = (r: Candidacy): CandidacyRecord => ({
  id: r.id,
  electionId: r.electionId,
  personId: r.personId,
  nomination: r.nomination === 'self' || r.nomination === 'unknown' ? r.nomination : 'party',
  party: r.nomination === 'party' ? r.party : null,
  status: r.status as CandidacyStatus,
  ballotOrder: r.ballotOrder,
  statementKk: r.statementKk,
  statementRu: r.statementRu,
  statementEn: r.statementEn,
  votes: r.votes,
  incumbent: r.incumbent,
  statusReasonKk: r.statusReasonKk,
  statusReasonRu: r.statusReasonRu,
  statusReasonEn: r.statusReasonEn,
  statusSource: r.statusSource,
});

export const candidacyToRow = (c: CandidacyRecord) => ({ ...c, party: c.nomination === 'party' ? c.party : null });
