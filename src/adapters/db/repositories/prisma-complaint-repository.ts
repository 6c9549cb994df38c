import type { PrismaClient } from '../generated/sqlite/client.ts';
import type { UserId } from '../../../core/ids.ts';
import type { ComplaintFilter, ComplaintRepository, CreateOptions, ForgetOutcome } from '../../../core/complaints/ports.ts';
import { DEFAULT_LIMITS } from '../../../core/complaints/limits.ts';
import { userKeyer, type UserKeyer } from '../../../core/privacy/keyed-hash.ts';
import type { Locale } from '../../../core/locale.ts';
import { counterName, formatReference } from '../../../core/complaints/reference.ts';
import { stampFor } from '../../../core/complaints/status.ts';
import type {
  AuthorAddition,
  ComplaintRecord,
  ComplaintUpdateRecord,
  NewComplaint,
  NoteInput,
  StatusChange,
} from '../../../core/complaints/types.ts';
import { WITH_COUNT, isRetryable, jsonArray, toComplaint, toUpdate } from './prisma-complaint-mapping.ts';
import { forgetUserIn } from './prisma-forget-user.ts';

const OPEN = ['new', 'acknowledged', 'in_progress'];

/** Outbox kind of the status notices queued for a resident's private chat (complaints CLI). */
export const STATUS_NOTICE_KIND = 'complaint-status';
const MAX_ATTEMPTS = 8;

/** Outbox kind of the "filed, your reference is ..." fallback receipts. */
export const RECEIPT_KIND = 'complaint-receipt';
const receiptKey = (complaintId: number) => `${RECEIPT_KIND}|${complaintId}`;

/** How long a resident's direct answer has before the outbox sends the receipt instead. */
export const RECEIPT_GRACE_MS = 120_000;

/** How receipts are rendered and how long the direct answer has before the outbox sends one. */
export interface ReceiptOptions {
  render(complaint: ComplaintRecord, locale: Locale): string;
  graceMs: number;
}

const isFormKeyTaken = (error: unknown): boolean => {
  const e = error as { code?: string; meta?: { target?: unknown; modelName?: string } };
  return e?.code === 'P2002' && JSON.stringify(e.meta ?? {}).includes('formKey');
};

/**
 * Complaints in SQLite or PostgreSQL. References come from a Counter row per year incremented inside
 * the same transaction as the insert (an atomic upsert: INSERT ... ON CONFLICT DO UPDATE), and the
 * unique (year, seq) backs it up; a conflict is retried.
 */
export class PrismaComplaintRepository implements ComplaintRepository {
  constructor(
    private readonly db: PrismaClient,
    private readonly receipts?: ReceiptOptions,
    /** Keys for the limit's marks after /forgetme; wiring passes one with a lasting secret. */
    private readonly rateKey: UserKeyer = userKeyer(),
  ) {}

