import type { PrismaDb } from '../client.ts';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../../core/complaints/types.ts';
import type { ReportComplaint, ReportSource } from '../../../core/reports/model.ts';

const status = (s: string): ComplaintStatus => ((COMPLAINT_STATUSES as readonly string[]).includes(s) ? (s as ComplaintStatus) : 'new');

/**
 * The admin report's reading: complaints filed in a period with the moment staff first answered each
 * (the first status change or public note after filing that was not the author's own: a reopen or a
 * withdrawal is not a response). Two statements whatever the count (complaints, then their history lines).
 */
export class PrismaReportSource implements ReportSource {
  constructor(private readonly db: PrismaDb) {}

  async complaintsForReport(q: { areaIds?: string[]; from: Date; to: Date }): Promise<ReportComplaint[]> {
    const rows = await this.db.complaint.findMany({
      where: { createdAt: { gte: q.from, lt: q.to }, ...(q.areaIds === undefined ? {} : { areaId: { in: q.areaIds } }) },
      select: {
        id: true,
        categoryCode: true,
        status: true,
        createdAt: true,
        resolvedAt: true,
        closedAt: true,
        dueAt: true,
        authorId: true,
        updates: {
          where: { kind: { in: ['status', 'note'] }, fromStatus: { not: null }, toStatus: { not: 'withdrawn' } },
          select: { actorId: true, createdAt: true },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        },
      },
      orderBy: { id: 'asc' },
    });
    return rows.map((r) => ({
      id: r.id,
      categoryCode: r.categoryCode,
      status: status(r.status),
      createdAt: r.createdAt,
      resolvedAt: r.resolvedAt,
      closedAt: r.closedAt,
      dueAt: r.dueAt,
      firstResponseAt: r.updates.find((u) => u.actorId === null || r.authorId === null || u.actorId !== r.authorId)?.createdAt ?? null,
    }));
  }
}
