import { PrismaFixedQuestionQueue } from '../adapters/db/repositories/prisma-fixed-question-queue.ts';
import { ASK_AFTER_DAYS, FIX_WINDOW_DAYS, fixButtons } from '../core/complaints/follow-up.ts';
import { localeFromLanguageCode } from '../core/locale.ts';
import { msg } from '../core/replies.ts';
import { PrismaAreaRepository } from '../adapters/db/repositories/prisma-area-repository.ts';
import { PrismaComplaintCategoryRepository } from '../adapters/db/repositories/prisma-complaint-category-repository.ts';
import { renderKeyboard, renderText } from '../adapters/telegram/render.ts';
import { filedReceipt } from '../core/complaints/form/prompts.ts';
import { PrismaComplaintRepository, RECEIPT_GRACE_MS } from '../adapters/db/repositories/prisma-complaint-repository.ts';
import { createComplaintsFeature } from '../adapters/telegram/features/complaints.ts';
import { AreaSettlementDirectory } from '../core/complaints/area-settlement-directory.ts';
import { DEFAULT_LIMITS } from '../core/complaints/limits.ts';
import { seedCategories } from '../core/complaints/seed-categories.ts';
import { userKeyer } from '../core/privacy/keyed-hash.ts';
import { hourlyChore } from './maintenance.ts';
import type { WireFeature } from './wiring.ts';

/** Complaints: repositories, seeded categories, the feature and its `/start c_...` deep link. */
export const wireComplaints: WireFeature = async (w) => {
  const categories = new PrismaComplaintCategoryRepository(w.prisma);
  await seedCategories(categories);
  const complaints = new PrismaComplaintRepository(
    w.prisma,
    { render: (c, locale) => renderText(w.i18n, filedReceipt(c).text, locale, w.config.DEFAULT_TIMEZONE), graceMs: RECEIPT_GRACE_MS },
    // A lasting secret, so the limit's marks survive a restart; the token is secret already.
    userKeyer(w.config.RATE_LIMIT_SECRET ?? `rate-limit:${w.config.BOT_TOKEN}`),
  );
  // Receipts queued before this process started belong to a process that may have died before
  // telling the resident: they are due now rather than after their grace period.
  await complaints.receiptsDueNow(w.clock.now());
  const change = { complaints, users: w.users, notifier: w.notifier, defaultLocale: w.config.DEFAULT_LOCALE };
  const feature = createComplaintsFeature({
    chats: w.chats,
    followUp: { complaints, change, staffAlerts: w.staffAlerts },
    author: {
      add: { complaints, staffAlerts: w.staffAlerts, limits: DEFAULT_LIMITS },
      withdraw: { ...change, staffAlerts: w.staffAlerts },
    },
    form: {
      categories,
      complaints,
      settlements: new AreaSettlementDirectory(new PrismaAreaRepository(w.prisma)),
      users: w.users,
      staffAlerts: w.staffAlerts,
      limits: DEFAULT_LIMITS,
      timeZone: w.config.DEFAULT_TIMEZONE,
    },
  });
  const window = DEFAULT_LIMITS.rateWindowMinutes * 60_000;
  const pruneMarks = hourlyChore('complaint-rate-marks', w.clock, w.log, (now) =>
    complaints.pruneRateMarks(new Date(now.getTime() - window)),
  );
  const fixedQuestions = new PrismaFixedQuestionQueue(w.prisma);
  const askIfFixed = hourlyChore('complaint-fixed-question', w.clock, w.log, (now) =>
    fixedQuestions.enqueue(now, ASK_AFTER_DAYS, FIX_WINDOW_DAYS, async (c) => {
      const user = await w.users.find(c.authorId);
      const locale = user?.locale ?? localeFromLanguageCode(user?.languageCode, w.config.DEFAULT_LOCALE);
      const zone = w.config.DEFAULT_TIMEZONE;
      const text = renderText(w.i18n, msg('complaint-fixed-question', { reference: c.reference }), locale, zone);
      return { text, buttons: JSON.stringify(renderKeyboard(w.i18n, fixButtons(c.id), locale, zone)) };
    }),
  );
  return { feature, startPayload: feature.handleStartPayload, tasks: [pruneMarks, askIfFixed] };
};
