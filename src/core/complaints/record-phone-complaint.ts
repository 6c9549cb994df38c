import { DomainError } from '../errors.ts';
import { NO_STAFF_ALERTS, type StaffAlerts } from '../staff-alerts/events.ts';
import { toWallTime } from '../time/wall-time.ts';
import { DEFAULT_TIME_ZONE, dueDate } from './due-date.ts';
import type { CategoryRepository, ComplaintRepository } from './ports.ts';
import type { ComplaintRecord } from './types.ts';

/** What staff write down when a resident calls the akimat. */
export interface PhoneComplaint {
  categoryCode: string;
  areaId: string | null;
  description: string;
  /** Only with the caller's consent: who to call back. */
  contactName?: string;
  contactPhone?: string;
}

/**
 * Records a complaint taken by phone (FixMyStreet councils do the same): no Telegram author, source
 * `admin`, the same due date as one filed in the bot. Contact details are stored only when given,
 * and then count as the caller's consent. Its responsible staff are told as for one filed in the bot.
 * @throws DomainError COMPLAINT.CATEGORY_UNKNOWN, COMPLAINT.DESCRIPTION_MISSING
 */
export async function recordPhoneComplaint(
  deps: {
    complaints: Pick<ComplaintRepository, 'create'>;
    categories: Pick<CategoryRepository, 'find'>;
    timeZone?: string;
    staffAlerts?: StaffAlerts;
  },
  input: PhoneComplaint & { now: Date },
): Promise<ComplaintRecord> {
  const category = await deps.categories.find(input.categoryCode);
  if (!category) throw new DomainError('COMPLAINT.CATEGORY_UNKNOWN');
  const description = input.description.trim();
  if (!description) throw new DomainError('COMPLAINT.DESCRIPTION_MISSING');
  const timeZone = deps.timeZone ?? DEFAULT_TIME_ZONE;
  const consent = Boolean(input.contactName || input.contactPhone);
  const complaint = await deps.complaints.create({
    year: toWallTime(input.now, timeZone).year,
    categoryCode: category.code,
    areaId: input.areaId,
    description,
    photos: [],
    latitude: null,
    longitude: null,
    source: 'admin',
    sourceChatId: null,
    authorId: null,
    consent,
    contactName: input.contactName ?? null,
    contactHandle: null,
    contactPhone: input.contactPhone ?? null,
    createdAt: input.now,
    dueAt: dueDate(input.now, category.responseDays, timeZone),
  });
  await (deps.staffAlerts ?? NO_STAFF_ALERTS).raise({ kind: 'new', complaint, at: input.now });
  return complaint;
}
