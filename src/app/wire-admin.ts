import { workerValidator } from '../adapters/elections/validate-in-worker.ts';
import { PrismaAdminRepository, PrismaAuditLog } from '../adapters/db/repositories/prisma-admin-repository.ts';
import { PrismaAreaRepository } from '../adapters/db/repositories/prisma-area-repository.ts';
import { PrismaComplaintCategoryRepository } from '../adapters/db/repositories/prisma-complaint-category-repository.ts';
import { PrismaComplaintRepository } from '../adapters/db/repositories/prisma-complaint-repository.ts';
import { PrismaComplaintReviewRepository } from '../adapters/db/repositories/prisma-complaint-review-repository.ts';
import { PrismaElectionImportStore } from '../adapters/db/repositories/prisma-election-import-store.ts';
import { PrismaResultsEntryRepository } from '../adapters/db/repositories/prisma-results-entry-repository.ts';
import { createAdminFeature } from '../adapters/telegram/features/admin.ts';
import { withStaffMenus } from '../adapters/telegram/staff-menus.ts';
import type { ResultsAnnouncer } from '../core/admin/ports.ts';
import { senderActor } from '../adapters/telegram/sender-actor.ts';
import { PrismaResponseTemplateRepository } from '../adapters/db/repositories/prisma-response-template-repository.ts';
import { DEFAULT_TEMPLATES } from '../core/admin/default-templates.ts';
import type { HandlerContext } from '../adapters/telegram/feature.ts';
import { msg } from '../core/replies.ts';
import type { WireFeature } from './wiring.ts';

/** Admin tools: roles, audit, complaint review, exports, election data entry. */
export const wireAdmin: WireFeature = async (w) => {
  const admins = withStaffMenus(
    new PrismaAdminRepository(w.prisma),
    (user, staff) => w.staffChanged(user, staff),
    (err) => w.log.warn({ err }, 'staff menu not changed'),
  );
  const audit = new PrismaAuditLog(w.prisma);
  const areas = new PrismaAreaRepository(w.prisma);
  const categories = new PrismaComplaintCategoryRepository(w.prisma);
  const complaints = new PrismaComplaintRepository(w.prisma);
  const review = new PrismaComplaintReviewRepository(w.prisma);
  const templates = new PrismaResponseTemplateRepository(w.prisma);
  await templates.seedOnce(DEFAULT_TEMPLATES);
  // "Post results now": the posts runtime queues the summary and wakes its delivery worker.
  const announcer: ResultsAnnouncer = { announce: (id, now) => w.posts.postResults(id, now) };
  const auditDeps = { audit, clock: w.clock };
  const ownerIds = w.config.ADMIN_IDS;
  const change = { complaints, users: w.users, notifier: w.notifier, defaultLocale: w.config.DEFAULT_LOCALE };
  const inbox = { review, categories, areas };
  const resolve = senderActor(ownerIds, admins);
  const feature = createAdminFeature({
    resolve,
    manage: { ...auditDeps, admins, areas, categories, ownerIds },
    audit,
    inbox: {
      inbox,
      review: { complaints, categories, areas, audit: auditDeps },
      status: { complaints, areas, ...auditDeps, change, templates },
      merge: { complaints, areas, ...auditDeps },
      notes: { complaints, areas, ...auditDeps, notify: change },
      forward: { complaints, categories, areas, routing: review, staffAlerts: w.staffAlerts, notify: change, ...auditDeps },
      templates: { templates, categories, ...auditDeps },
    },
    exports: {
      inbox,
      exports: { source: review, areas, photoUrl: (fileId: string, now: Date) => w.photoLinks.url(fileId, now) },
      audit: auditDeps,
      timeZone: w.config.DEFAULT_TIMEZONE,
    },
    elections: {
      results: { ...auditDeps, results: new PrismaResultsEntryRepository(w.prisma), areas, announcer },
      importer: { ...auditDeps, store: new PrismaElectionImportStore(w.prisma), announcer, validate: workerValidator() },
    },
  });
  // Staff see their commands in /help; everyone else sees nothing of them.
  const helpExtra = async (ctx: HandlerContext) => {
    const actor = await resolve(ctx);
    return actor ? msg(actor.role === 'owner' ? 'admin-help-owner' : 'admin-help') : null;
  };
  return { feature, helpExtra, tasks: w.staff.tasks };
};
