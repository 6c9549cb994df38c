import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { ChatId } from '../../core/ids.ts';
import type { ChatRepository } from '../../core/ports.ts';
import type { OutboxRow, PrismaOutboxRepository } from '../db/repositories/prisma-outbox-repository.ts';
import { BotApiError, ChatUnavailableError, type BotApi } from '../telegram/bot-api.ts';
import type { CachedPhotos } from '../telegram/cached-photos.ts';
import { SendLimiter } from './send-limiter.ts';

export interface DeliveryWorkerOptions {
  outbox: PrismaOutboxRepository;
  /** The resilient Bot API: short 429s are waited inline (exactly retry_after), migrations followed. */
  api: BotApi;
  chats: ChatRepository;
  log: Logger;
  /** Unique per process: whose locks are whose. */
  owner?: string;
  /** Rows held in `sending` at once; also the bound on duplicates after a crash. Default 64: most wait for their chat's next second. */
  concurrency?: number;
  pollMs?: number;
  /** A `sending` row whose lock is older than this belongs to a dead worker and goes back to pending. */
  staleMs?: number;
  heartbeatMs?: number;
  /** Network / 5xx failures before a row is given up as failed. */
  maxAttempts?: number;
  /** First backoff after a network / 5xx failure (doubles each attempt, at most 5 minutes). Default 5 s. */
  retryBaseMs?: number;
  limiter?: SendLimiter;
  /** Sends rows that are photos (results charts): uploaded once, then by file_id. */
  photos?: CachedPhotos;
  now?: () => Date;
}

/**
 * Sends outbox rows within Telegram's limits, one lane per chat (a chat's rows go in order, one at
 * a time), many chats at once. Every row ends `sent` or `failed` with a reason, or goes back to
 * `pending` with a `notBefore` to retry. Delivery is at-least-once: a row whose message reached
 * Telegram but whose `sent` mark did not (a crash in between) is sent again after `staleMs`;
 * at most `concurrency` rows per process can be in that state.
 */
export class DeliveryWorker {
  readonly name = 'outbox-delivery';
  readonly owner: string;
  readonly stats = { sent: 0, failed: 0, retried: 0 };
  private readonly o: Required<Omit<DeliveryWorkerOptions, 'limiter' | 'photos'>> & { limiter: SendLimiter; photos?: CachedPhotos };
  private readonly inHand = new Map<number, OutboxRow>();
  private readonly lanes = new Map<bigint, OutboxRow[]>();
  private running = false;
  private loop?: Promise<void>;
  private signal?: () => void;
  private woken = false;
  private timers: NodeJS.Timeout[] = [];

  constructor(opts: DeliveryWorkerOptions) {
    this.owner = opts.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.o = {
      concurrency: 64,
      pollMs: 1000,
      staleMs: 60_000,
      heartbeatMs: 15_000,
      maxAttempts: 6,
      retryBaseMs: 5000,
      now: () => new Date(),
      limiter: new SendLimiter(),
      ...opts,
      owner: this.owner,
    } as DeliveryWorker['o'];
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const every = (ms: number, fn: () => Promise<unknown>) =>
      this.timers.push(setInterval(() => void fn().catch((err) => this.o.log.warn({ err }, 'outbox upkeep failed')), ms).unref());
    every(this.o.heartbeatMs, () => this.o.outbox.heartbeat([...this.inHand.keys()], this.owner, this.o.now()));
    every(Math.max(1000, this.o.staleMs / 2), () => this.releaseStale());
    this.loop = this.run();
  }

