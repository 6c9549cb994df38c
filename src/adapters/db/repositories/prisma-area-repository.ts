import type { AreaEntry, AreaKind } from '../../../core/areas/area.ts';
import type { AreaRepository } from '../../../core/areas/ports.ts';
import { Prisma, type PrismaClient } from '../generated/sqlite/client.ts';
import { readerOf, textOf } from '../raw-rows.ts';
import { REFERENCE_READ_MAX_AGE_MS, sharedRead } from './shared-read.ts';

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

/**
 * The whole tree and an index by id, read once for every caller within the reference-data age. Read
 * raw: an export, which needs only this and raw pages, then never starts the ORM's query engine.
 */
const readAll = sharedRead(
  async (db: PrismaClient) => {
    const rows = await readerOf(db)(
      Prisma.sql`SELECT "id", "parentId", "kind", "nameKk", "nameRu", "nameEn", "aliases" FROM "Area" ORDER BY "id"`,
    );
    const entries = rows.map((r) =>
      toEntry({
        id: String(r[0]),
        parentId: textOf(r[1]),
        kind: String(r[2]),
        nameKk: String(r[3]),
        nameRu: String(r[4]),
        nameEn: String(r[5]),
        aliases: String(r[6]),
      }),
    );
    return { entries, byId: new Map(entries.map((e) => [e.id, e])) };
  },
  { keepMs: REFERENCE_READ_MAX_AGE_MS },
);

/**
 * The areas under one parent (null: the roots), in the database's order of their Russian names (its
 * collation: SQLite's and PostgreSQL's differ, so the database sorts), kept like the tree: a question
 * about an unknown place, and every browsing button, shows them.
 */
const readChildren = sharedRead(
  async (db: PrismaClient, parentId: string | null) =>
    (await db.area.findMany({ where: { parentId }, orderBy: [{ nameRu: 'asc' }, { id: 'asc' }] })).map(toEntry),
  { key: (parentId) => parentId ?? '', keepMs: REFERENCE_READ_MAX_AGE_MS },
);

/** The area tree in the Area table (aliases as a JSON text column). */
export class PrismaAreaRepository implements AreaRepository {
  constructor(private readonly db: PrismaClient) {}

  /** Callers within the reference-data age share one query (`sharedRead`). */
  async listAll(): Promise<AreaEntry[]> {
    return (await readAll(this.db)).entries;
  }

  async get(id: string): Promise<AreaEntry | null> {
    return (await readAll(this.db)).byId.get(id) ?? null;
  }

  /** Kept like the tree (`sharedRead`). */
  async children(id: string): Promise<AreaEntry[]> {
    return readChildren(this.db, id);
  }

  /** Kept like the tree (`sharedRead`). */
  async roots(): Promise<AreaEntry[]> {
    return readChildren(this.db, null);
  }
}
