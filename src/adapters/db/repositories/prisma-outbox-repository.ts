import { chatId as toChatId, type ChatId } from '../../../core/ids.ts';
import type { PrismaClient } from '../generated/sqlite/client.ts';
import { isUniqueViolation } from './prisma-job-slot-repository.ts';

/** A claimed outbox row, ready to send. */
export interface OutboxRow {
  id: number;
  chatId: ChatId;
  kind: string;
  text: string;
  /** JSON inline keyboard, if any. */
  buttons: string | null;
  /** Forum topic; null = General. */
  threadId: number | null;
  /** A stored image (MediaFile): the row is that photo with `text` as its caption. */
  mediaKey: string | null;
  /** Attempts including this one. */
  attempts: number;
}

export interface OutboxDraft {
  kind: string;
  text: string;
  buttons?: string | null;
  threadId?: number | null;
  mediaKey?: string | null;
}

const OPEN = ['pending', 'sending'];

/**
 * The outbox: posts wait here as rows until the delivery worker sends them.
 * Status: pending -> sending (locked by one worker) -> sent | failed (with a reason); a row goes
 * back to pending to retry later (notBefore) or when its worker died (stale lock).
 * Every transition is a conditional `updateMany` on (id, status, lockedBy), which is atomic on
 * SQLite and PostgreSQL alike: two workers never both own a row.
 */
export class PrismaOutboxRepository {
  constructor(private readonly db: PrismaClient) {}

