import { join, sqltag as sql } from '@prisma/client/runtime/client';
import type { PrismaClient } from '../generated/sqlite/client.ts';
import type { StoredUpdateLog } from '../../../core/ports.ts';
import { executorOf, idOf, instantOf, prepared, readerOf } from '../raw-rows.ts';

/** The claim of updates: a row per update id; a repeat inserts nothing (and is not an exception). */
export const claimInsert = (updateIds: readonly number[], at = new Date()) => sql`
  INSERT INTO "ProcessedUpdate" ("updateId", "processedAt") VALUES ${join(updateIds.map((id) => sql`(${BigInt(id)}, ${at})`))}
  ON CONFLICT DO NOTHING`;

/** Rows per INSERT of `claimAll` (two values each: far below SQLite's and PostgreSQL's limits). */
const CLAIMS_PER_STATEMENT = 500;

/**
 * The primary key does the work: of two inserts of the same update_id, the second inserts nothing.
 * `INSERT ... ON CONFLICT DO NOTHING` (SQLite and PostgreSQL) reports the rows it inserted, so a
 * repeat is an answer rather than an exception; as raw SQL straight to the driver adapter it skips the
 * client (its query engine had made this, the one write every update makes, about three times as
 * costly, and its raw-query path still cost more than the statement: `npm run bench -- updates`).
 */
export class PrismaUpdateLog implements StoredUpdateLog {
  constructor(private readonly db: PrismaClient) {}

  async claim(updateId: number): Promise<boolean> {
    return (await executorOf(this.db)(prepared(claimInsert([updateId])))) === 1;
  }

  async highest(): Promise<{ updateId: number; claimedAt: Date } | null> {
    const [row] = await readerOf(this.db)(sql`SELECT "updateId", "processedAt" FROM "ProcessedUpdate" ORDER BY "updateId" DESC LIMIT 1`);
    const id = idOf(row?.[0]);
    return id === null ? null : { updateId: Number(id), claimedAt: instantOf(row![1])! };
  }

  async claimAll(updateIds: readonly number[]): Promise<void> {
    const at = new Date();
    for (let i = 0; i < updateIds.length; i += CLAIMS_PER_STATEMENT) {
      await executorOf(this.db)(claimInsert(updateIds.slice(i, i + CLAIMS_PER_STATEMENT), at));
    }
  }

  async release(updateId: number): Promise<void> {
    await this.db.processedUpdate.deleteMany({ where: { updateId: BigInt(updateId) } });
  }

  async prune(olderThan: Date): Promise<number> {
    const { count } = await this.db.processedUpdate.deleteMany({ where: { processedAt: { lt: olderThan } } });
    return count;
  }
}
