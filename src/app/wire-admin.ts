import { PrismaAdminRepository, PrismaAuditLog } from '../adapters/db/repositories/prisma-admin-repository.ts';
import { PrismaAreaRepository } from '../adapters/db/repositories/prisma-area-repository.ts';
import { PrismaComplaintCategoryRepository } from '../adapters/db/repositories/prisma-complaint-category-repository.ts';
import { PrismaComplaintDigestRepository } from '../adapters/db/repositories/prisma-complaint-digest-repository.ts';
import { PrismaComplaintRepository } from '../adapters/db/repositories/prisma-complaint-repository.ts';
import { PrismaComplaintReviewRepository } from '../adapters/db/repositories/prisma-complaint-review-repository.ts';
import { PrismaElectionImportStore } from '../adapters/db/repositories/prisma-election-import-store.ts';
import { PrismaElectionRepository } from '../adapters/db/repositories/prisma-election-repository.ts';
import { PrismaJobSlotRepository } from '../adapters/db/repositories/prisma-job-slot-repository.ts';
import { PrismaOutboxRepository } from '../adapters/db/repositories/prisma-outbox-repository.ts';
import { PrismaPostTargetRepository } from '../adapters/db/repositories/prisma-post-target-repository.ts';
import { PrismaResultsEntryRepository } from '../adapters/db/repositories/prisma-results-entry-repository.ts';
import { OutboxPostPublisher } from '../adapters/scheduler/outbox-publisher.ts';
import { createAdminFeature } from '../adapters/telegram/features/admin.ts';
import type { ResultsAnnouncer } from '../core/admin/ports.ts';
import { resolveActor } from '../core/admin/resolve-actor.ts';
import { postResultsNow } from '../core/posts/post-results-now.ts';
import type { PostDeps } from '../core/posts/ports.ts';
import type { WireFeature, WiringContext } from './wiring.ts';

/**
 * "Post results now" from the scheduled posts: results go to the outbox of every group following the
 * election; the delivery worker sends them.
 */
function resultsAnnouncer(w: WiringContext): ResultsAnnouncer {
  const targets = new PrismaPostTargetRepository(w.prisma, { locale: w.config.DEFAULT_LOCALE, timeZone: w.config.DEFAULT_TIMEZONE });
  const elections = new PrismaElectionRepository(w.prisma);
  const deps: PostDeps = {
    targets,
    elections: {
      get: (id) => elections.get(id),
      listByAreas: (ids) => elections.listByAreas(ids),
      findRerunOf: (id) => elections.findRerunOf(id),
      areaNames: (ids) => targets.areaNames(ids),
    },
    complaints: new PrismaComplaintDigestRepository(w.prisma),
    ledger: new PrismaJobSlotRepository(w.prisma),
    publisher: new OutboxPostPublisher(new PrismaOutboxRepository(w.prisma), w.i18n),
  };
  return { announce: (id, now) => postResultsNow(deps, id, now) };
}

/** Admin tools: roles, audit, complaint review, exports, election data entry. */
export const wireAdmin: WireFeature = (w) => {
  const admins = new PrismaAdminRepository(w.prisma);
  const audit = new PrismaAuditLog(w.prisma);
  const areas = new PrismaAreaRepository(w.prisma);
  const categories = new PrismaComplaintCategoryRepository(w.prisma);
  const complaints = new PrismaComplaintRepository(w.prisma);
  const review = new PrismaComplaintReviewRepository(w.prisma);
  const announcer = resultsAnnouncer(w);
  const auditDeps = { audit, clock: w.clock };
  const ownerIds = w.config.ADMIN_IDS;
  const change = { complaints, users: w.users, notifier: w.notifier, defaultLocale: w.config.DEFAULT_LOCALE };
  const inbox = { review, categories, areas };
  const feature = createAdminFeature({
    resolve: (ctx) => resolveActor({ ownerIds, admins }, ctx.from?.isAnonymousAdmin ? null : ctx.from?.id),
    manage: { ...auditDeps, admins, areas, ownerIds },
    audit,
    inbox: {
      inbox,
      review: { complaints, categories, areas, audit: auditDeps },
      status: { complaints, areas, ...auditDeps, change },
      merge: { complaints, areas, ...auditDeps },
    },
    exports: { inbox, exports: { source: review, areas }, audit: auditDeps, timeZone: w.config.DEFAULT_TIMEZONE },
    elections: {
      results: { ...auditDeps, results: new PrismaResultsEntryRepository(w.prisma), areas, announcer },
      importer: { ...auditDeps, store: new PrismaElectionImportStore(w.prisma), announcer },
    },
  });
  return { feature };
};
