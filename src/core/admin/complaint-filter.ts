import type { ComplaintStatus } from '../complaints/types.ts';

/**
 * What staff filter complaints by, in the inbox and in exports.
 * `areaIds`: undefined = every area; [] = none (an area filter outside the admin's scope).
 * `overdueAt`: only complaints still open whose due date is before this instant.
 */
export interface ComplaintQueryFilter {
  statuses?: ComplaintStatus[];
  categoryCodes?: string[];
  areaIds?: string[];
  overdueAt?: Date;
  createdFrom?: Date;
  /** Exclusive. */
  createdTo?: Date;
}

/** The statuses counted as open (FixMyStreet); overdue applies only to these. */
export const OPEN_STATUSES = ['new', 'acknowledged', 'in_progress'] as const;
