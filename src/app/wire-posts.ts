import { z } from 'zod';
import type { Clock } from '../core/clock.ts';
import { postResultsNow, type PostResultsReport } from '../core/posts/post-results-now.ts';
import type { PostDeps } from '../core/posts/ports.ts';
import { PrismaComplaintDigestRepository } from '../adapters/db/repositories/prisma-complaint-digest-repository.ts';
import { PrismaElectionRepository } from '../adapters/db/repositories/prisma-election-repository.ts';
import { PrismaJobSlotRepository } from '../adapters/db/repositories/prisma-job-slot-repository.ts';
import { PrismaOutboxRepository } from '../adapters/db/repositories/prisma-outbox-repository.ts';
import { PrismaPostTargetRepository } from '../adapters/db/repositories/prisma-post-target-repository.ts';
import { DeliveryWorker } from '../adapters/scheduler/delivery-worker.ts';
import { OutboxPostPublisher } from '../adapters/scheduler/outbox-publisher.ts';
import { ScheduleTask } from '../adapters/scheduler/schedule-task.ts';
import { createPostsFeature } from '../adapters/telegram/features/posts.ts';
import type { WireFeature, WiringContext } from './wiring.ts';

/**
 * Knobs of scheduled posts, read from the environment (defaults are production's):
 * - DELIVERY_CONCURRENCY (16): outbox rows one process holds at once; the in-flight duplicate bound.
 * - OUTBOX_STALE_SECONDS (60): a dead worker's `sending` rows go back to pending after this.
 * - SCHEDULER_TICK_MS (unset = node-cron every minute): tests and demos tick faster.
 * - POSTS_NOW (unset): ISO instant the scheduler's clock starts at, running at real speed from there;
 *   for tests with real processes only (fake "now" across processes).
 */
const postsEnv = z.object({
  DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  OUTBOX_STALE_SECONDS: z.coerce.number().min(1).default(60),
  SCHEDULER_TICK_MS: z.coerce.number().int().min(50).optional(),
  POSTS_NOW: z.iso.datetime({ offset: true }).optional(),
});
export type PostsEnv = z.output<typeof postsEnv>;

/** Parses the posts knobs; empty values count as unset. */
export const loadPostsEnv = (env: NodeJS.ProcessEnv): PostsEnv =>
  postsEnv.parse(Object.fromEntries(Object.entries(env).filter(([k, v]) => k in postsEnv.shape && v !== undefined && v.trim() !== '')));

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

/** Builds repositories, publisher, scheduler and delivery worker (not started). Tests drive `scheduler.tick(now)` directly. */
export function createPostsRuntime(ctx: WiringContext, env: PostsEnv = loadPostsEnv(process.env)): PostsRuntime {
  const outbox = new PrismaOutboxRepository(ctx.prisma);
  const targets = new PrismaPostTargetRepository(ctx.prisma, { locale: ctx.config.DEFAULT_LOCALE, timeZone: ctx.config.DEFAULT_TIMEZONE });
  const elections = new PrismaElectionRepository(ctx.prisma);
  const worker = new DeliveryWorker({
    outbox, api: ctx.api, chats: ctx.chats, log: ctx.log.child({ task: 'delivery' }),
    concurrency: env.DELIVERY_CONCURRENCY, staleMs: env.OUTBOX_STALE_SECONDS * 1000,
  });
  const deps: PostDeps = {
    targets,
    elections: { get: (id) => elections.get(id), listByAreas: (ids) => elections.listByAreas(ids), findRerunOf: (id) => elections.findRerunOf(id), areaNames: (ids) => targets.areaNames(ids) },
    complaints: new PrismaComplaintDigestRepository(ctx.prisma),
    ledger: new PrismaJobSlotRepository(ctx.prisma),
    publisher: new OutboxPostPublisher(outbox, ctx.i18n, () => worker.wake()),
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
export function createResultsPoster(ctx: WiringContext): (electionId: string) => Promise<PostResultsReport> {
  const rt = createPostsRuntime(ctx);
  return (electionId) => postResultsNow(rt.deps, electionId, rt.clock.now());
}

async function isBotAdmin(ctx: WiringContext, user: bigint): Promise<boolean> {
  if (ctx.config.ADMIN_IDS.includes(user)) return true;
  return (await ctx.prisma.admin.findUnique({ where: { userId: user }, select: { userId: true } })) !== null;
}

export const wirePosts: WireFeature = (ctx) => {
  const rt = createPostsRuntime(ctx);
  return {
    feature: createPostsFeature({ posts: rt.deps, isBotAdmin: (u) => isBotAdmin(ctx, u) }),
    tasks: [rt.scheduler, rt.worker],
  };
};