  /** Stops claiming, lets rows in hand finish (they were claimed; abandoning them would delay them by staleMs). */
  async stop(): Promise<void> {
    this.running = false;
    this.timers.forEach(clearInterval);
    this.wake();
    await this.loop;
    // A lane waiting out a long 429 is left behind: its row stays `sending` and a stale sweep returns it.
    const deadline = Date.now() + 5000;
    while (this.lanes.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  }

  /** Leadership won (see LeaderTask): rows a previous leader held go back to pending at once. */
  async takeOver(): Promise<void> {
    const n = await this.o.outbox.releaseOthers(this.owner);
    if (n) this.o.log.warn({ rows: n }, 'outbox rows of the previous leader returned to pending');
  }

  /** New rows were written: look now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.signal?.();
  }

  /** Rows claimed and not finished (tests, benchmarks). */
  get busy(): number {
    return this.inHand.size;
  }

  private async releaseStale(): Promise<void> {
    const n = await this.o.outbox.releaseStale(new Date(this.o.now().getTime() - this.o.staleMs));
    if (n) this.o.log.warn({ rows: n }, 'outbox rows of a stopped worker returned to pending');
  }

  private async run(): Promise<void> {
    await this.releaseStale().catch((err) => this.o.log.warn({ err }, 'stale release failed'));
    while (this.running) {
      let wait = this.o.pollMs;
      try {
        const free = this.o.concurrency - this.inHand.size;
        const rows = free > 0 ? await this.o.outbox.claimBatch(this.owner, this.o.now(), free) : [];
        for (const row of rows) this.enqueue(row);
        if (rows.length === free && free > 0) continue;
        if (rows.length < free) wait = await this.untilNextDue();
      } catch (err) {
        this.o.log.error({ err }, 'outbox claim failed');
      }
      await this.pause(wait);
    }
  }

  /** Sleeps until the next retry is due (precisely: a 429's retry_after is honoured, not rounded up to a poll). */
  private async untilNextDue(): Promise<number> {
    const next = await this.o.outbox.nextDueAt();
    if (!next) return this.o.pollMs;
    // Due rows we could not take wait behind another worker's row of the same chat: poll gently.
    return Math.min(this.o.pollMs, Math.max(100, next.getTime() - this.o.now().getTime()));
  }

  private pause(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(timer);
        this.woken = false;
        this.signal = undefined;
        resolve();
      };
      this.signal = done;
      timer = setTimeout(done, ms);
    });
  }

  private enqueue(row: OutboxRow): void {
    this.inHand.set(row.id, row);
    const lane = this.lanes.get(row.chatId);
    if (lane) return void lane.push(row);
    this.lanes.set(row.chatId, [row]);
    void this.runLane(row.chatId);
  }

  private async runLane(chat: bigint): Promise<void> {
    const lane = this.lanes.get(chat)!;
    // Once a row of this chat goes back to pending, the rows behind it are handed back untried: sent
    // now they would overtake it (a post's parts out of order, sends inside a 429's retry_after).
    let held = false;
    for (let row = lane.shift(); row; row = lane.shift()) {
      try {
        if (held) await this.o.outbox.release(row.id, this.owner);
        else held = (await this.deliver(row)) === 'later';
      } catch (err) {
        // The row stays `sending` and a stale sweep returns it: a DB hiccup must not lose it.
        this.o.log.error({ err, row: row.id }, 'outbox row not recorded');
      }
      this.inHand.delete(row.id);
      this.wake();
    }
    this.lanes.delete(chat);
  }

  /** 'later' when the row went back to pending to be retried. */
  private async deliver(row: OutboxRow): Promise<'done' | 'later'> {
    const chat = await this.o.chats.find(row.chatId);
    if (chat && (chat.status === 'left' || chat.status === 'blocked')) return this.fail(row, `chat_${chat.status}`).then(() => 'done');
    const target = (chat?.status === 'migrated' && chat.migratedToId) || row.chatId;
    await this.o.limiter.acquire(target);
    try {
      const keyboard = row.buttons ? JSON.parse(row.buttons) : undefined;
      const where = { keyboard, threadId: row.threadId ?? undefined };
      const { messageId } =
        row.mediaKey && this.o.photos
          ? await this.o.photos.send(target, row.mediaKey, { ...where, caption: row.text })
          : await this.o.api.sendMessage(target, row.text, where);
      if (await this.o.outbox.markSent(row.id, this.owner, messageId, this.o.now())) this.stats.sent++;
      else this.o.log.warn({ row: row.id }, 'sent a row whose lock was lost: it may go out twice');
      return 'done';
    } catch (err) {
      return (await this.onError(row, target, err)) ? 'later' : 'done';
    }
  }

  private async fail(row: OutboxRow, reason: string): Promise<void> {
    await this.o.outbox.markFailed(row.id, this.owner, reason);
    this.stats.failed++;
    this.o.log.info({ row: row.id, reason }, 'outbox row failed');
  }

  private async retry(row: OutboxRow, afterMs: number, reason: string): Promise<void> {
    await this.o.outbox.retryLater(row.id, this.owner, new Date(this.o.now().getTime() + afterMs), reason);
    this.stats.retried++;
    // Wake exactly when it is due, not at the next poll.
    setTimeout(() => this.wake(), afterMs).unref();
  }

  /** True when the row goes back to pending for a retry, false when it ended failed. */
  private async onError(row: OutboxRow, target: ChatId, err: unknown): Promise<boolean> {
    if (err instanceof ChatUnavailableError) return this.fail(row, `chat_${err.reason}`).then(() => false);
    if (err instanceof BotApiError && err.code === 429) {
      // Longer than the inline wait the resilient API accepts: come back exactly when Telegram said.
      const seconds = err.parameters.retry_after ?? 1;
      this.o.limiter.pause(target, seconds);
      await this.retry(row, seconds * 1000, 'too_many_requests');
      return true;
    }
    const transient = !(err instanceof BotApiError) || err.code >= 500;
    const reason = err instanceof BotApiError ? `telegram_${err.code}` : 'network_error';
    if (!transient) return this.fail(row, reason).then(() => false);
    if (row.attempts >= this.o.maxAttempts) return this.fail(row, `${reason}_gave_up`).then(() => false);
    this.o.log.warn({ row: row.id, reason, attempt: row.attempts }, 'outbox send failed, retrying later');
    await this.retry(row, Math.min(300_000, this.o.retryBaseMs * 2 ** (row.attempts - 1)), reason);
    return true;
  }
}
