import type { Logger } from 'pino';
import type { LeaderLock } from '../db/leader-lock.ts';

/** What runs only while this process leads (the delivery worker). */
export interface LeadTask {
  start(): void;
  stop(): Promise<void>;
  /** Called right after leadership is won, before `start`: take over what a previous leader left. */
  takeOver?(): Promise<void>;
}

function stopSignal(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Runs `task` only while this process holds the leader lock, so that several replicas together send
 * within Telegram's limits: one sender, one rate limiter. A replica that loses the lock (its database
 * connection broke) stops sending at once and waits for the lock again.
 */
export class LeaderTask {
  readonly name: string;
  private running = false;
  private lock?: LeaderLock;
  private loop?: Promise<void>;
  /** Resolves when stop() is called: a lock that is never lost (SQLite's) must not keep the loop waiting. */
  private stopped = stopSignal();
  /** True while this process leads (tests, /readyz-style reporting). */
  leading = false;

  constructor(
    name: string,
    private readonly task: LeadTask,
    private readonly newLock: () => LeaderLock,
    private readonly log: Logger,
  ) {
    this.name = name;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopped = stopSignal();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopped.resolve();
    if (this.leading) await this.task.stop();
    await this.lock?.close();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      const lock = (this.lock = this.newLock());
      if (!(await lock.acquire()) || !this.running) return;
      this.leading = true;
      this.log.info({ task: this.name }, 'leader: this process sends for all replicas');
      try {
        await this.task.takeOver?.();
      } catch (err) {
        this.log.warn({ err }, 'leader take-over upkeep failed');
      }
      this.task.start();
      await Promise.race([lock.lost, this.stopped.promise]);
      if (!this.running) return;
      this.log.warn({ task: this.name }, 'leader lock lost: sending stops until it is won again');
      this.leading = false;
      await this.task.stop();
      await lock.close();
    }
  }
}
