import type { PrismaClient } from '../generated/sqlite/client.ts';
import type { UpdateLog } from '../../../core/ports.ts';

/** The primary key does the work: a second insert of the same update_id fails with P2002. */
export class PrismaUpdateLog implements UpdateLog {
  constructor(private readonly db: PrismaClient) {}

  async claim(updateId: number): Promise<boolean> {
    try {
      await this.db.processedUpdate.create({ data: { updateId: BigInt(updateId) } });
      return true;
    } catch (err) {
      if ((err as { code?: string }).code === 'P2002') return false;
      throw err;
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
