import type { ComplaintQueryFilter } from '../admin/complaint-filter.ts';
import type { Category, ComplaintRecord, ComplaintUpdateRecord } from '../complaints/types.ts';

/**
 * A complaint as the export reads it: the fields of the record an export shows or decides with, plus
 * its original's reference and settlement when a duplicate (the settlement decides whether an
 * area-limited admin may see the reference).
 */
export type ExportComplaint = Pick<
  ComplaintRecord,
  | 'id'
  | 'reference'
  | 'categoryCode'
  | 'areaId'
  | 'description'
  | 'photos'
  | 'latitude'
  | 'longitude'
  | 'address'
  | 'status'
  | 'source'
  | 'consent'
  | 'contactName'
  | 'contactHandle'
  | 'contactPhone'
  | 'createdAt'
  | 'acknowledgedAt'
  | 'resolvedAt'
  | 'closedAt'
  | 'dueAt'
  | 'lastNote'
  | 'supporterCount'
> & { duplicateOfReference: string | null; duplicateOfAreaId?: string | null; updatedAt: Date };

/** A history line with its complaint's reference. */
export type ExportChange = ComplaintUpdateRecord & { reference: string };

/**
 * A paged cursor over complaints (keyset on id, so page N costs what page 1 does and memory stays
 * flat whatever the row count).
 */
export interface ComplaintExportSource {
  /** Complaints matching the filter with id > afterId, in id order, at most `limit`. */
  complaintsAfter(filter: ComplaintQueryFilter, afterId: number, limit: number): Promise<ExportComplaint[]>;
  /**
   * History lines (id > afterId, id order) of complaints matching the filter whose id is within
   * [fromComplaintId, toComplaintId].
   */
  changesAfter(
    filter: ComplaintQueryFilter,
    range: { fromComplaintId: number; toComplaintId: number },
    afterId: number,
    limit: number,
  ): Promise<ExportChange[]>;
  /** How many complaints match the filter (the total a progress report counts towards). */
  countComplaints(filter: ComplaintQueryFilter): Promise<number>;
  /** Every category, inactive ones too (old complaints keep theirs). */
  categories(): Promise<Category[]>;
}
