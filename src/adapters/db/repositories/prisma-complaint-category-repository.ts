import type { PrismaClient } from '../generated/sqlite/client.ts';
import type { CategoryRepository } from '../../../core/complaints/ports.ts';
import type { Category } from '../../../core/complaints/types.ts';
import { fromCategory, toCategory } from './prisma-complaint-mapping.ts';
import { REFERENCE_READ_MAX_AGE_MS, sharedRead } from './shared-read.ts';

const readActive = sharedRead(
  async (db: PrismaClient) =>
    (await db.complaintCategory.findMany({ where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] })).map(toCategory),
  { keepMs: REFERENCE_READ_MAX_AGE_MS },
);

/** Complaint categories: stored so staff can rename, reorder or retarget them without a release. */
export class PrismaComplaintCategoryRepository implements CategoryRepository {
  constructor(private readonly db: PrismaClient) {}

  /** Callers within the reference-data age share one query (`sharedRead`). */
  listActive(): Promise<Category[]> {
    return readActive(this.db);
  }

  async find(code: string): Promise<Category | null> {
    const row = await this.db.complaintCategory.findUnique({ where: { code } });
    return row ? toCategory(row) : null;
  }

  /** Idempotent: only missing codes are inserted (upsert with an empty update keeps staff edits). */
  async seed(categories: readonly Category[]): Promise<number> {
    const existing = new Set((await this.db.complaintCategory.findMany({ select: { code: true } })).map((r) => r.code));
    let added = 0;
    for (const c of categories) {
      if (existing.has(c.code)) continue;
      await this.db.complaintCategory.upsert({ where: { code: c.code }, create: fromCategory(c), update: {} });
      added += 1;
    }
    return added;
  }
}
