import type { Clock } from '../core/clock.ts';
import { postResultsNow, type PostResultsReport } from '../core/posts/post-results-now.ts';
import type { PostDeps } from '../core/posts/ports.ts';
import { PrismaComplaintDigestRepository } from '../adapters/db/repositories/prisma-complaint-digest-repository.ts';
import { PrismaElectionRepository } from '../adapters/db/repositories/prisma-election-repository.ts';
import { PrismaJobSlotRepository } from '../adapters/db/repositories/prisma-job-slot-repository.ts';
import { PrismaMediaStore } from '../adapters/db/repositories/prisma-media-store.ts';
import { PrismaOutboxRepository } from '../adapters/db/repositories/prisma-outbox-repository.ts';
import { PrismaPostTargetRepository } from '../adapters/db/repositories/prisma-post-target-repository.ts';
import { DeliveryWorker } from '../adapters/scheduler/delivery-worker.ts';
import { OutboxPostPublisher } from '../adapters/scheduler/outbox-publisher.ts';
import { ScheduleTask } from '../adapters/scheduler/schedule-task.ts';
import { calendarLink } from '../adapters/telegram/features/elections.ts';
import type { AppContext } from './wiring.ts';

const shiftedClock = (start: string): Clock => {
  const offset = Date.parse(start) - Date.now();
  return { now: () => new Date(Date.now() + offset) };
};

export interface PostsRuntime {
  deps: PostDeps;
  outbox: PrismaOutboxRepository;
  worker: DeliveryWorker;
  scheduler: ScheduleTask;
  clock: Clock;
  /** "Post results now" after results are entered or corrected (admin tools). */
  postResults(electionId: string, now?: Date): Promise<PostResultsReport>;
}

/**
 * The app's one posts runtime (repositories, publisher, scheduler, delivery worker; not started),
 * built once in app.ts: the posts feature, the admin tools and staff notices share it, so what they
 * queue wakes the same worker. Knobs come from the config (DELIVERY_CONCURRENCY,
 * OUTBOX_STALE_SECONDS, SCHEDULER_TICK_MS, POSTS_NOW). Tests drive `scheduler.tick(now)` directly.
 */
export function createPostsRuntime(ctx: AppContext): PostsRuntime {
  const env = ctx.config;
  const outbox = new PrismaOutboxRepository(ctx.prisma);
  const targets = new PrismaPostTargetRepository(ctx.prisma, { locale: ctx.config.DEFAULT_LOCALE, timeZone: ctx.config.DEFAULT_TIMEZONE });
  const elections = new PrismaElectionRepository(ctx.prisma);
  const worker = new DeliveryWorker({
    outbox,
    api: ctx.api,
    chats: ctx.chats,
    log: ctx.log.child({ task: 'delivery' }),
    concurrency: env.DELIVERY_CONCURRENCY,
    staleMs: env.OUTBOX_STALE_SECONDS * 1000,
    photos: ctx.photos,
  });
  const deps: PostDeps = {
    targets,
    elections: {
      get: (id) => elections.get(id),
      listByAreas: (ids) => elections.listByAreas(ids),
      findRerunOf: (id) => elections.findRerunOf(id),
      areaNames: (ids) => targets.areaNames(ids),
    },
    complaints: new PrismaComplaintDigestRepository(ctx.prisma),
    ledger: new PrismaJobSlotRepository(ctx.prisma),
    publisher: new OutboxPostPublisher(
      outbox,
      ctx.i18n,
      () => worker.wake(),
      { renderer: ctx.charts, store: new PrismaMediaStore(ctx.prisma) },
      (id) => calendarLink(ctx.bot.username, id),
    ),
  };
  const clock = env.POSTS_NOW ? shiftedClock(env.POSTS_NOW) : ctx.clock;
  const scheduler = new ScheduleTask({ deps, clock, log: ctx.log.child({ task: 'scheduler' }), tickMs: env.SCHEDULER_TICK_MS });
  // Queues the summary for every group following the election's area (once per results version);
  // a running delivery worker (any replica) sends it within its poll interval.
  const postResults = (electionId: string, now = clock.now()) => postResultsNow(deps, electionId, now);
  return { deps, outbox, worker, scheduler, clock, postResults };
}
