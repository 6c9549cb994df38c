import type { AreaRepository } from '../areas/ports.ts';
import type { Clock } from '../clock.ts';
import type { UserRepository } from '../ports.ts';
import type { Election, Person } from './model.ts';
import type { KnownIds } from './cross-check.ts';
import type { AreaRecord, CandidacyRecord, ElectionRecord, PersonRecord } from './records.ts';
import type { Validation } from './validate-election-data.ts';

/** Reads elections with their candidacies (people included) and results. */
export interface ElectionRepository {
  get(id: string): Promise<Election | null>;
  /** Elections in these areas, newest poll date first. */
  listByAreas(areaIds: readonly string[]): Promise<Election[]>;
  /** The rerun of an annulled election, if one was recorded (`replacesId` = id). */
  findRerunOf(id: string): Promise<Election | null>;
  /** Everyone who stood in any election, for finding candidates named in questions. */
  listPeople(): Promise<Person[]>;
  /** The elections a person stood in, newest poll date first. */
  listByPerson(personId: string): Promise<Election[]>;
}

/** Writes of one import, inside one database transaction. Rows are upserted by their stable id. */
export interface ImportTx {
  findAreas(ids: string[]): Promise<AreaRecord[]>;
  findPeople(ids: string[]): Promise<PersonRecord[]>;
  findElections(ids: string[]): Promise<(ElectionRecord & { resultsVersion: number })[]>;
  findCandidacies(electionIds: string[]): Promise<CandidacyRecord[]>;
  saveArea(row: AreaRecord): Promise<void>;
  savePerson(row: PersonRecord): Promise<void>;
  saveElection(row: ElectionRecord & { resultsVersion: number }): Promise<void>;
  saveCandidacy(row: CandidacyRecord): Promise<void>;
  deleteCandidacies(ids: string[]): Promise<void>;
}

/** Where an import lands: all of a file or nothing. */
export interface ElectionImportStore {
  knownIds(): Promise<Required<KnownIds>>;
  /** Runs `fn` in one transaction; a throw rolls everything back. */
  transaction<T>(fn: (tx: ImportTx) => Promise<T>): Promise<T>;
}

/** What the election answers need; wired in the composition root. */
export interface ElectionsDeps {
  areas: AreaRepository;
  elections: ElectionRepository;
  users: UserRepository;
  clock: Clock;
}

/**
 * Reads and checks a data file's text against what is already stored (`validateElectionData`). The bot
 * runs it in a worker thread, so a large or hostile upload never holds everyone else's answers.
 */
export type ElectionDataValidator = (text: string, known: Required<KnownIds>) => Promise<Validation>;
