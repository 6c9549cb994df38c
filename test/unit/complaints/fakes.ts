import { SEED_CATEGORIES } from '../../../src/core/complaints/categories.ts';
import type { FormDeps } from '../../../src/core/complaints/form/result.ts';
import { DEFAULT_LIMITS } from '../../../src/core/complaints/limits.ts';
import type { CategoryRepository, ComplaintFilter, ComplaintRepository, SettlementDirectory } from '../../../src/core/complaints/ports.ts';
import { formatReference } from '../../../src/core/complaints/reference.ts';
import { stampFor } from '../../../src/core/complaints/status.ts';
import type {
  AuthorAddition,
  Category,
  ComplaintRecord,
  ComplaintUpdateRecord,
  NewComplaint,
  NoteInput,
  StatusChange,
} from '../../../src/core/complaints/types.ts';
import type { ChatId, UserId } from '../../../src/core/ids.ts';
import type { Locale } from '../../../src/core/locale.ts';
import type { Notifier, UserRecord } from '../../../src/core/ports.ts';
import type { Reply } from '../../../src/core/replies.ts';

/** In-memory fakes of the complaint ports for core tests. */

export class FakeCategories implements CategoryRepository {
  items: Category[] = SEED_CATEGORIES.map((c) => ({ ...c }));
  async listActive() {
    return this.items.filter((c) => c.active).sort((a, b) => a.sortOrder - b.sortOrder);
  }
  async find(code: string) {
    return this.items.find((c) => c.code === code) ?? null;
  }
  async seed(list: readonly Category[]) {
    const missing = list.filter((c) => !this.items.some((i) => i.code === c.code));
    this.items.push(...missing);
    return missing.length;
  }
}

export class FakeComplaints implements ComplaintRepository {
  rows: Array<Omit<ComplaintRecord, 'supporterCount'> & { formKey?: string | null }> = [];
  /** Complaints whose receipt the form answered directly. */
  receipts: number[] = [];
  updates: ComplaintUpdateRecord[] = [];
  supporters: { complaintId: number; userId: UserId }[] = [];
  private seq = new Map<number, number>();

  private view = (r: Omit<ComplaintRecord, 'supporterCount'>): ComplaintRecord => ({
    ...r,
    supporterCount: this.supporters.filter((s) => s.complaintId === r.id).length,
  });

  async create(input: NewComplaint) {
    const seq = (this.seq.get(input.year) ?? 0) + 1;
    this.seq.set(input.year, seq);
    const row = {
      ...input,
      descriptionVisible: input.descriptionVisible ?? false,
      id: this.rows.length + 1,
      seq,
      reference: formatReference(input.year, seq),
      status: 'new' as const,
      contactPhone: input.contactPhone ?? null,
      address: input.address ?? null,
      acknowledgedAt: null,
      inProgressAt: null,
      resolvedAt: null,
      closedAt: null,
      duplicateOfId: null,
      lastNote: null,
    };
    this.rows.push(row);
    this.updates.push({
      id: this.updates.length + 1,
      complaintId: row.id,
      kind: 'status',
      fromStatus: null,
      toStatus: 'new',
      note: null,
      actorId: null,
      createdAt: input.createdAt,
    });
    return this.view(row);
  }
  async findByFormKey(key: string) {
    const r = this.rows.find((x) => x.formKey === key);
    return r ? this.view(r) : null;
  }
  async receiptDelivered(id: number) {
    this.receipts.push(id);
  }
  async findById(id: number) {
    const r = this.rows.find((x) => x.id === id);
    return r ? this.view(r) : null;
  }
  async findByReference(ref: string) {
    const r = this.rows.find((x) => x.reference === ref);
    return r ? this.view(r) : null;
  }
  async countByAuthorSince(author: UserId, since: Date) {
    return this.rows.filter((r) => r.authorId === author && r.createdAt >= since).length;
  }
  async oldestByAuthorSince(author: UserId, since: Date) {
    const mine = this.rows.filter((r) => r.authorId === author && r.createdAt >= since).map((r) => r.createdAt.getTime());
    return mine.length ? new Date(Math.min(...mine)) : null;
  }
  async findOpenSimilar(q: { areaId: string; categoryCode: string; since: Date; limit: number }) {
    return this.rows
      .filter(
        (r) =>
          r.areaId === q.areaId &&
          r.categoryCode === q.categoryCode &&
          r.createdAt >= q.since &&
          ['new', 'acknowledged', 'in_progress'].includes(r.status),
      )
      .reverse()
      .slice(0, q.limit)
      .map(this.view);
  }
  async addSupporter(complaintId: number, userId: UserId) {
    if (this.supporters.some((s) => s.complaintId === complaintId && s.userId === userId)) return false;
    this.supporters.push({ complaintId, userId });
    return true;
  }
  async supporterIds(id: number) {
    return this.supporters.filter((s) => s.complaintId === id).map((s) => s.userId);
  }
  async isSupporter(id: number, user: UserId) {
    return this.supporters.some((s) => s.complaintId === id && s.userId === user);
  }
  async changeStatus(c: StatusChange) {
    const row = this.rows.find((r) => r.id === c.complaintId);
    if (!row || row.status !== c.from) return null;
    row.status = c.to;
    const stamp = stampFor(c.to);
    if (stamp) row[stamp] = c.at;
    if (c.note) row.lastNote = c.note;
    if (c.duplicateOfId) row.duplicateOfId = c.duplicateOfId;
    const u = {
      id: this.updates.length + 1,
      complaintId: row.id,
      kind: 'status' as const,
      fromStatus: c.from,
      toStatus: c.to,
      note: c.note,
      actorId: c.actorId,
      createdAt: c.at,
    };
    this.updates.push(u);
    return u;
  }
  async history(id: number) {
    return this.updates.filter((u) => u.complaintId === id && u.kind !== 'internal');
  }
  async staffHistory(id: number) {
    return this.updates.filter((u) => u.complaintId === id);
  }
  async addNote(n: NoteInput) {
    const row = this.rows.find((r) => r.id === n.complaintId);
    if (!row) return null;
    if (n.kind === 'note') row.lastNote = n.note;
    const u = {
      id: this.updates.length + 1,
      complaintId: row.id,
      kind: n.kind,
      fromStatus: row.status,
      toStatus: row.status,
      note: n.note,
      actorId: n.actorId,
      createdAt: n.at,
    };
    this.updates.push(u);
    return u;
  }
  async addFromAuthor(a: AuthorAddition) {
    const row = this.rows.find((r) => r.id === a.complaintId);
    if (!row || !['new', 'acknowledged', 'in_progress'].includes(row.status)) return null;
    const added = a.photos.filter((p) => !row.photos.includes(p)).slice(0, Math.max(0, a.maxPhotos - row.photos.length));
    row.photos = [...row.photos, ...added];
    const update = {
      id: this.updates.length + 1,
      complaintId: row.id,
      kind: 'resident' as const,
      fromStatus: row.status,
      toStatus: row.status,
      note: a.note,
      actorId: a.actorId,
      createdAt: a.at,
    };
    this.updates.push(update);
    return { update, photosAdded: added.length };
  }
  async listForUser(user: UserId, page: { offset: number; limit: number }) {
    const mine = this.rows
      .filter((r) => r.authorId === user || this.supporters.some((s) => s.complaintId === r.id && s.userId === user))
      .reverse();
    return { items: mine.slice(page.offset, page.offset + page.limit).map(this.view), total: mine.length };
  }
  async list(_f: ComplaintFilter) {
    return { items: this.rows.map(this.view), total: this.rows.length };
  }
  async forgetUser(user: UserId) {
    const own = this.rows.filter((r) => r.authorId === user);
    const locations = own.filter((r) => r.latitude !== null).length;
    const photos = own.reduce((n, r) => n + r.photos.length, 0);
    for (const r of own)
      Object.assign(r, {
        authorId: null,
        consent: false,
        contactName: null,
        contactHandle: null,
        latitude: null,
        longitude: null,
        address: null,
        photos: [],
      });
    const before = this.supporters.length;
    this.supporters = this.supporters.filter((s) => s.userId !== user);
    return { complaints: own.length, locations, photos, descriptions: 0, supported: before - this.supporters.length };
  }
}

