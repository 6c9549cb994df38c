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
  page(filter: ComplaintQueryFilter, page: { offset: number; limit: number }): Promise<{ items: ComplaintRecord[]; total: number }>;
}
