import type { PrismaDb } from '../client.ts';
import { Prisma } from '../generated/sqlite/client.ts';
import { OPEN_STATUSES, type ComplaintQueryFilter } from '../../../core/admin/complaint-filter.ts';
import type { ComplaintForward, ComplaintReviewQuery, ComplaintRouting } from '../../../core/admin/ports.ts';
import type { ComplaintRecord } from '../../../core/complaints/types.ts';
import type { StaffWeek, StaffWeekQuery } from '../../../core/staff-alerts/weekly-summary.ts';
import type { Category } from '../../../core/complaints/types.ts';
import type { ComplaintExportSource, ExportChange, ExportComplaint } from '../../../core/exports/ports.ts';
import { readerOf, type RawRows } from '../raw-rows.ts';
import {
  EXPORT_CATEGORY_COLUMNS,
  EXPORT_CHANGE_COLUMNS,
  EXPORT_COMPLAINT_COLUMNS,
  toExportCategory,
  toExportChange,
  toExportComplaint,
} from './export-rows.ts';
import { WITH_COUNT, toComplaint } from './prisma-complaint-mapping.ts';

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
   * Export pages in one query each, read as arrays straight from the driver adapter (no ORM objects:
   * an export reads every row once, so building them was most of its cost). The supporter count and
   * the original's reference and place (the export's scope decides whether it may be named) come
   * from the same statement. Pages are read without parallel workers (`serialOnly`).
   */
  async complaintsAfter(filter: ComplaintQueryFilter, afterId: number, limit: number): Promise<ExportComplaint[]> {
    const read = readerOf(this.db);
    const rows = await read(Prisma.sql`
      SELECT ${EXPORT_COMPLAINT_COLUMNS}
      FROM "Complaint" c LEFT JOIN "Complaint" d ON d."id" = c."duplicateOfId"
      WHERE c."id" > ${afterId} AND ${filterSql(filter, 'c')} AND ${serialOnly(read)}
      ORDER BY c."id" LIMIT ${limit}`);
    return rows.map(toExportComplaint);
  }

  /**
   * The range is on `+u."complaintId"` so that no database pages by the complaint index: sorting
   * every line of the range by id for each page (what SQLite chose) made a whole export quadratic.
   * Walking the primary key from `afterId` reads each line once per export part. On PostgreSQL the
   * `+` also hides the range from the planner's statistics (it guesses a few rows): `serialOnly`
   * keeps it from planning a parallel scan for each page.
   */
  async changesAfter(
    filter: ComplaintQueryFilter,
    range: { fromComplaintId: number; toComplaintId: number },
    afterId: number,
    limit: number,
  ): Promise<ExportChange[]> {
    const read = readerOf(this.db);
    const rows = await read(Prisma.sql`
      SELECT ${EXPORT_CHANGE_COLUMNS} FROM "ComplaintUpdate" u JOIN "Complaint" c ON c."id" = u."complaintId"
      WHERE u."id" > ${afterId} AND +u."complaintId" >= ${range.fromComplaintId} AND +u."complaintId" <= ${range.toComplaintId}
        AND ${filterSql(filter, 'c')} AND ${serialOnly(read)}
      ORDER BY u."id" LIMIT ${limit}`);
    return rows.map(toExportChange);
  }

  /** Raw, like the pages: an export then never needs the ORM's query engine. */
  async countComplaints(filter: ComplaintQueryFilter): Promise<number> {
    const [row] = await readerOf(this.db)(Prisma.sql`SELECT COUNT(*) FROM "Complaint" c WHERE ${filterSql(filter, 'c')}`);
    return Number(row![0]);
  }

  /** Raw, like the pages: an export then never needs the ORM's query engine. */
  async categories(): Promise<Category[]> {
    const rows = await readerOf(this.db)(Prisma.sql`SELECT ${EXPORT_CATEGORY_COLUMNS} FROM "ComplaintCategory" ORDER BY "sortOrder"`);
    return rows.map(toExportCategory);
  }
}

/**
 * A condition that always holds and, on PostgreSQL, keeps the statement off parallel workers:
 * `set_config` is parallel-unsafe, so a statement calling it is planned without them (the InitPlan
 * runs once; the setting it makes ends with the statement). A keyset page with a condition the planner
 * cannot estimate (`+u."complaintId"`, `(c."status" || '')`) is otherwise planned with parallel
 * workers, often a parallel scan and sort of every row past the key, for each page. EXPLAIN ANALYZE
 * of a status-changes page: 348 ms at 200,000 complaints (parallel scan and sort), 14-19 ms at
 * 1,000,000 (parallel index scan); serial, the primary key is walked: 1.3-1.9 ms. In the same
 * statement rather than `SET LOCAL` in a transaction of its own for each page: those three more
 * round trips a page raised the peak RSS of an XLSX export of 200,000 complaints from 172-176 MB to
 * 217-231 MB (more of each page lived on into V8's old generation).
 */
function serialOnly(read: RawRows): Prisma.Sql {
  return read.provider === 'postgres'
    ? Prisma.sql`(SELECT set_config('max_parallel_workers_per_gather', '0', true)) = '0'`
    : Prisma.sql`1 = 1`;
}

const inList = (column: Prisma.Sql, values: readonly string[]): Prisma.Sql =>
  values.length ? Prisma.sql`${column} IN (${Prisma.join(values)})` : Prisma.sql`1 = 0`;

/**
 * The same staff filter as `complaintWhere`, as SQL over the complaint aliased `alias`. Text columns
 * are compared as `(col || '')`, which no index serves: an export pages by id, and a page read through
 * the area or status index would sort every matching row again (quadratic over a large export),
 * where walking the primary key reads each row once.
 */
function filterSql(f: ComplaintQueryFilter, alias: 'c' | 'd'): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const text = (name: string) => Prisma.raw(`(${alias}."${name}" || '')`);
  const and: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (f.statuses?.length) and.push(inList(text('status'), f.statuses));
  if (f.categoryCodes !== undefined) and.push(inList(text('categoryCode'), f.categoryCodes));
  if (f.areaIds !== undefined) and.push(inList(text('areaId'), f.areaIds));
  if (f.overdueAt) and.push(Prisma.sql`${inList(text('status'), OPEN_STATUSES)} AND ${col('dueAt')} < ${f.overdueAt}`);
  if (f.createdFrom) and.push(Prisma.sql`${col('createdAt')} >= ${f.createdFrom}`);
  if (f.createdTo) and.push(Prisma.sql`${col('createdAt')} < ${f.createdTo}`);
  return Prisma.join(and, ' AND ');
}
