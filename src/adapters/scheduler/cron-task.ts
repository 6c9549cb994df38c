import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import type { Clock } from '../../core/clock.ts';

export interface CronTaskOptions {
  name: string;
  /** node-cron expression, e.g. every minute `* * * * *`. */
  cron: string;
  /** The zone the expression is read in (default: the server's). */
  timeZone?: string;
  clock: Clock;
  log: Logger;
  /** Test / demo only: run every N ms instead of on the cron expression. */
  tickMs?: number;
  /** Runs once at start too (work that was due while the bot was down). */
  runAtStart?: boolean;
  run(now: Date): Promise<number>;
}

/**
 * A recurring job on node-cron, one run at a time: a run still going makes the next a no-op. Runs
 * are idempotent (claims and dedupe keys), so several replicas may run the same job.
 */
export class CronTask {
  readonly name: string;
  private task?: ScheduledTask;
  private interval?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(private readonly o: CronTaskOptions) {
    this.name = o.name;
  }

  start(): void {
    const fire = () => void this.tick();
    if (this.o.tickMs) this.interval = setInterval(fire, this.o.tickMs);
    else this.task = cron.schedule(this.o.cron, fire, { name: this.name, timezone: this.o.timeZone });
    if (this.o.runAtStart) fire();
  }

  async stop(): Promise<void> {
    if (this.interval) clearInterval(this.interval);
    await this.task?.stop();
    await this.running;
  }

  /** One run at `now` (the clock's by default); resolves with what it queued, 0 when skipped or failed. */
  async tick(now = this.o.clock.now()): Promise<number> {
    if (this.running) return 0;
    this.running = this.o
      .run(now)
      .then((n) => {
        if (n) this.o.log.debug({ task: this.name, queued: n }, 'task run');
        return n;
      })
      .catch((err: unknown) => {
        this.o.log.warn({ err, task: this.name }, 'task failed');
        return 0;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
