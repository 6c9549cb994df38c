import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import type { Clock } from '../../core/clock.ts';
import type { PostDeps } from '../../core/posts/ports.ts';
import { runScheduleTick, type TickReport } from '../../core/posts/run-schedule-tick.ts';

export interface ScheduleTaskOptions {
  deps: PostDeps;
  clock: Clock;
  log: Logger;
  /** Test / demo only: tick every N ms instead of node-cron's every minute. */
  tickMs?: number;
  /** On start, slots this far back are caught up (a restart at 20:00:30 still posts the 20:00 digest). */
  catchUpMs?: number;
}

/**
 * One node-cron task ticking every minute; each tick evaluates every group's schedules in the
 * group's own time zone over the minutes since the previous tick (claims make overlaps harmless).
 */
export class ScheduleTask {
  readonly name = 'posts-scheduler';
  private task?: ScheduledTask;
  private interval?: NodeJS.Timeout;
  private last?: Date;
  private running?: Promise<TickReport | null>;

  constructor(private readonly o: ScheduleTaskOptions) {}

  start(): void {
    this.last = new Date(this.o.clock.now().getTime() - (this.o.catchUpMs ?? 5 * 60_000));
    const fire = () => void this.tick();
    if (this.o.tickMs) this.interval = setInterval(fire, this.o.tickMs);
    else this.task = cron.schedule('* * * * *', fire, { name: this.name });
    fire();
  }

  async stop(): Promise<void> {
    if (this.interval) clearInterval(this.interval);
    await this.task?.stop();
    await this.running;
  }

  /** Runs one tick up to `now` (the clock's by default); a tick still running makes this one a no-op. */
  async tick(now = this.o.clock.now()): Promise<TickReport | null> {
    if (this.running) return null;
    // A clock set back (tests, a corrected host clock) restarts the window at the current minute.
    const from = this.last && this.last < now ? this.last : new Date(now.getTime() - 60_000);
    this.running = runScheduleTick(this.o.deps, { from, to: now })
      .then((report) => {
        this.last = now;
        for (const e of report.errors) this.o.log.warn({ chat: String(e.chatId), kind: e.kind, err: e.error }, 'scheduled post not built');
        if (report.published.length) this.o.log.info({ posts: report.published.length, taken: report.taken }, 'scheduled posts queued');
        return report;
      })
      .catch((err) => {
        this.o.log.error({ err }, 'scheduler tick failed');
        return null;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
