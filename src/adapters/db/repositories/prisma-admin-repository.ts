import type { PrismaDb } from '../client.ts';
import type { AdminRepository, AuditLog } from '../../../core/admin/ports.ts';
import type { AdminRecord, AuditRecord, NewAuditRecord } from '../../../core/admin/types.ts';
import { userId } from '../../../core/ids.ts';

const jsonArray = (text: string): string[] => {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

const jsonObject = (text: string): Record<string, unknown> => {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/** Admins in the Admin table (areas as a JSON array). */
export class PrismaAdminRepository implements AdminRepository {
  constructor(private readonly db: PrismaDb) {}

  async find(user: bigint): Promise<AdminRecord | null> {
    const row = await this.db.admin.findUnique({ where: { userId: BigInt(user) } });
    return row ? toAdmin(row) : null;
  }

  async list(): Promise<AdminRecord[]> {
    return (await this.db.admin.findMany({ orderBy: { createdAt: 'asc' } })).map(toAdmin);
  }

  async save(a: AdminRecord): Promise<void> {
    const data = {
      role: a.role,
      areaIds: JSON.stringify(a.areaIds),
      categoryCodes: JSON.stringify(a.categoryCodes ?? []),
      addedBy: a.addedBy === null ? null : BigInt(a.addedBy),
    };
    await this.db.admin.upsert({
      where: { userId: BigInt(a.userId) },
      create: { userId: BigInt(a.userId), ...data, createdAt: a.createdAt },
      update: data,
    });
  }

  async remove(user: bigint): Promise<boolean> {
    const { count } = await this.db.admin.deleteMany({ where: { userId: BigInt(user) } });
    return count > 0;
  }
}

export type AdminRow = { userId: bigint; role: string; areaIds: string; categoryCodes: string; addedBy: bigint | null; createdAt: Date };
export const toAdmin = (r: AdminRow): AdminRecord => ({
  userId: userId(r.userId),
  role: r.role === 'owner' ? 'owner' : 'admin',
  areaIds: jsonArray(r.areaIds),
  categoryCodes: jsonArray(r.categoryCodes),
  addedBy: r.addedBy === null ? null : userId(r.addedBy),
  createdAt: r.createdAt,
});

/** The audit trail in AuditEntry (details as JSON). */
export class PrismaAuditLog implements AuditLog {
  constructor(private readonly db: PrismaDb) {}

  async record(e: NewAuditRecord): Promise<void> {
    await this.db.auditEntry.create({
      data: {
        actorId: e.actorId === null ? null : BigInt(e.actorId),
        action: e.action,
        target: e.target,
        details: JSON.stringify(e.details, bigintSafe),
        createdAt: e.createdAt,
      },
    });
  }

  async recent(page: { offset: number; limit: number }): Promise<{ items: AuditRecord[]; total: number }> {
    const [rows, total] = await Promise.all([
      this.db.auditEntry.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: page.offset, take: page.limit }),
      this.db.auditEntry.count(),
    ]);
    const items = rows.map((r) => ({
      id: r.id,
      actorId: r.actorId === null ? null : userId(r.actorId),
      action: r.action,
      target: r.target,
      details: jsonObject(r.details),
      createdAt: r.createdAt,
    }));
    return { items, total };
  }
}

const bigintSafe = (_key: string, value: unknown): unknown => (typeof value === 'bigint' ? value.toString() : value);
