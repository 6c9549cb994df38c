import type { AreaKind } from '../areas/area.ts';
import type { CandidacyStatus, Election, ResultStatus } from './model.ts';
import type { ElectionData } from './import-format.ts';

/** Flat rows as the import writes them; keyed by the file's stable ids. */
export interface AreaRecord {
  id: string;
  parentId: string | null;
  kind: AreaKind;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  aliases: string[];
}

export interface PersonRecord {
  id: string;
  nameKk: string | null;
  nameRu: string | null;
  nameEn: string;
  aliases: string[];
}

/** The election's own columns (as in the model) plus its results flattened into one row. */
export type ElectionRecord = Omit<Election, 'candidacies' | 'results' | 'statusReason' | 'statusSource' | 'voting'> &
  Partial<ElectionExtras> & {
    electorate: number | null;
    ballotsCast: number | null;
    againstAll: number | null;
    spoilt: number | null;
    resultStatus: ResultStatus | null;
    resultsPublishedAt: Date | null;
    resultsSource: string | null;
    declaredWinnerId: string | null;
  };

/** Optional published texts of an election, one column each (absent in older rows and fixtures). */
export interface ElectionExtras {
  statusReasonKk: string | null;
  statusReasonRu: string | null;
  statusReasonEn: string | null;
  statusSource: string | null;
  pollsOpen: string | null;
  pollsClose: string | null;
  pollingPlaceKk: string | null;
  pollingPlaceRu: string | null;
  pollingPlaceEn: string | null;
}

export interface CandidacyRecord {
  id: string;
  electionId: string;
  personId: string;
  nomination: 'party' | 'self' | 'unknown';
  party: string | null;
  status: CandidacyStatus;
  ballotOrder: number | null;
  statementKk: string | null;
  statementRu: string | null;
  statementEn: string | null;
  votes: number | null;
  incumbent: boolean;
  statusReasonKk?: string | null;
  statusReasonRu?: string | null;
  statusReasonEn?: string | null;
  statusSource?: string | null;
}

export interface ImportRecords {
  areas: AreaRecord[];
  people: PersonRecord[];
  elections: ElectionRecord[];
  candidacies: CandidacyRecord[];
}

/** The fields whose change means "the results changed" (bumps resultsVersion, triggers posts). */
export const RESULT_FIELDS = [
  'electorate',
  'ballotsCast',
  'againstAll',
  'spoilt',
  'resultStatus',
  'resultsPublishedAt',
  'resultsSource',
  'declaredWinnerId',
  'status',
] as const satisfies readonly (keyof ElectionRecord)[];

const day = (s: string | undefined): Date | null => (s ? new Date(`${s}T00:00:00Z`) : null);
const instant = (s: string | undefined): Date | null => (!s ? null : s.length === 10 ? day(s) : new Date(s));

/** Parents before children, so a new parent exists before its first child is written. */
function parentsFirst(areas: AreaRecord[]): AreaRecord[] {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const out: AreaRecord[] = [];
  const done = new Set<string>();
  const visit = (a: AreaRecord): void => {
    if (done.has(a.id)) return;
    done.add(a.id);
    const parent = a.parentId ? byId.get(a.parentId) : undefined;
    if (parent) visit(parent);
    out.push(a);
  };
  areas.forEach(visit);
  return out;
}

/** Maps a validated file to rows. Pure; stable ids make the mapping of the same file identical. */
export function toRecords(data: ElectionData): ImportRecords {
  const areas = data.areas.map((a) => ({
    id: a.id,
    parentId: a.parent ?? null,
    kind: a.kind,
    nameKk: a.names.kk,
    nameRu: a.names.ru,
    nameEn: a.names.en,
    aliases: a.aliases,
  }));
  const people = data.people.map((p) => ({
    id: p.id,
    nameKk: p.names.kk ?? null,
    nameRu: p.names.ru ?? null,
    nameEn: p.names.en,
    aliases: p.aliases,
  }));
  const elections = data.elections.map(
    (e): ElectionRecord => ({
      id: e.id,
      areaId: e.area,
      office: e.office,
      pollDate: day(e.pollDate)!,
      nominationStart: day(e.nominationStart),
      nominationEnd: day(e.nominationEnd),
      registrationDeadline: day(e.registrationDeadline),
      status: e.status,
      replacesId: e.replaces ?? null,
      sourceUrl: e.source ?? null,
      electorate: e.results?.electorate ?? null,
      ballotsCast: e.results?.ballotsCast ?? null,
      againstAll: e.results?.againstAll ?? null,
      spoilt: e.results?.spoilt ?? null,
      resultStatus: e.results?.status ?? null,
      resultsPublishedAt: instant(e.results?.publishedAt),
      resultsSource: e.results?.source ?? null,
      declaredWinnerId: e.results?.winner ?? null,
      statusReasonKk: e.statusReason?.kk ?? null,
      statusReasonRu: e.statusReason?.ru ?? null,
      statusReasonEn: e.statusReason?.en ?? null,
      statusSource: e.statusSource ?? null,
      pollsOpen: e.voting?.opens ?? null,
      pollsClose: e.voting?.closes ?? null,
      pollingPlaceKk: e.voting?.where?.kk ?? null,
      pollingPlaceRu: e.voting?.where?.ru ?? null,
      pollingPlaceEn: e.voting?.where?.en ?? null,
    }),
  );
  const candidacies = data.elections.flatMap((e) =>
    e.candidates.map(
      (c): CandidacyRecord => ({
        id: `${e.id}/${c.person}`,
        electionId: e.id,
        personId: c.person,
        nomination: c.party ? 'party' : c.nomination === 'self' ? 'self' : 'unknown',
        party: c.party ?? null,
        status: c.status,
        ballotOrder: c.ballotOrder ?? null,
        statementKk: c.statement?.kk ?? null,
        statementRu: c.statement?.ru ?? null,
        statementEn: c.statement?.en ?? null,
        votes: c.votes ?? null,
        incumbent: c.incumbent,
        statusReasonKk: c.statusReason?.kk ?? null,
        statusReasonRu: c.statusReason?.ru ?? null,
        statusReasonEn: c.statusReason?.en ?? null,
        statusSource: c.statusSource ?? null,
      }),
    ),
  );
  return { areas: parentsFirst(areas), people, elections, candidacies };
}

/** Field-by-field equality of two rows (dates by instant, arrays by value). */
export function sameRecord<T extends object>(a: T, b: T, fields?: readonly (keyof T)[]): boolean {
  const keys = fields ?? (Object.keys(a) as (keyof T)[]);
  return keys.every((k) => norm(a[k]) === norm(b[k]));
}

const norm = (v: unknown): string => (v instanceof Date ? v.toISOString() : JSON.stringify(v ?? null));
