import { join, sqltag as sql } from '@prisma/client/runtime/client';
import type { PrismaClient } from '../generated/sqlite/client.ts';
import { executorOf } from '../raw-rows.ts';
import type { CategoryRepository } from '../../../core/complaints/ports.ts';
import type { Category } from '../../../core/complaints/types.ts';
import { fromCategory, toCategory } from './prisma-complaint-mapping.ts';
import { REFERENCE_READ_MAX_AGE_MS, referenceDataChanged, sharedRead } from './shared-read.ts';

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

  /**
   * Idempotent: only missing codes are inserted, and staff edits to existing ones are kept. One
   * `INSERT ... ON CONFLICT DO NOTHING` for the missing codes, which replicas starting together on a
   * new database may all run at once: an upsert per code (a read, then an insert) failed there on a
   * unique violation (PostgreSQL) or timed out (SQLite, several connections) and the replica did not
   * start. Returns the number this call inserted.
   */
  async seed(categories: readonly Category[]): Promise<number> {
    const existing = new Set((await this.db.complaintCategory.findMany({ select: { code: true } })).map((r) => r.code));
    const missing = categories.filter((c) => !existing.has(c.code)).map(fromCategory);
    if (missing.length === 0) return 0; // a usual start writes nothing
    const rows = missing.map(
      (r) =>
        sql`(${r.code}, ${r.group}, ${r.nameKk}, ${r.nameRu}, ${r.nameEn}, ${r.keywords}, ${r.responseDays}, ${r.emergency}, ${r.sortOrder}, ${r.active})`,
    );
    const added = await executorOf(this.db)(sql`
      INSERT INTO "ComplaintCategory" ("code", "group", "nameKk", "nameRu", "nameEn", "keywords", "responseDays", "emergency", "sortOrder", "active")
      VALUES ${join(rows)}
      ON CONFLICT ("code") DO NOTHING`);
    // A raw write passes by the client's hook that drops kept reads of reference data: tell it here.
    if (added > 0) referenceDataChanged(this.db);
    return added;
  }
}
