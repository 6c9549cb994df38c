import type { PrismaDb } from '../client.ts';
import { OPEN_STATUSES, type ComplaintQueryFilter } from '../../../core/admin/complaint-filter.ts';
import type { ComplaintReviewQuery } from '../../../core/admin/ports.ts';
import type { ComplaintRecord } from '../../../core/complaints/types.ts';
import type { Category } from '../../../core/complaints/types.ts';
import type { ComplaintExportSource, ExportChange, ExportComplaint } from '../../../core/exports/ports.ts';
import { WITH_COUNT, toCategory, toComplaint, toUpdate } from './prisma-complaint-mapping.ts';

/** The Prisma `where` of a staff filter; conditions are ANDed so status and overdue combine. */
export function complaintWhere(f: ComplaintQueryFilter) {
  const and: Record<string, unknown>[] = [];
  if (f.statuses?.length) and.push({ status: { in: f.statuses } });
  if (f.categoryCodes?.length) and.push({ categoryCode: { in: f.categoryCodes } });
  if (f.areaIds !== undefined) and.push({ areaId: { in: f.areaIds } });
  if (f.overdueAt) and.push({ status: { in: [...OPEN_STATUSES] }, dueAt: { lt: f.overdueAt } });
  if (f.createdFrom) and.push({ createdAt: { gte: f.createdFrom } });
  if (f.createdTo) and.push({ createdAt: { lt: f.createdTo } });
  return and.length ? { AND: and } : {};
}

/**
 * Staff reads of complaints: the inbox (offset pages, newest first) and exports (keyset pages on id,
 * so the millionth row costs what the first does).
 */
export class PrismaComplaintReviewRepository implements ComplaintReviewQuery, ComplaintExportSource {
  constructor(private readonly db: PrismaDb) {}

  async page(filter: ComplaintQueryFilter, page: { offset: number; limit: number }): Promise<{ items: ComplaintRecord[]; total: number }> {
    const where = complaintWhere(filter);
    const [rows, total] = await Promise.all([
      this.db.complaint.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: page.offset, take: page.limit, include: WITH_COUNT }),
      this.db.complaint.count({ where }),
    ]);
    return { items: rows.map(toComplaint), total };
  }

  async complaintsAfter(filter: ComplaintQueryFilter, afterId: number, limit: number): Promise<ExportComplaint[]> {
    const rows = await this.db.complaint.findMany({
      where: { AND: [complaintWhere(filter), { id: { gt: afterId } }] },
      orderBy: { id: 'asc' },
      take: limit,
      include: WITH_COUNT,
    });
    const originalIds = [...new Set(rows.map((r) => r.duplicateOfId).filter((id): id is number => id !== null))];
    const originals = originalIds.length
      ? new Map((await this.db.complaint.findMany({ where: { id: { in: originalIds } }, select: { id: true, reference: true, areaId: true } })).map((o) => [o.id, o]))
      : new Map<number, { reference: string; areaId: string | null }>();
    return rows.map((r) => {
      const original = r.duplicateOfId === null ? undefined : originals.get(r.duplicateOfId);
      return { ...toComplaint(r), updatedAt: r.updatedAt, duplicateOfReference: original?.reference ?? null, duplicateOfAreaId: original?.areaId ?? null };
    });
  }

  async changesAfter(filter: ComplaintQueryFilter, range: { fromComplaintId: number; toComplaintId: number }, afterId: number, limit: number): Promise<ExportChange[]> {
    const rows = await this.db.complaintUpdate.findMany({
      where: { id: { gt: afterId }, complaintId: { gte: range.fromComplaintId, lte: range.toComplaintId }, complaint: complaintWhere(filter) },
      orderBy: { id: 'asc' },
      take: limit,
      include: { complaint: { select: { reference: true } } },
    });
    return rows.map((r) => ({ ...toUpdate(r), reference: r.complaint.reference }));
  }

  async categories(): Promise<Category[]> {
    return (await this.db.complaintCategory.findMany({ orderBy: { sortOrder: 'asc' } })).map(toCategory);
  }
}
