import type { PrismaDb } from '../client.ts';
import type { AreaTree } from '../../../core/admin/ports.ts';
import { AREA_KINDS, type AreaEntry, type AreaKind } from '../../../core/areas/area.ts';

const kindOf = (k: string): AreaKind => ((AREA_KINDS as readonly string[]).includes(k) ? (k as AreaKind) : 'settlement');

const aliasesOf = (text: string): string[] => {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

/** The whole area tree from the Area table (small: loaded per request, no cache to go stale). */
export class PrismaAreaTree implements AreaTree {
  constructor(private readonly db: PrismaDb) {}

  async listAll(): Promise<AreaEntry[]> {
    const rows = await this.db.area.findMany();
    return rows.map((r) => ({ id: r.id, parentId: r.parentId, kind: kindOf(r.kind), names: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn }, aliases: aliasesOf(r.aliases) }));
  }
}
