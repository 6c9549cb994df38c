import type { Logger } from 'pino';
import type { ChatId } from '../../core/ids.ts';
import { BotApiError, ChatUnavailableError } from './bot-api.ts';

type Job = () => Promise<unknown>;

interface Lane {
  /** How long to wait before the next try: the last 429's retry_after, exactly (or a backoff). */
  waitMs: number;
  jobs: Job[];
  /** Network / 5xx failures of the job at the head, in a row. */
  failures: number;
}

/** Network and 5xx failures of one answer before it is given up (backoff 1 s doubling). */
const MAX_FAILURES = 8;

export interface ChatLanesOptions {
  log: Logger;
  /** How a held lane waits (tests pass a controllable one). */
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/**
 * Answers to a chat that Telegram rate-limited wait in that chat's own queue, so one held chat never
 * holds the handler (and with it the polling batch and every other chat). A send to a free chat goes
 * out at once, as before; a 429 (`retry_after`) turns the chat's lane on: that send and every later one
 * to the chat wait there, in order, and go out once each when the wait is over. A send that still fails
 * with a network error or a 5xx after ResilientBotApi's own retries waits there too, with backoff.
 * The lanes live in memory: a process that dies while a chat is held loses what waited (the complaint
 * receipt has the outbox behind it).
 */
export class ChatLanes {
  private readonly lanes = new Map<ChatId, Lane>();
  private readonly runners = new Set<Promise<void>>();
  private readonly sleep: (ms: number) => Promise<void>;
  private closed = false;

  constructor(private readonly opts: ChatLanesOptions) {
    this.sleep = opts.sleep ?? defaultSleep;
  }

  /**
   * Sends now when the chat is free, else queues behind its wait. Resolves 'sent' or 'queued'
   * (then `delivered` settles when the queued send went out or was given up); other errors throw.
   */
  async send(chat: ChatId, job: Job): Promise<{ status: 'sent' | 'queued'; delivered: Promise<boolean> }> {
    const lane = this.lanes.get(chat);
    if (lane) return { status: 'queued', delivered: this.enqueue(lane, job) };
    try {
      await job();
      return { status: 'sent', delivered: Promise.resolve(true) };
    } catch (err) {
      const wait = retryAfterMs(err) ?? (isTransient(err) ? 1000 : null);
      if (wait === null) throw err;
      const held: Lane = { waitMs: wait, jobs: [], failures: 0 };
      this.lanes.set(chat, held);
      this.opts.log.warn({ chat: String(chat), retryAfter: wait / 1000 }, 'chat rate limited: its answers wait in its queue');
      const delivered = this.enqueue(held, job);
      this.start(chat, held);
      return { status: 'queued', delivered };
    }
  }

  /** Chats held right now (health, tests). */
  get held(): number {
    return this.lanes.size;
  }

  /** Waits for queued sends to finish, at most `timeoutMs` (graceful shutdown). */
  async drain(timeoutMs: number): Promise<void> {
    const timer = new Promise<void>((r) => setTimeout(r, timeoutMs).unref());
    await Promise.race([Promise.allSettled([...this.runners]), timer]);
  }

  /** Shutdown: what still waits is given up (nothing is sent after the process stopped). */
  close(): void {
    this.closed = true;
  }

  /** Closed at shutdown: nothing more is sent (see `close`). */
  get isClosed(): boolean {
    return this.closed;
  }

  private enqueue(lane: Lane, job: Job): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      lane.jobs.push(() =>
        job().then(
          () => resolve(true),
          (err: unknown) => {
            // Held again, or Telegram still unreachable: the runner keeps it at the head and waits.
            if (retryAfterMs(err) !== null || (isTransient(err) && lane.failures < MAX_FAILURES)) throw err;
            resolve(false);
            this.giveUp(err);
          },
        ),
      );
    });
  }

  private start(chat: ChatId, lane: Lane): void {
    const runner = this.run(chat, lane).finally(() => this.runners.delete(runner));
    this.runners.add(runner);
  }

  private async run(chat: ChatId, lane: Lane): Promise<void> {
    while (lane.jobs.length) {
      const wait = lane.waitMs;
      lane.waitMs = 0;
      if (wait > 0) await this.sleep(wait);
      if (this.closed) break;
      try {
        await lane.jobs[0]!();
        lane.jobs.shift();
        lane.failures = 0;
      } catch (err) {
        const limited = retryAfterMs(err);
        lane.failures = limited === null ? lane.failures + 1 : 0;
        lane.waitMs = limited ?? Math.min(60_000, 1000 * 2 ** (lane.failures - 1));
      }
    }
    this.lanes.delete(chat);
  }

  private giveUp(err: unknown): void {
    if (err instanceof ChatUnavailableError) return;
    this.opts.log.warn({ err }, 'queued answer not delivered');
  }
}

/** Telegram did not take the call and may later: a network failure or a 5xx (429 aside). */
function isTransient(err: unknown): boolean {
  if (err instanceof ChatUnavailableError) return false;
  return !(err instanceof BotApiError) || err.code >= 500;
}

/** The wait a 429 asks for, or null for any other error. */
function retryAfterMs(err: unknown): number | null {
  if (!(err instanceof BotApiError) || err.code !== 429) return null;
  return Math.max(1, err.parameters.retry_after ?? 1) * 1000;
}
