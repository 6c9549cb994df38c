import type { ChatId } from '../../../core/ids.ts';
import type { SlotLedger } from '../../../core/posts/ports.ts';
import type { PrismaClient } from '../generated/sqlite/client.ts';

/** Prisma's "unique constraint failed": the row is already there (another replica claimed it). */
export const isUniqueViolation = (err: unknown): boolean => (err as { code?: unknown })?.code === 'P2002';

/**
 * JobSlot rows: one per (job, chat, slot). Inserting the row is the claim; the primary key makes a
 * second insert fail on SQLite and PostgreSQL alike, so N replicas post a slot once.
 */
export class PrismaJobSlotRepository implements SlotLedger {
  constructor(private readonly db: PrismaClient) {}

  /** Claims a slot; false when it was already claimed. `at` is the slot's time (digests count from it). */
  async claim(job: string, chatId: ChatId, slot: string, at: Date): Promise<boolean> {
    try {
      await this.db.jobSlot.create({ data: { job, chatId, slot, claimedAt: at } });
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  async claimedSlots(job: string, chatId: ChatId, slots: readonly string[]): Promise<Set<string>> {
    if (!slots.length) return new Set();
    const rows = await this.db.jobSlot.findMany({ where: { job, chatId, slot: { in: [...slots] } }, select: { slot: true } });
    return new Set(rows.map((r) => r.slot));
  }

  async lastSlotAt(job: string, chatId: ChatId): Promise<Date | null> {
    const row = await this.db.jobSlot.findFirst({ where: { job, chatId }, orderBy: { claimedAt: 'desc' }, select: { claimedAt: true } });
    return row?.claimedAt ?? null;
  }

  /** Forgets claims older than `before` (housekeeping; results and reminder slots are kept by their own keys). */
  async prune(before: Date, jobs: string[]): Promise<number> {
    return (await this.db.jobSlot.deleteMany({ where: { job: { in: jobs }, claimedAt: { lt: before } } })).count;
  }
}
