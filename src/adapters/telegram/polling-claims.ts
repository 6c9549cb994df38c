// Update-id claims kept in memory while polling, written to the database in batches.
//
// With long polling one process receives a bot's updates (Telegram answers a second getUpdates with
// 409 Conflict), in increasing update_id order; an update comes again only when its offset was not
// confirmed (getUpdates after a restart). So an id above every id claimed so far is new, and the claim
// of the common update needs no database write before its handler runs: the process remembers it and
// writes the claims of the last few milliseconds in one statement. An id at or below that mark that
// the process does not remember (a redelivery after a restart, or from before its memory) is claimed in
// the database as before, and the mark starts at the database's highest claimed id.
import type { Logger } from 'pino';
import type { ChatId, UserId } from '../../core/ids.ts';
import type { StoredUpdateLog, UpdateLog, UpdateSnapshot, UpdateSnapshots } from '../../core/ports.ts';

/** Claims made in memory are written to the database at most this long after (or when this many wait). */
export const CLAIM_FLUSH_MS = 20;
const FLUSH_AT = 500;
/** After a failed write (the database is down or locked), the next try waits this long. */
const RETRY_MS = 1_000;
/** Ids remembered in memory (the newest); older ones are claimed in the database. */
const REMEMBERED = 100_000;
/** Telegram keeps an update it could not deliver for at most 24 hours. */
const REDELIVERY_WINDOW_MS = 24 * 3600_000;

export interface PollingClaimsOptions {
  log: Logger;
  flushMs?: number;
  remembered?: number;
  /** Milliseconds since the epoch (tests). */
  now?: () => number;
}

/**
 * The update log of a polling process. A repeat is still processed once: in this process by memory;
 * after a restart by the stored claims, which the graceful stop writes out. Only a crash (SIGKILL, power)
 * within `CLAIM_FLUSH_MS` of an update's claim, before Telegram's offset moved past it, lets the update
 * be processed again (the forms' own keys keep a complaint single: `test/process/kill.test.ts`).
 */
export class PollingClaims implements UpdateLog {
  private readonly seen = new Set<number>();
  private pending: number[] = [];
  private mark = Number.NEGATIVE_INFINITY;
  /** When the id at the mark was claimed. */
  private markAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;
  /** After a failed write, no early write (a full batch) before this time. */
  private backoffUntil = 0;
  private readonly flushMs: number;
  private readonly remembered: number;
  private readonly now: () => number;

  constructor(
    private readonly stored: StoredUpdateLog,
    private readonly opts: PollingClaimsOptions,
  ) {
    this.flushMs = opts.flushMs ?? CLAIM_FLUSH_MS;
    this.remembered = opts.remembered ?? REMEMBERED;
    this.now = opts.now ?? Date.now;
  }

  /** Reads the highest stored claim: call before the first update. */
  async start(): Promise<void> {
    const highest = await this.stored.highest();
    if (highest !== null && highest.updateId > this.mark) {
      this.mark = highest.updateId;
      this.markAt = highest.claimedAt.getTime();
    }
  }

  async claim(updateId: number): Promise<boolean> {
    if (this.seen.has(updateId)) return false;
    if (updateId > this.mark) {
      this.mark = updateId;
      this.markAt = this.now();
      this.remember(updateId);
      this.pending.push(updateId);
      this.schedule();
      return true;
    }
    // At or below the mark and not remembered: the database knows whether it was handled.
    const claimed = await this.stored.claim(updateId);
    if (!claimed) return false;
    this.remember(updateId);
    // After a week without updates Telegram starts its ids anew at a random number, possibly below the
    // mark. Once the mark is older than any update Telegram could still redeliver, the new sequence
    // takes over: its next ids are claimed in memory again.
    if (this.now() - this.markAt > REDELIVERY_WINDOW_MS) {
      this.mark = updateId;
      this.markAt = this.now();
    }
    return true;
  }

  async release(updateId: number): Promise<void> {
    this.seen.delete(updateId);
    if (this.unqueue(updateId)) return;
    await this.writing; // a batch being written may hold it (and give it back if the write failed)
    if (this.unqueue(updateId)) return;
    await this.stored.release(updateId);
  }

  prune(olderThan: Date): Promise<number> {
    return this.stored.prune(olderThan);
  }

  /** Writes the claims made so far (tests, and the stop). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    if (batch.length === 0) return this.writing;
    this.pending = [];
    this.writing = this.writing.then(() =>
      this.stored.claimAll(batch).then(
        () => {
          this.backoffUntil = 0;
        },
        (err: unknown) => {
          // Kept for the next turn: memory still answers repeats in this process.
          this.pending = [...batch, ...this.pending];
          this.opts.log.warn({ err, claims: batch.length }, 'update claims not written; retrying');
          this.backoffUntil = Date.now() + RETRY_MS;
          clearTimeout(this.timer); // a claim made meanwhile set the usual period
          this.timer = undefined;
          if (!this.closed) this.schedule(RETRY_MS);
        },
      ),
    );
    return this.writing;
  }

  /** Writes what is left; later claims are written at once. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }

  private unqueue(updateId: number): boolean {
    const at = this.pending.indexOf(updateId);
    if (at >= 0) this.pending.splice(at, 1);
    return at >= 0;
  }

  private remember(updateId: number): void {
    this.seen.add(updateId);
    if (this.seen.size > this.remembered) this.seen.delete(this.seen.values().next().value!);
  }

  private schedule(afterMs = this.flushMs): void {
    if (this.closed || (this.pending.length >= FLUSH_AT && Date.now() >= this.backoffUntil)) {
      void this.flush();
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), afterMs);
    this.timer.unref();
  }
}

const NOTHING_READ: UpdateSnapshot = { chat: null, user: null, conversation: null, staff: null };

/** Snapshots whose claim is the given log's (memory while polling): the claim, then the read only when it was won. */
export function claimThenRead(log: UpdateLog, snapshots: UpdateSnapshots): UpdateSnapshots {
  return {
    read: (chat: ChatId, user: UserId) => snapshots.read(chat, user),
    async claimAndRead(updateId: number, chat: ChatId, user: UserId) {
      const claimed = await log.claim(updateId);
      return { claimed, snapshot: claimed ? await snapshots.read(chat, user) : NOTHING_READ };
    },
  };
}
