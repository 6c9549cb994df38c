import type { PrismaDb } from '../client.ts';
import { Prisma } from '../generated/sqlite/client.ts';
import { OPEN_STATUSES, type ComplaintQueryFilter } from '../../../core/admin/complaint-filter.ts';
import type { ComplaintForward, ComplaintReviewQuery, ComplaintRouting } from '../../../core/admin/ports.ts';
import type { ComplaintRecord } from '../../../core/complaints/types.ts';
import type { StaffWeek, StaffWeekQuery } from '../../../core/staff-alerts/weekly-summary.ts';
import type { Category } from '../../../core/complaints/types.ts';
import type { ComplaintExportSource, ExportChange, ExportComplaint } from '../../../core/exports/ports.ts';
import { WITH_COUNT, toCategory, toComplaint, toUpdate } from './prisma-complaint-mapping.ts';

/** The Prisma `where` of a staff filter; conditions are ANDed so status and overdue combine. */
export function complaintWhere(f: ComplaintQueryFilter) {
  const and: Record<string, unknown>[] = [];
  if (f.statuses?.length) and.push({ status: { in: f.statuses } });
  if (f.categoryCodes !== undefined) and.push({ categoryCode: { in: f.categoryCodes } });
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
export class PrismaComplaintReviewRepository implements ComplaintReviewQuery, ComplaintExportSource, ComplaintRouting, StaffWeekQuery {
  constructor(private readonly db: PrismaDb) {}

  /** The weekly staff summary's figures for one staff member's filter. */
  async week(filter: ComplaintQueryFilter, since: Date, now: Date): Promise<StaffWeek> {
    const scoped = complaintWhere(filter);
    const open = { AND: [scoped, { status: { in: [...OPEN_STATUSES] } }] };
    const c = this.db.complaint;
    const [newThisWeek, openCount, overdue, oldest, byCategory, byArea] = await Promise.all([
      c.count({ where: { AND: [scoped, { createdAt: { gte: since, lt: now } }] } }),
      c.count({ where: open }),
      c.count({ where: { AND: [open, { dueAt: { lt: now } }] } }),
      c.findFirst({ where: open, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { reference: true, createdAt: true } }),
      c.groupBy({ by: ['categoryCode'], where: open, _count: { _all: true } }),
      c.groupBy({ by: ['areaId'], where: open, _count: { _all: true } }),
    ]);
    const most = <T extends { count: number }>(list: T[]) => list.sort((a, b) => b.count - a.count);
    return {
      newThisWeek,
      open: openCount,
      overdue,
      oldestOpen: oldest,
      openByCategory: most(byCategory.map((g) => ({ code: g.categoryCode, count: g._count._all }))),
      openByArea: most(byArea.map((g) => ({ areaId: g.areaId, count: g._count._all }))),
    };
  }

  /** Moves the complaint to another category (only from the one staff saw) and records the internal note. */
  async forward(f: ComplaintForward): Promise<ComplaintRecord | null> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.complaint.updateMany({
        where: { id: f.complaintId, categoryCode: f.fromCategory },
        data: { categoryCode: f.toCategory },
      });
      if (count === 0) return null;
      const c = await tx.complaint.findUniqueOrThrow({ where: { id: f.complaintId }, include: WITH_COUNT });
      await tx.complaintUpdate.create({
        data: {
          complaintId: f.complaintId,
          kind: 'internal',
          fromStatus: c.status,
          toStatus: c.status,
          note: f.note,
          actorId: f.actorId,
          createdAt: f.at,
        },
      });
      return toComplaint(c);
    });
  }

  async page(filter: ComplaintQueryFilter, page: { offset: number; limit: number }): Promise<{ items: ComplaintRecord[]; total: number }> {
    const where = complaintWhere(filter);
    const [rows, total] = await Promise.all([
      // Work in the order it is due: the overdue ones (earliest due dates) come first.
      this.db.complaint.findMany({
        where,
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        skip: page.offset,
        take: page.limit,
        include: WITH_COUNT,
      }),
      this.db.complaint.count({ where }),
    ]);
    return { items: rows.map(toComplaint), total };
  }

  /**
   * Export pages in one raw query each: the supporter count and the original's reference come from
   * the same statement, and rows skip the ORM's object building (an export reads every row once, so
   * that is most of its cost). `$queryRaw` still types the columns (dates, bigints, booleans), so the
   * one row mapping of `toComplaint` applies unchanged.
   */
  async complaintsAfter(filter: ComplaintQueryFilter, afterId: number, limit: number): Promise<ExportComplaint[]> {
    const rows = await this.db.$queryRaw<Array<ExportRow>>`
      SELECT c.*, (SELECT COUNT(*) FROM "ComplaintSupporter" s WHERE s."complaintId" = c."id") AS "supporterTotal",
        d."reference" AS "duplicateOfReference", d."areaId" AS "duplicateOfAreaId"
      FROM "Complaint" c LEFT JOIN "Complaint" d ON d."id" = c."duplicateOfId"
      WHERE c."id" > ${afterId} AND ${filterSql(filter, 'c')}
      ORDER BY c."id" LIMIT ${limit}`;
    // The original's place goes along: the export's scope decides whether it may be named.
    return rows.map((r) => ({
      ...toComplaint(Object.assign(r, { _count: { supporters: Number(r.supporterTotal) } })),
      updatedAt: r.updatedAt,
      duplicateOfReference: r.duplicateOfReference,
      duplicateOfAreaId: r.duplicateOfAreaId,
    }));
  }

  async changesAfter(
    filter: ComplaintQueryFilter,
    range: { fromComplaintId: number; toComplaintId: number },
    afterId: number,
    limit: number,
  ): Promise<ExportChange[]> {
    const rows = await this.db.$queryRaw<Array<UpdateRow & { reference: string }>>`
      SELECT u.*, c."reference" AS "reference" FROM "ComplaintUpdate" u JOIN "Complaint" c ON c."id" = u."complaintId"
      WHERE u."id" > ${afterId} AND u."complaintId" >= ${range.fromComplaintId} AND u."complaintId" <= ${range.toComplaintId} AND ${filterSql(filter, 'c')}
      ORDER BY u."id" LIMIT ${limit}`;
    return rows.map((r) => ({ ...toUpdate(r), reference: r.reference }));
  }

  async countComplaints(filter: ComplaintQueryFilter): Promise<number> {
    return this.db.complaint.count({ where: complaintWhere(filter) });
  }

  async categories(): Promise<Category[]> {
    return (await this.db.complaintCategory.findMany({ orderBy: { sortOrder: 'asc' } })).map(toCategory);
  }
}

