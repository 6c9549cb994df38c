import { DomainError } from '../errors.ts';
import type { UserId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import type { UserRepository } from '../ports.ts';
import { toWallTime } from '../time/wall-time.ts';
import { DEFAULT_TIME_ZONE, dueDate } from './due-date.ts';
import type { ComplaintForm } from './form/state.ts';
import type { ComplaintLimits } from './limits.ts';
import type { CategoryRepository, ComplaintRepository } from './ports.ts';
import { assertUnderRateLimit } from './rate-limit.ts';
import type { ComplaintRecord } from './types.ts';
import type { StaffAlerts } from '../staff-alerts/events.ts';

export interface FileComplaintDeps {
  categories: Pick<CategoryRepository, 'find'>;
  complaints: Pick<ComplaintRepository, 'create' | 'findByFormKey' | 'countByAuthorSince' | 'oldestByAuthorSince'>;
  users: Pick<UserRepository, 'find'>;
  limits: ComplaintLimits;
  /** The authority's zone for working days (Asia/Almaty). */
  timeZone?: string;
  /** Tells the complaint's responsible staff (batched); absent = nobody is told. */
  staffAlerts?: StaffAlerts;
}

/**
 * Saves a finished form as a complaint with a fresh reference and a due date in working days.
 * Contact details are copied only when the resident agreed to share them for this complaint.
 * Idempotent per form: a form that already filed (the database failed after saving, the resident
 * pressed "Send" again) returns the complaint it filed, with the same reference.
 * @throws DomainError COMPLAINT.RATE_LIMITED, COMPLAINT.CATEGORY_UNKNOWN, COMPLAINT.DESCRIPTION_MISSING
 */
export async function fileComplaint(
  deps: FileComplaintDeps,
  input: { form: ComplaintForm; author: UserId; now: Date; sender?: SenderNames; receiptLocale?: Locale },
): Promise<ComplaintRecord> {
  const { form, author, now } = input;
  const already = form.key ? await deps.complaints.findByFormKey(form.key) : null;
  if (already) return already;
  await assertUnderRateLimit(deps.complaints, author, now, deps.limits);
  const category = form.categoryCode ? await deps.categories.find(form.categoryCode) : null;
  if (!category) throw new DomainError('COMPLAINT.CATEGORY_UNKNOWN');
  const description = (form.description ?? '').trim();
  if (description.length < deps.limits.descriptionMin) throw new DomainError('COMPLAINT.DESCRIPTION_MISSING');
  const contact = form.consent ? await contactOf(deps.users, author, input.sender) : { contactName: null, contactHandle: null };
  const timeZone = deps.timeZone ?? DEFAULT_TIME_ZONE;
  const filed = await deps.complaints.create(
    {
      year: toWallTime(now, timeZone).year,
      categoryCode: category.code,
      areaId: form.settlementId ?? null,
      description,
      descriptionVisible: form.descriptionVisible === true,
      photos: form.photos.slice(0, deps.limits.maxPhotos),
      latitude: form.latitude ?? null,
      longitude: form.longitude ?? null,
      address: form.address?.trim() || null,
      source: form.source,
      sourceChatId: form.sourceChatId ? BigInt(form.sourceChatId) : null,
      authorId: author,
      consent: form.consent,
      ...contact,
      contactPhone: form.consent ? (form.contactPhone ?? null) : null,
      createdAt: now,
      dueAt: dueDate(now, category.responseDays, timeZone),
      formKey: form.key ?? null,
    },
    { receiptLocale: input.receiptLocale },
  );
  await deps.staffAlerts?.raise({ kind: 'new', complaint: filed, at: now });
  return filed;
}

/** Names as Telegram sent them with this update (users' names are not stored otherwise). */
export interface SenderNames {
  firstName: string | null;
  lastName: string | null;
  username: string | null;
}

async function contactOf(users: Pick<UserRepository, 'find'>, id: UserId, sender?: SenderNames) {
  const user = sender ?? (await users.find(id));
  const name = [user?.firstName, user?.lastName].filter(Boolean).join(' ');
  return { contactName: name || null, contactHandle: user?.username ? '@' + user.username : null };
}