  /**
   * Claims (job, chat, slot) and writes the post's rows in one transaction: both happen or neither.
   * False when the slot was already claimed (nothing written).
   */
  async enqueueClaimed(claim: { job: string; chatId: ChatId; slot: string; at: Date }, drafts: OutboxDraft[]): Promise<boolean> {
    const key = `${claim.job}|${claim.chatId}|${claim.slot}`;
    try {
      await this.db.$transaction([
        this.db.jobSlot.create({ data: { job: claim.job, chatId: claim.chatId, slot: claim.slot, claimedAt: claim.at } }),
        this.db.outboxMessage.createMany({
          data: drafts.map((d, i) => ({
            chatId: claim.chatId,
            kind: d.kind,
            text: d.text,
            buttons: d.buttons ?? null,
            threadId: d.threadId ?? null,
            mediaKey: d.mediaKey ?? null,
            dedupeKey: `${key}|${i}`,
          })),
        }),
      ]);
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  /**
   * Claims up to `limit` due rows for `owner`. Only the oldest unfinished row of a chat (or rows
   * right behind ones this owner already holds) are taken, so the parts of a post arrive in order
   * even with several workers.
   */
  async claimBatch(owner: string, now: Date, limit: number): Promise<OutboxRow[]> {
    if (limit <= 0) return [];
    const due = await this.db.outboxMessage.findMany({
      where: { status: 'pending', notBefore: { lte: now } },
      orderBy: { id: 'asc' },
      take: limit * 3,
      select: { chatId: true },
    });
    if (!due.length) return [];
    const open = await this.db.outboxMessage.findMany({
      where: { chatId: { in: [...new Set(due.map((r) => r.chatId))] }, status: { in: OPEN } },
      orderBy: { id: 'asc' },
      select: { id: true, chatId: true, status: true, notBefore: true, lockedBy: true },
    });
    const blocked = new Set<bigint>();
    const ids: number[] = [];
    for (const r of open) {
      if (blocked.has(r.chatId) || ids.length >= limit) continue;
      if (r.status === 'sending' && r.lockedBy === owner) continue;
      if (r.status === 'pending' && r.notBefore <= now) ids.push(r.id);
      else blocked.add(r.chatId);
    }
    if (!ids.length) return [];
    await this.db.outboxMessage.updateMany({
      where: { id: { in: ids }, status: 'pending' },
      data: { status: 'sending', lockedBy: owner, lockedAt: now, attempts: { increment: 1 } },
    });
    const rows = await this.db.outboxMessage.findMany({
      where: { id: { in: ids }, status: 'sending', lockedBy: owner },
      orderBy: { id: 'asc' },
    });
    return rows.map((r) => ({
      id: r.id,
      chatId: toChatId(r.chatId),
      kind: r.kind,
      text: r.text,
      buttons: r.buttons,
      threadId: r.threadId,
      mediaKey: r.mediaKey,
      attempts: r.attempts,
    }));
  }

  /** Records the send; false if this owner no longer held the row (it was released as stale). */
  async markSent(id: number, owner: string, messageId: number, now: Date): Promise<boolean> {
    const r = await this.db.outboxMessage.updateMany({
      where: { id, status: 'sending', lockedBy: owner },
      data: { status: 'sent', messageId, sentAt: now, lockedBy: null, lockedAt: null, reason: null },
    });
    return r.count === 1;
  }

  async markFailed(id: number, owner: string, reason: string): Promise<boolean> {
    const r = await this.db.outboxMessage.updateMany({
      where: { id, status: 'sending', lockedBy: owner },
      data: { status: 'failed', reason, lockedBy: null, lockedAt: null },
    });
    return r.count === 1;
  }

  /** Puts a row back to pending until `notBefore` (a long 429, a network error), keeping the last error. */
  async retryLater(id: number, owner: string, notBefore: Date, reason: string): Promise<boolean> {
    const r = await this.db.outboxMessage.updateMany({
      where: { id, status: 'sending', lockedBy: owner },
      data: { status: 'pending', notBefore, reason, lockedBy: null, lockedAt: null },
    });
    return r.count === 1;
  }

  /**
   * Hands back a row this owner claimed but did not try (it waits behind an earlier part of its chat
   * that went back to pending): pending again, as due as before, the claim's attempt not counted.
   */
  async release(id: number, owner: string): Promise<boolean> {
    const r = await this.db.outboxMessage.updateMany({
      where: { id, status: 'sending', lockedBy: owner },
      data: { status: 'pending', lockedBy: null, lockedAt: null, attempts: { decrement: 1 } },
    });
    return r.count === 1;
  }

  /** Keeps this owner's locks fresh while it is alive, so only a dead worker's rows look stale. */
  async heartbeat(ids: number[], owner: string, now: Date): Promise<void> {
    if (ids.length)
      await this.db.outboxMessage.updateMany({ where: { id: { in: ids }, status: 'sending', lockedBy: owner }, data: { lockedAt: now } });
  }

  /** Rows locked by a worker that stopped refreshing them go back to pending; returns how many. */
  async releaseStale(lockedBefore: Date): Promise<number> {
    const r = await this.db.outboxMessage.updateMany({
      where: { status: 'sending', lockedAt: { lt: lockedBefore } },
      data: { status: 'pending', lockedBy: null, lockedAt: null },
    });
    return r.count;
  }

  /**
   * A new delivery leader's first step: rows another owner holds in `sending` belong to a leader that
   * is gone (only the leader sends), so they go back to pending now instead of after the stale timeout.
   */
  async releaseOthers(owner: string): Promise<number> {
    const r = await this.db.outboxMessage.updateMany({
      where: { status: 'sending', NOT: { lockedBy: owner } },
      data: { status: 'pending', lockedBy: null, lockedAt: null },
    });
    return r.count;
  }

  /** When the next pending row becomes due (for a precise wake-up), or null when none waits. */
  async nextDueAt(): Promise<Date | null> {
    const row = await this.db.outboxMessage.findFirst({
      where: { status: 'pending' },
      orderBy: { notBefore: 'asc' },
      select: { notBefore: true },
    });
    return row?.notBefore ?? null;
  }

  /** Row counts by status (tests, health, benchmarks). */
  async counts(): Promise<Record<string, number>> {
    const rows = await this.db.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
    return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
  }
}
