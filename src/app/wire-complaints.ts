import { PrismaAreaRepository } from '../adapters/db/repositories/prisma-area-repository.ts';
import { PrismaComplaintCategoryRepository } from '../adapters/db/repositories/prisma-complaint-category-repository.ts';
import { PrismaComplaintRepository } from '../adapters/db/repositories/prisma-complaint-repository.ts';
import { createComplaintsFeature } from '../adapters/telegram/features/complaints.ts';
import { AreaSettlementDirectory } from '../core/complaints/area-settlement-directory.ts';
import { DEFAULT_LIMITS } from '../core/complaints/limits.ts';
import { seedCategories } from '../core/complaints/seed-categories.ts';
import type { FeatureModule, WiringContext } from './wiring.ts';

/** Complaints: repositories, seeded categories, the feature and its `/start c_...` deep link. */
export async function wireComplaints(w: WiringContext): Promise<FeatureModule> {
  const categories = new PrismaComplaintCategoryRepository(w.prisma);
  await seedCategories(categories);
  const feature = createComplaintsFeature({
    chats: w.chats,
    form: {
      categories,
      complaints: new PrismaComplaintRepository(w.prisma),
      settlements: new AreaSettlementDirectory(new PrismaAreaRepository(w.prisma)),
      users: w.users,
      limits: DEFAULT_LIMITS,
      timeZone: w.config.DEFAULT_TIMEZONE,
    },
  });
  return { feature, startPayload: feature.handleStartPayload };
}
