import type { AreaEntry, AreaKind } from '../../../core/areas/area.ts';
import type { AreaRepository } from '../../../core/areas/ports.ts';
import type { PrismaClient } from '../generated/sqlite/client.ts';
import { sharedRead } from './shared-read.ts';

type Row = { id: string; parentId: string | null; kind: string; nameKk: string; nameRu: string; nameEn: string; aliases: string };

/** JSON text column -> string[]; a malformed value reads as no aliases rather than failing a search. */
export function parseJsonList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

const toEntry = (r: Row): AreaEntry => ({
  id: r.id,
  parentId: r.parentId,
  kind: r.kind as AreaKind,
  names: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn },
  aliases: parseJsonList(r.aliases),
});

const readAll = sharedRead(async (db: PrismaClient) => (await db.area.findMany({ orderBy: { id: 'asc' } })).map(toEntry));

/** The area tree in the Area table (aliases as a JSON text column). */
export class PrismaAreaRepository implements AreaRepository {
  constructor(private readonly db: PrismaClient) {}

  /** Concurrent callers share one query (`sharedRead`). */
  listAll(): Promise<AreaEntry[]> {
    return readAll(this.db);
  }

  async get(id: string): Promise<AreaEntry | null> {
    const row = await this.db.area.findUnique({ where: { id } });
    return row ? toEntry(row) : null;
  }

  async children(id: string): Promise<AreaEntry[]> {
    return (await this.db.area.findMany({ where: { parentId: id }, orderBy: [{ nameRu: 'asc' }, { id: 'asc' }] })).map(toEntry);
  }

  async roots(): Promise<AreaEntry[]> {
    return (await this.db.area.findMany({ where: { parentId: null }, orderBy: [{ nameRu: 'asc' }, { id: 'asc' }] })).map(toEntry);
  }
}
