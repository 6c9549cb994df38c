import type { Locale } from '../../../core/locale.ts';
import type { DigestCategory, DigestComplaint } from '../../../core/posts/digest.ts';
import type { ComplaintDigestSource } from '../../../core/posts/ports.ts';
import type { PrismaClient } from '../generated/sqlite/client.ts';

const OPEN = ['new', 'acknowledged', 'in_progress'];

/**
 * Complaint figures for group digests. Selects only category, status and dates: no description,
 * author, contact, photo or location ever leaves this query.
 */
export class PrismaComplaintDigestRepository implements ComplaintDigestSource {
  constructor(private readonly db: PrismaClient) {}

  async complaints(areaIds: readonly string[], since: Date, until: Date): Promise<DigestComplaint[]> {
    if (!areaIds.length) return [];
    return this.db.complaint.findMany({
      where: {
        areaId: { in: [...areaIds] },
        OR: [
          { createdAt: { gte: since, lt: until } },
          { resolvedAt: { gte: since, lt: until } },
          { status: { in: OPEN }, dueAt: { lt: until } },
        ],
      },
      select: { categoryCode: true, status: true, createdAt: true, resolvedAt: true, dueAt: true },
    });
  }

  async categories(): Promise<DigestCategory[]> {
    const rows = await this.db.complaintCategory.findMany({
      select: { code: true, nameKk: true, nameRu: true, nameEn: true, sortOrder: true },
    });
    return rows.map((r) => ({
      code: r.code,
      sortOrder: r.sortOrder,
      names: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn } satisfies Record<Locale, string>,
    }));
  }
}
