import type { Logger } from 'pino';
import type { Clock } from '../core/clock.ts';
import type { BackgroundTask } from './wiring.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Telegram redelivers within hours at most; three days is a wide margin. */
export const KEEP_UPDATE_IDS_MS = 3 * DAY;
/**
 * A digest covers "since the last digest", read from its slot claims: keep a little over a year so
 * even a yearly schedule finds its previous run.
 */
export const KEEP_DIGEST_SLOTS_MS = 400 * DAY;

/**
 * An hourly housekeeping chore (first run at start), e.g. forgetting handled update ids.
 * `chore` gets "now" and returns how many rows it removed.
 */
export function hourlyChore(name: string, clock: Clock, log: Logger, chore: (now: Date) => Promise<number>): BackgroundTask {
  let timer: NodeJS.Timeout | undefined;
  const run = () =>
    chore(clock.now())
      .then((n) => n && log.debug({ chore: name, removed: n }, 'housekeeping'))
      .catch((err: unknown) => log.warn({ err, chore: name }, 'housekeeping failed'));
  return {
    name,
    start() {
      void run();
      timer = setInterval(run, HOUR);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
    },
  };
}