export class FakeUsers {
  rows = new Map<bigint, UserRecord>();
  add(id: UserId, patch: Partial<UserRecord> = {}) {
    this.rows.set(id, {
      id,
      locale: null,
      languageCode: null,
      settlementId: null,
      firstName: null,
      lastName: null,
      username: null,
      ...patch,
    });
  }
  async find(id: UserId) {
    return this.rows.get(id) ?? null;
  }
  async update(id: UserId, patch: Partial<UserRecord>) {
    if (!this.rows.has(id)) this.add(id);
    this.rows.set(id, { ...this.rows.get(id)!, ...patch });
  }
}

export const SETTLEMENTS = [
  { id: 'aqtobe/oiyl', label: 'Oiyl' },
  { id: 'abai/aqtoghai', label: 'Aqtoghai, Abai' },
  { id: 'karaganda/aktogay', label: 'Aktogay, Karaganda' },
];

export const fakeSettlements: SettlementDirectory = {
  async search(query: string, _l: Locale, limit: number) {
    const q = query.toLowerCase();
    if (q.startsWith('oiyl')) return [SETTLEMENTS[0]!];
    if (q.startsWith('akto') || q.startsWith('aqto')) return SETTLEMENTS.slice(1, 1 + limit);
    return [];
  },
  async get(id: string) {
    return SETTLEMENTS.find((s) => s.id === id) ?? null;
  },
};

export class RecordingNotifier implements Notifier {
  sent: { chat: ChatId; locale: Locale; replies: Reply[] }[] = [];
  failFor = new Set<bigint>();
  async notify(chat: ChatId, locale: Locale, replies: Reply[]) {
    if (this.failFor.has(chat)) throw new Error('blocked');
    this.sent.push({ chat, locale, replies });
  }
}

export function makeDeps() {
  const deps: FormDeps & { complaints: FakeComplaints; users: FakeUsers; categories: FakeCategories } = {
    categories: new FakeCategories(),
    complaints: new FakeComplaints(),
    settlements: fakeSettlements,
    users: new FakeUsers(),
    limits: { ...DEFAULT_LIMITS },
  };
  return deps;
}

/** Every message key in replies, flattened, for compact assertions. */
export function keysOf(replies: Reply[]): string[] {
  const out: string[] = [];
  const walk = (t: any) => {
    if (!t) return;
    if (t.key) out.push(t.key);
    if (t.lines) t.lines.forEach(walk);
  };
  for (const r of replies) if ('text' in r) walk(r.text);
  return out;
}