  async create(input: NewComplaint, options: CreateOptions = {}): Promise<ComplaintRecord> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.insert(input, options);
      } catch (error) {
        // The same form filed concurrently (a double tap on two replicas): the first one wins.
        if (input.formKey && isFormKeyTaken(error)) {
          const filed = await this.findByFormKey(input.formKey);
          if (filed) return filed;
        }
        if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
        await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20));
      }
    }
  }

  async findByFormKey(formKey: string): Promise<ComplaintRecord | null> {
    const row = await this.db.complaint.findUnique({ where: { formKey }, include: WITH_COUNT });
    return row ? toComplaint(row) : null;
  }

  async receiptDelivered(complaintId: number): Promise<void> {
    await this.db.outboxMessage.updateMany({
      where: { dedupeKey: receiptKey(complaintId), status: 'pending' },
      data: { status: 'sent', sentAt: new Date(), reason: 'answered directly' },
    });
  }

  /** Receipts queued before `startedAt` (by this or a dead process) become due at once. */
  async receiptsDueNow(startedAt: Date): Promise<void> {
    await this.db.outboxMessage.updateMany({
      where: { kind: RECEIPT_KIND, status: 'pending', createdAt: { lt: startedAt } },
      data: { notBefore: startedAt },
    });
  }

  private async insert(input: NewComplaint, options: CreateOptions): Promise<ComplaintRecord> {
    const { year, photos, ...rest } = input;
    const receipts = this.receipts;
    const row = await this.db.$transaction(async (tx) => {
      const name = counterName(year);
      const counter = await tx.counter.upsert({ where: { name }, create: { name, value: 1 }, update: { value: { increment: 1 } } });
      const created = await tx.complaint.create({
        data: {
          ...rest,
          year,
          seq: counter.value,
          reference: formatReference(year, counter.value),
          photos: JSON.stringify(photos),
          status: 'new',
          updates: { create: { fromStatus: null, toStatus: 'new', createdAt: input.createdAt } },
        },
        include: WITH_COUNT,
      });
      if (receipts && options.receiptLocale && created.authorId !== null) {
        const text = receipts.render(toComplaint(created), options.receiptLocale);
        const notBefore = new Date(input.createdAt.getTime() + receipts.graceMs);
        await tx.outboxMessage.create({
          data: { chatId: created.authorId, kind: RECEIPT_KIND, text, notBefore, dedupeKey: receiptKey(created.id) },
        });
      }
      return created;
    });
    return toComplaint(row);
  }

  async findById(id: number): Promise<ComplaintRecord | null> {
    const row = await this.db.complaint.findUnique({ where: { id }, include: WITH_COUNT });
    return row ? toComplaint(row) : null;
  }

  async findByReference(reference: string): Promise<ComplaintRecord | null> {
    const row = await this.db.complaint.findUnique({ where: { reference }, include: WITH_COUNT });
    return row ? toComplaint(row) : null;
  }

  /** By author id, plus the keyed marks /forgetme left for complaints still inside the window. */
  async countByAuthorSince(author: UserId, since: Date): Promise<number> {
    const [own, marked] = await Promise.all([
      this.db.complaint.count({ where: { authorId: author, createdAt: { gte: since } } }),
      this.db.complaintRateMark.count({ where: { key: this.rateKey(author), createdAt: { gte: since } } }),
    ]);
    return own + marked;
  }

  async oldestByAuthorSince(author: UserId, since: Date): Promise<Date | null> {
    const [row, mark] = await Promise.all([
      this.db.complaint.findFirst({
        where: { authorId: author, createdAt: { gte: since } },
        orderBy: { createdAt: 'asc' },
        select: { createdAt: true },
      }),
      this.db.complaintRateMark.findFirst({
        where: { key: this.rateKey(author), createdAt: { gte: since } },
        orderBy: { createdAt: 'asc' },
        select: { createdAt: true },
      }),
    ]);
    const times = [row?.createdAt, mark?.createdAt].filter((d): d is Date => d !== undefined);
    return times.length ? new Date(Math.min(...times.map((d) => d.getTime()))) : null;
  }

  /** Housekeeping: marks older than `before` (outside every window) are deleted. */
  async pruneRateMarks(before: Date): Promise<number> {
    return (await this.db.complaintRateMark.deleteMany({ where: { createdAt: { lt: before } } })).count;
  }

  async findOpenSimilar(q: { areaId: string; categoryCode: string; since: Date; limit: number }): Promise<ComplaintRecord[]> {
    const rows = await this.db.complaint.findMany({
      where: { areaId: q.areaId, categoryCode: q.categoryCode, status: { in: OPEN }, createdAt: { gte: q.since } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: q.limit,
      include: WITH_COUNT,
    });
    return rows.map(toComplaint);
  }

  async addSupporter(complaintId: number, user: UserId, at: Date): Promise<boolean> {
    try {
      await this.db.complaintSupporter.create({ data: { complaintId, userId: user, createdAt: at } });
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === 'P2002') return false;
      throw error;
    }
  }

  async supporterIds(complaintId: number): Promise<UserId[]> {
    const rows = await this.db.complaintSupporter.findMany({ where: { complaintId }, orderBy: { createdAt: 'asc' } });
    return rows.map((r) => r.userId as UserId);
  }

  async isSupporter(complaintId: number, user: UserId): Promise<boolean> {
    return (await this.db.complaintSupporter.count({ where: { complaintId, userId: user } })) > 0;
  }

  async changeStatus(change: StatusChange): Promise<ComplaintUpdateRecord | null> {
    const stamp = stampFor(change.to);
    return this.db.$transaction(async (tx) => {
      // Guarded by the old status: of two staff members changing it at once, one wins.
      const { count } = await tx.complaint.updateMany({
        where: { id: change.complaintId, status: change.from },
        data: {
          status: change.to,
          ...(stamp ? { [stamp]: change.at } : {}),
          ...(change.note ? { lastNote: change.note } : {}),
          ...(change.duplicateOfId ? { duplicateOfId: change.duplicateOfId } : {}),
        },
      });
      if (count === 0) return null;
      const row = await tx.complaintUpdate.create({
        data: {
          complaintId: change.complaintId,
          fromStatus: change.from,
          toStatus: change.to,
          note: change.note,
          actorId: change.actorId,
          createdAt: change.at,
        },
      });
      return toUpdate(row);
    });
  }

  async history(complaintId: number): Promise<ComplaintUpdateRecord[]> {
    const rows = await this.db.complaintUpdate.findMany({
      where: { complaintId, kind: { not: 'internal' } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map(toUpdate).filter((u) => u.kind !== 'internal');
  }

  async staffHistory(complaintId: number): Promise<ComplaintUpdateRecord[]> {
    const rows = await this.db.complaintUpdate.findMany({ where: { complaintId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return rows.map(toUpdate);
  }

  async addNote(input: NoteInput): Promise<ComplaintUpdateRecord | null> {
    return this.db.$transaction(async (tx) => {
      const c = await tx.complaint.findUnique({ where: { id: input.complaintId }, select: { status: true } });
      if (!c) return null;
      if (input.kind === 'note') await tx.complaint.update({ where: { id: input.complaintId }, data: { lastNote: input.note } });
      const row = await tx.complaintUpdate.create({
        data: {
          complaintId: input.complaintId,
          kind: input.kind,
          fromStatus: c.status,
          toStatus: c.status,
          note: input.note,
          actorId: input.actorId,
          createdAt: input.at,
        },
      });
      return toUpdate(row);
    });
  }

  async addFromAuthor(input: AuthorAddition): Promise<{ update: ComplaintUpdateRecord; photosAdded: number } | null> {
    return this.db.$transaction(async (tx) => {
      const c = await tx.complaint.findUnique({ where: { id: input.complaintId }, select: { status: true, photos: true } });
      if (!c || !OPEN.includes(c.status)) return null;
      const had = jsonArray(c.photos);
      const added = input.photos.filter((p) => !had.includes(p)).slice(0, Math.max(0, input.maxPhotos - had.length));
      if (added.length)
        await tx.complaint.update({ where: { id: input.complaintId }, data: { photos: JSON.stringify([...had, ...added]) } });
      const row = await tx.complaintUpdate.create({
        data: {
          complaintId: input.complaintId,
          kind: 'resident',
          fromStatus: c.status,
          toStatus: c.status,
          note: input.note,
          actorId: input.actorId,
          createdAt: input.at,
        },
      });
      return { update: toUpdate(row), photosAdded: added.length };
    });
  }

  async listForUser(user: UserId, page: { offset: number; limit: number }): Promise<{ items: ComplaintRecord[]; total: number }> {
    const where = { OR: [{ authorId: user }, { supporters: { some: { userId: user } } }] };
    const [rows, total] = await Promise.all([
      this.db.complaint.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: page.offset,
        take: page.limit,
        include: WITH_COUNT,
      }),
      this.db.complaint.count({ where }),
    ]);
    return { items: rows.map(toComplaint), total };
  }

  async list(filter: ComplaintFilter): Promise<{ items: ComplaintRecord[]; total: number }> {
    const where = {
      ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
      ...(filter.categoryCodes?.length ? { categoryCode: { in: filter.categoryCodes } } : {}),
      ...(filter.areaIds?.length ? { areaId: { in: filter.areaIds } } : {}),
      ...(filter.createdFrom || filter.createdTo ? { createdAt: { gte: filter.createdFrom, lt: filter.createdTo } } : {}),
    };
    const [rows, total] = await Promise.all([
      this.db.complaint.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: filter.offset ?? 0,
        take: filter.limit,
        include: WITH_COUNT,
      }),
      this.db.complaint.count({ where }),
    ]);
    return { items: rows.map(toComplaint), total };
  }

  forgetUser(user: UserId, limitSince?: Date): Promise<ForgetOutcome> {
    const since = limitSince ?? new Date(Date.now() - DEFAULT_LIMITS.rateWindowMinutes * 60_000);
    // Queued or sent notices and receipts tie the resident's chat to complaint references (and pending
    // ones would still bring news they were promised to stop getting).
    return forgetUserIn(this.db, user, { noticeKinds: [STATUS_NOTICE_KIND, RECEIPT_KIND], rateKey: this.rateKey, limitSince: since });
  }
}
