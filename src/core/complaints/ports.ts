import type { UserId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import type {
  AuthorAddition,
  Category,
  ComplaintRecord,
  ComplaintStatus,
  ComplaintUpdateRecord,
  NewComplaint,
  NoteInput,
  StatusChange,
} from './types.ts';

/** Filters for staff views and exports (admin inbox, CSV/XLSX). */
export interface ComplaintFilter {
  statuses?: ComplaintStatus[];
  categoryCodes?: string[];
  /** Settlement ids; empty or undefined = all. */
  areaIds?: string[];
  createdFrom?: Date;
  createdTo?: Date;
  offset?: number;
  limit?: number;
}

/** Complaint categories (stored, configurable). */
export interface CategoryRepository {
  /** Active categories in display order. */
  listActive(): Promise<Category[]>;
  find(code: string): Promise<Category | null>;
  /** Adds categories whose code is missing; never overwrites staff edits. Returns how many were added. */
  seed(categories: readonly Category[]): Promise<number>;
}

export interface CreateOptions {
  /**
   * Queue the "filed, your reference is ..." receipt to the author in this locale, in the same
   * transaction as the complaint, due after a grace period: if the process dies before the author is
   * told, the outbox tells them; `receiptDelivered` cancels it once the direct answer went out.
   */
  receiptLocale?: Locale;
}

export interface ComplaintRepository {
  /**
   * Saves a complaint with the next reference of its year (`C-YYYY-NNNNNN`), unique under concurrency,
   * and its first history row (null -> new).
   */
  create(input: NewComplaint, options?: CreateOptions): Promise<ComplaintRecord>;
  /** The complaint a form already filed (its idempotency key), or null. */
  findByFormKey(formKey: string): Promise<ComplaintRecord | null>;
  /**
   * The author was told the reference directly: the receipt queued by `create` is not sent again.
   * No-op when none was queued.
   */
  receiptDelivered(complaintId: number): Promise<void>;
  findById(id: number): Promise<ComplaintRecord | null>;
  findByReference(reference: string): Promise<ComplaintRecord | null>;
  /** Complaints the user filed since `since` (rate limit), including those filed before a /forgetme. */
  countByAuthorSince(author: UserId, since: Date): Promise<number>;
  /** When the author's oldest complaint since `since` was filed (null: none). */
  oldestByAuthorSince(author: UserId, since: Date): Promise<Date | null>;
  /** Open complaints in a settlement and category filed since `since`, newest first ("+1" offer). */
  findOpenSimilar(q: { areaId: string; categoryCode: string; since: Date; limit: number }): Promise<ComplaintRecord[]>;
  /** Adds a "+1"; false when the user already supports it. */
  addSupporter(complaintId: number, user: UserId, at: Date): Promise<boolean>;
  supporterIds(complaintId: number): Promise<UserId[]>;
  isSupporter(complaintId: number, user: UserId): Promise<boolean>;
  /**
   * Applies a status change with its history row, only if the complaint is still in `change.from`.
   * Returns null when another change got there first.
   */
  changeStatus(change: StatusChange): Promise<ComplaintUpdateRecord | null>;
  /** The history residents may read: everything but internal notes (privacy: safe by default). */
  history(complaintId: number): Promise<ComplaintUpdateRecord[]>;
  /** The whole history, internal notes included: staff screens only. */
  staffHistory(complaintId: number): Promise<ComplaintUpdateRecord[]>;
  /**
   * Adds a note in the complaint's current status. A public note becomes the complaint's last note
   * (what exports and Open311 show); an internal one never does.
   */
  addNote(input: NoteInput): Promise<ComplaintUpdateRecord | null>;
  /**
   * The author's addition, one transaction and only while the complaint is open: its photos join the
   * complaint's (up to `maxPhotos` in all) and a `resident` line joins the history. Null when the
   * complaint is gone or no longer open; `photosAdded` says how many photos fitted.
   */
  addFromAuthor(input: AuthorAddition): Promise<{ update: ComplaintUpdateRecord; photosAdded: number } | null>;
  /** The user's own and supported complaints, newest first. */
  listForUser(user: UserId, page: { offset: number; limit: number }): Promise<{ items: ComplaintRecord[]; total: number }>;
  /** Staff views and exports. */
  list(filter: ComplaintFilter): Promise<{ items: ComplaintRecord[]; total: number }>;
  /**
   * /forgetme, one transaction: erases the user's names, username, phone and remembered settlement; on
   * their complaints the author (authorId null: the complaints are kept), contact, consent, location and
   * photos, and masks phones, e-mails, handles and IINs in the descriptions and in what they added later;
   * removes their "+1" links and the notices queued for them. Their complaints filed since `limitSince`
   * keep counting towards the hourly limit under a keyed hash of the id (see `countByAuthorSince`).
   */
  forgetUser(user: UserId, limitSince?: Date): Promise<ForgetOutcome>;
}

/** A settlement as the form needs it. */
export interface SettlementOption {
  id: string;
  /** Name with enough context to tell namesakes apart ("Aqtoghai, Abai"). */
  label: string;
}

/** Finding settlements by what residents type (any script, typos); backed by the elections' area search. */
export interface SettlementDirectory {
  search(query: string, locale: Locale, limit: number): Promise<SettlementOption[]>;
  get(id: string, locale: Locale): Promise<SettlementOption | null>;
}

/** What /forgetme changed, for the message that says so. */
export interface ForgetOutcome {
  /** Complaints kept without an author. */
  complaints: number;
  /** Of those: locations removed, photos removed, descriptions that lost a phone, e-mail, handle or IIN. */
  locations: number;
  photos: number;
  descriptions: number;
  /** "+1" marks removed. */
  supported: number;
}
