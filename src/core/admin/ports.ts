import type { AreaEntry } from '../areas/area.ts';
import type { ComplaintRecord } from '../complaints/types.ts';
import type { UserId } from '../ids.ts';
import type { ComplaintQueryFilter } from './complaint-filter.ts';
import type { AdminRecord, AuditRecord, NewAuditRecord } from './types.ts';

/** Admins added by owners (owners themselves live in config). */
export interface AdminRepository {
  find(user: UserId): Promise<AdminRecord | null>;
  list(): Promise<AdminRecord[]>;
  /** Adds or replaces the admin's role and areas. */
  save(admin: AdminRecord): Promise<void>;
  /** False when there was no such admin. */
  remove(user: UserId): Promise<boolean>;
}

/** The audit trail. */
export interface AuditLog {
  record(entry: NewAuditRecord): Promise<void>;
  /** Newest first. */
  recent(page: { offset: number; limit: number }): Promise<{ items: AuditRecord[]; total: number }>;
}

/** The area tree, loaded whole (it is small): for scoping and for names. */
export interface AreaTree {
  listAll(): Promise<AreaEntry[]>;
}

/** Staff queries over complaints: filters the residents' repository does not have (overdue, scope). */
export interface ComplaintReviewQuery {
  /** Newest first. */
  /** The inbox's page, by due date (overdue first), then id. */
  page(filter: ComplaintQueryFilter, page: { offset: number; limit: number }): Promise<{ items: ComplaintRecord[]; total: number }>;
}

/** A complaint passed on to the staff of another category ("not ours"). */
export interface ComplaintForward {
  complaintId: number;
  /** The category it had when staff chose: a change made meanwhile makes the forward fail. */
  fromCategory: string;
  toCategory: string;
  /** Staff's note for the next staff, kept as an internal note (never sent to residents). */
  note: string;
  actorId: UserId;
  at: Date;
}

/** Writes of routing: moving a complaint to another category with its internal note, in one transaction. */
export interface ComplaintRouting {
  /** The complaint as it is after the move, or null when it was no longer in `fromCategory`. */
  forward(input: ComplaintForward): Promise<ComplaintRecord | null>;
}

/** An election as the result-entry form shows it. */
export interface ResultsElection {
  id: string;
  areaId: string;
  /** The place's name in each language (the words pick theirs). */
  place: { kk: string; ru: string; en: string };
  pollDate: Date;
  ballotsCast: number | null;
  againstAll: number | null;
  resultStatus: 'preliminary' | 'official' | null;
  resultsVersion: number;
  /** Registered candidates in ballot order (then by surname, as residents see them). */
  candidates: { id: string; name: string; votes: number | null }[];
}

export type ResultsField = 'votes' | 'againstAll' | 'ballotsCast';

/** Writes of election-night result entry; every write bumps the election's resultsVersion. */
export interface ResultsStore {
  /** Elections newest poll date first. */
  list(limit: number): Promise<ResultsElection[]>;
  get(id: string): Promise<ResultsElection | null>;
  setVotes(electionId: string, candidacyId: string, votes: number, at: Date): Promise<void>;
  setTotals(
    electionId: string,
    patch: { ballotsCast?: number; againstAll?: number; resultStatus?: 'preliminary' | 'official' },
    at: Date,
  ): Promise<void>;
}

/** Queues the results post for groups following the election (scheduled posts' "post results now"). */
export interface ResultsAnnouncer {
  announce(electionId: string, now: Date): Promise<{ queued: number }>;
}
