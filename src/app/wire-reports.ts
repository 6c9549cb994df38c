import { ReportRenderer } from '../adapters/charts/render-report.ts';
import { PrismaAdminRepository } from '../adapters/db/repositories/prisma-admin-repository.ts';
import { PrismaAreaRepository } from '../adapters/db/repositories/prisma-area-repository.ts';
import { PrismaComplaintCategoryRepository } from '../adapters/db/repositories/prisma-complaint-category-repository.ts';
import { PrismaReportSource } from '../adapters/db/repositories/prisma-report-source.ts';
import { createReportFeature } from '../adapters/telegram/features/admin-report.ts';
import { senderActor } from '../adapters/telegram/sender-actor.ts';
import type { WireFeature } from './wiring.ts';

/** /report: staff's one-page picture of complaints, drawn in process. */
export const wireReports: WireFeature = (w) => {
  const admins = new PrismaAdminRepository(w.prisma);
  const ownerIds = w.config.ADMIN_IDS;
  const resolve = senderActor(ownerIds, admins);
  const feature = createReportFeature({
    resolve,
    report: {
      source: new PrismaReportSource(w.prisma),
      areas: new PrismaAreaRepository(w.prisma),
      categories: new PrismaComplaintCategoryRepository(w.prisma),
      timeZone: w.config.DEFAULT_TIMEZONE,
    },
    renderer: new ReportRenderer(w.i18n),
  });
  return { feature };
};
