import type { PrismaClient } from '../generated/sqlite/client.ts';
import { userId } from '../../../core/ids.ts';
import {
  COMPLAINT_STATUSES,
  UPDATE_KINDS,
  type Category,
  type ComplaintRecord,
  type ComplaintStatus,
  type ComplaintUpdateRecord,
  type UpdateKind,
} from '../../../core/complaints/types.ts';

/** Row <-> core record mapping for complaints (JSON columns, bigint ids, status strings). */

type CategoryRow = Awaited<ReturnType<PrismaClient['complaintCategory']['findUnique']>> & {};
type ComplaintRow = Awaited<ReturnType<PrismaClient['complaint']['findUnique']>> & {};
type UpdateRow = Awaited<ReturnType<PrismaClient['complaintUpdate']['findUnique']>> & {};

export const WITH_COUNT = { _count: { select: { supporters: true } } } as const;

export const jsonArray = (text: string): string[] => {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
};

/** A stored status; an unknown one reads as new. */
export const statusOf = (s: string): ComplaintStatus =>
  (COMPLAINT_STATUSES as readonly string[]).includes(s) ? (s as ComplaintStatus) : 'new';

export const toCategory = (r: CategoryRow): Category => ({
  code: r.code,
  group: r.group,
  names: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn },
  keywords: jsonArray(r.keywords),
  responseDays: r.responseDays,
  emergency: r.emergency,
  sortOrder: r.sortOrder,
  active: r.active,
});

export const fromCategory = (c: Category) => ({
  code: c.code,
  group: c.group,
  nameKk: c.names.kk,
  nameRu: c.names.ru,
  nameEn: c.names.en,
  keywords: JSON.stringify(c.keywords),
  responseDays: c.responseDays,
  emergency: c.emergency,
  sortOrder: c.sortOrder,
  active: c.active,
});

export const toComplaint = (r: ComplaintRow & { _count?: { supporters: number } }): ComplaintRecord => ({
  id: r.id,
  reference: r.reference,
  year: r.year,
  seq: r.seq,
  categoryCode: r.categoryCode,
  areaId: r.areaId,
  description: r.description,
  descriptionVisible: r.descriptionVisible,
  photos: jsonArray(r.photos),
  latitude: r.latitude,
  longitude: r.longitude,
  address: r.address,
  status: statusOf(r.status),
  source: r.source === 'group' || r.source === 'admin' ? r.source : 'private',
  sourceChatId: r.sourceChatId,
  authorId: r.authorId === null ? null : userId(r.authorId),
  consent: r.consent,
  contactName: r.contactName,
  contactHandle: r.contactHandle,
  contactPhone: r.contactPhone,
  createdAt: r.createdAt,
  acknowledgedAt: r.acknowledgedAt,
  inProgressAt: r.inProgressAt,
  resolvedAt: r.resolvedAt,
  closedAt: r.closedAt,
  dueAt: r.dueAt,
  duplicateOfId: r.duplicateOfId,
  lastNote: r.lastNote,
  supporterCount: r._count?.supporters ?? 0,
});

/** A stored history kind; an unknown one reads as internal: when in doubt, a line stays with the staff. */
export const kindOf = (k: string): UpdateKind => ((UPDATE_KINDS as readonly string[]).includes(k) ? (k as UpdateKind) : 'internal');

export const toUpdate = (r: UpdateRow): ComplaintUpdateRecord => ({
  id: r.id,
  complaintId: r.complaintId,
  kind: kindOf(r.kind),
  fromStatus: r.fromStatus === null ? null : statusOf(r.fromStatus),
  toStatus: statusOf(r.toStatus),
  note: r.note,
  actorId: r.actorId === null ? null : userId(r.actorId),
  createdAt: r.createdAt,
});

/** Unique violations and write conflicts that a retry resolves (P2002 on the counter's first insert, P2034). */
export function isRetryable(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === 'P2002' || e?.code === 'P2034' || /SQLITE_BUSY|could not serialize|deadlock/i.test(e?.message ?? '');
}