type ComplaintRow = Parameters<typeof toComplaint>[0];
type UpdateRow = Parameters<typeof toUpdate>[0];
type ExportRow = Omit<ComplaintRow, '_count'> & {
  supporterTotal: number | bigint;
  duplicateOfReference: string | null;
  duplicateOfAreaId: string | null;
};

const inList = (column: Prisma.Sql, values: readonly string[]): Prisma.Sql =>
  values.length ? Prisma.sql`${column} IN (${Prisma.join(values)})` : Prisma.sql`1 = 0`;

/** The same staff filter as `complaintWhere`, as SQL over the complaint aliased `alias`. */
function filterSql(f: ComplaintQueryFilter, alias: 'c' | 'd'): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const and: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (f.statuses?.length) and.push(inList(col('status'), f.statuses));
  if (f.categoryCodes !== undefined) and.push(inList(col('categoryCode'), f.categoryCodes));
  if (f.areaIds !== undefined) and.push(inList(col('areaId'), f.areaIds));
  if (f.overdueAt) and.push(Prisma.sql`${inList(col('status'), OPEN_STATUSES)} AND ${col('dueAt')} < ${f.overdueAt}`);
  if (f.createdFrom) and.push(Prisma.sql`${col('createdAt')} >= ${f.createdFrom}`);
  if (f.createdTo) and.push(Prisma.sql`${col('createdAt')} < ${f.createdTo}`);
  return Prisma.join(and, ' AND ');
}
