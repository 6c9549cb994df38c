import { PrismaAdminRepository } from '../adapters/db/repositories/prisma-admin-repository.ts';
import { PrismaJobSlotRepository } from '../adapters/db/repositories/prisma-job-slot-repository.ts';
import { localLeaderLock, postgresLeaderLock, type LeaderLock } from '../adapters/db/leader-lock.ts';
import { LeaderTask } from '../adapters/scheduler/leader-task.ts';
import { createPostsFeature } from '../adapters/telegram/features/posts.ts';
import { hourlyChore, KEEP_DIGEST_SLOTS_MS } from './maintenance.ts';
import type { WireFeature, WiringContext } from './wiring.ts';

/** One delivery leader among replicas on PostgreSQL; a SQLite database has one process, which leads. */
function leaderLocks(w: WiringContext): () => LeaderLock {
  const url = w.config.DATABASE_URL;
  if (url.startsWith('file:')) return localLeaderLock;
  return () => postgresLeaderLock({ url, onError: (err) => w.log.warn({ err }, 'delivery leader lock connection failed') });
}

/** Scheduled posts: /preview and "post now", the schedule tick, the outbox's delivery leader, old digest slots pruned. */
export const wirePosts: WireFeature = (w) => {
  const admins = new PrismaAdminRepository(w.prisma);
  const isBotAdmin = async (user: bigint) => w.config.ADMIN_IDS.includes(user) || (await admins.find(user)) !== null;
  const slots = new PrismaJobSlotRepository(w.prisma);
  return {
    feature: createPostsFeature({ posts: w.posts.deps, isBotAdmin }),
    tasks: [
      w.posts.scheduler,
      new LeaderTask('outbox-delivery', w.posts.worker, leaderLocks(w), w.log.child({ task: 'delivery' })),
      // Only digest slots are time-based; results and reminder slots are keyed by election and must stay.
      hourlyChore('digest-slots', w.clock, w.log, (now) => slots.prune(new Date(now.getTime() - KEEP_DIGEST_SLOTS_MS), ['digest'])),
    ],
  };
};
