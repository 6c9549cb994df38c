import type { Clock } from '../core/clock.ts';
import { postResultsNow, type PostResultsReport } from '../core/posts/post-results-now.ts';
import type { PostDeps } from '../core/posts/ports.ts';
import { PrismaComplaintDigestRepository } from '../adapters/db/repositories/prisma-complaint-digest-repository.ts';
import { PrismaElectionRepository } from '../adapters/db/repositories/prisma-election-repository.ts';
import { PrismaJobSlotRepository } from '../adapters/db/repositories/prisma-job-slot-repository.ts';
import { PrismaMediaStore } from '../adapters/db/repositories/prisma-media-store.ts';
import { PrismaOutboxRepository } from '../adapters/db/repositories/prisma-outbox-repository.ts';
import { PrismaPostTargetRepository } from '../adapters/db/repositories/prisma-post-target-repository.ts';
import { localLeaderLock, postgresLeaderLock, type LeaderLock } from '../adapters/db/leader-lock.ts';
import { DeliveryWorker } from '../adapters/scheduler/delivery-worker.ts';
import { LeaderTask } from '../adapters/scheduler/leader-task.ts';
import { OutboxPostPublisher } from '../adapters/scheduler/outbox-publisher.ts';
import { ScheduleTask } from '../adapters/scheduler/schedule-task.ts';
import { createPostsFeature } from '../adapters/telegram/features/posts.ts';
import { calendarLink } from '../adapters/telegram/features/elections.ts';
import { hourlyChore, KEEP_DIGEST_SLOTS_MS } from './maintenance.ts';
import type { WireFeature, WiringContext } from './wiring.ts';

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
}

const runtimes = new WeakMap<WiringContext, PostsRuntime>();

/**
 * The app's one posts runtime (repositories, publisher, scheduler, delivery worker; not started),
 * built on first use: the posts feature and the admin tools share it, so results an admin enters wake
 * the same worker. Knobs come from the config (DELIVERY_CONCURRENCY, OUTBOX_STALE_SECONDS,
 * SCHEDULER_TICK_MS, POSTS_NOW). Tests drive `scheduler.tick(now)` directly.
 */
export function postsRuntime(ctx: WiringContext): PostsRuntime {
  let rt = runtimes.get(ctx);
  if (!rt) runtimes.set(ctx, (rt = buildRuntime(ctx)));
  return rt;
}

function buildRuntime(ctx: WiringContext): PostsRuntime {
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
  return { deps, outbox, worker, scheduler, clock };
}

/**
 * For the admin tools: "post results now" after results of an election are entered or corrected.
 * Queues the summary for every group following the election's area (once per results version);
 * a running delivery worker (any replica) sends it within its poll interval.
 */
export function createResultsPoster(ctx: WiringContext): (electionId: string, now?: Date) => Promise<PostResultsReport> {
  const rt = postsRuntime(ctx);
  return (electionId, now = rt.clock.now()) => postResultsNow(rt.deps, electionId, now);
}

async function isBotAdmin(ctx: WiringContext, user: bigint): Promise<boolean> {
  if (ctx.config.ADMIN_IDS.includes(user)) return true;
  return (await ctx.prisma.admin.findUnique({ where: { userId: user }, select: { userId: true } })) !== null;
}

/** One delivery leader among replicas on PostgreSQL; a SQLite database has one process, which leads. */
function leaderLocks(ctx: WiringContext): () => LeaderLock {
  const url = ctx.config.DATABASE_URL;
  if (url.startsWith('file:')) return localLeaderLock;
  return () => postgresLeaderLock({ url, onError: (err) => ctx.log.warn({ err }, 'delivery leader lock connection failed') });
}

export const wirePosts: WireFeature = (ctx) => {
  const rt = postsRuntime(ctx);
  return {
    feature: createPostsFeature({ posts: rt.deps, isBotAdmin: (u) => isBotAdmin(ctx, u) }),
    tasks: [
      rt.scheduler,
      new LeaderTask('outbox-delivery', rt.worker, leaderLocks(ctx), ctx.log.child({ task: 'delivery' })),
      // Only digest slots are time-based; results and reminder slots are keyed by election and must stay.
      hourlyChore('digest-slots', ctx.clock, ctx.log, (now) =>
        new PrismaJobSlotRepository(ctx.prisma).prune(new Date(now.getTime() - KEEP_DIGEST_SLOTS_MS), ['digest']),
      ),
    ],
  };
};
