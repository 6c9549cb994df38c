import type { Logger } from 'pino';
import type { Clock } from '../core/clock.ts';
import type { UpdateLog } from '../core/ports.ts';
import type { BackgroundTask } from './wiring.ts';

const HOUR = 3600_000;
/** Telegram redelivers within hours at most; three days is a wide margin. */
const KEEP_UPDATE_IDS_MS = 3 * 24 * HOUR;

/** Hourly: forget handled update ids older than three days, so the table stays small. */
export function updateLogPruner(updates: UpdateLog, clock: Clock, log: Logger): BackgroundTask {
  let timer: NodeJS.Timeout | undefined;
  const prune = () =>
    updates
      .prune(new Date(clock.now().getTime() - KEEP_UPDATE_IDS_MS))
      .then((n) => n && log.debug({ pruned: n }, 'old update ids pruned'))
      .catch((err: unknown) => log.warn({ err }, 'update id pruning failed'));
  return {
    name: 'update-log-pruner',
    start() {
      void prune();
      timer = setInterval(prune, HOUR);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
    },
  };
}
