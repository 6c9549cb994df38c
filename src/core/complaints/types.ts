import type { UserId } from '../ids.ts';
import type { Locale } from '../locale.ts';

/**
 * FixMyStreet's lifecycle: three open steps, one good ending and three ways to close; and `withdrawn`,
 * which only the author can choose while the complaint is open.
 */
export const COMPLAINT_STATUSES = [
  'new',
  'acknowledged',
  'in_progress',
  'resolved',
  'rejected',
  'duplicate',
  'not_responsible',
  'withdrawn',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export type ComplaintSource = 'private' | 'group' | 'admin';

/** A complaint category (Open311 "service"), stored in ComplaintCategory so staff can tune it. */
export interface Category {
  code: string;
  group: string;
  names: Record<Locale, string>;
  keywords: string[];
  /** Response target in working days (Kazakhstan's appeal law: 15). */
  responseDays: number;
  /** Emergency number shown before the form (gas 104, health 103). */
  emergency: string | null;
  sortOrder: number;
  active: boolean;
}

export interface ComplaintRecord {
  id: number;
  reference: string;
  year: number;
  seq: number;
  categoryCode: string;
  areaId: string | null;
  description: string;
  /** The author chose to show the (masked) description to neighbours offered a "+1". */
  descriptionVisible: boolean;
  photos: string[];
  latitude: number | null;
  longitude: number | null;
  /** The address or landmark the author typed at the place step (their words: masked where shown to others). */
  address: string | null;
  status: ComplaintStatus;
  source: ComplaintSource;
  sourceChatId: bigint | null;
  /** Stored only to notify the author; null once anonymised by /forgetme. */
  authorId: UserId | null;
  consent: boolean;
  contactName: string | null;
  contactHandle: string | null;
  contactPhone: string | null;
  createdAt: Date;
  acknowledgedAt: Date | null;
  inProgressAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  dueAt: Date;
  duplicateOfId: number | null;
  lastNote: string | null;
  supporterCount: number;
}

/**
 * What a history line is: a status change; a public note (told to the author and supporters); an
 * internal note (staff only: never sent, never in a resident's history); something the author added.
 */
export const UPDATE_KINDS = ['status', 'note', 'internal', 'resident'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/** One line of a complaint's history. */
export interface ComplaintUpdateRecord {
  id: number;
  complaintId: number;
  kind: UpdateKind;
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus;
  note: string | null;
  actorId: UserId | null;
  createdAt: Date;
}

/** What a new complaint needs; the reference and seq are assigned by the repository atomically. */
export type NewComplaint = Pick<
  ComplaintRecord,
  | 'year'
  | 'categoryCode'
  | 'areaId'
  | 'description'
  | 'photos'
  | 'latitude'
  | 'longitude'
  | 'source'
  | 'sourceChatId'
  | 'authorId'
  | 'consent'
  | 'contactName'
  | 'contactHandle'
  | 'createdAt'
  | 'dueAt'
> &
  Partial<Pick<ComplaintRecord, 'descriptionVisible' | 'contactPhone' | 'address'>> & {
    /** The form's idempotency key: one form files at most one complaint. */
    formKey?: string | null;
  };

/** A note to add to a complaint's history without changing its status. */
export interface NoteInput {
  complaintId: number;
  kind: Exclude<UpdateKind, 'status'>;
  note: string;
  actorId: UserId | null;
  at: Date;
}

/** What the author adds to their open complaint later: words, photos or both. */
export interface AuthorAddition {
  complaintId: number;
  /** The history line's text: the author's words, or a photo mark with the caption. */
  note: string;
  photos: string[];
  actorId: UserId;
  at: Date;
  /** Photos a complaint may hold in all; the rest of an addition is dropped. */
  maxPhotos: number;
}

/** A status change to persist: applied only if the complaint is still in `from` (optimistic check). */
export interface StatusChange {
  complaintId: number;
  from: ComplaintStatus;
  to: ComplaintStatus;
  note: string | null;
  actorId: UserId | null;
  at: Date;
  duplicateOfId?: number | null;
}
