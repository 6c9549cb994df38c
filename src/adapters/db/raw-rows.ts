// Reads that bypass the ORM's row building: the SQL goes straight to the driver adapter the client
// uses (same connection / pool, same statement cache) and rows come back as plain arrays, columns in
// SELECT order. For the export, which reads every row once: object building was most of its cost.
import type { ArgType, SqlDriverAdapter, SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { PrismaDb } from './client.ts';
import type { Prisma } from './generated/sqlite/client.ts';

/**
 * One read, rows as arrays. Values are what the driver adapter gives: numbers and strings; booleans
 * as true/false (PostgreSQL) or 1/0 (SQLite); timestamps as ISO text (`...+00:00`); counts as a number
 * or (PostgreSQL's bigint) a string. Use the converters below, which accept every form.
 */
export type RawRows = (query: Prisma.Sql) => Promise<unknown[][]>;

const readers = new WeakMap<object, RawRows>();

/**
 * The factory as it is, remembering the adapter each `connect` returns, so that `readerOf` can run
 * reads on it. `placeholders`: `?` (SQLite) or `$1` (PostgreSQL).
 */
export function capturingFactory(
  factory: SqlDriverAdapterFactory,
  placeholders: 'question' | 'dollar',
): { factory: SqlDriverAdapterFactory; rows: RawRows } {
  let adapter: SqlDriverAdapter | null = null;
  const rows: RawRows = async (query) => {
    if (!adapter) throw new Error('raw read before the database was connected');
    const args = query.values;
    const result = await adapter.queryRaw({
      sql: placeholders === 'question' ? query.sql : query.text,
      args,
      argTypes: args.map(
        (a): ArgType => ({
          arity: 'scalar',
          scalarType: a instanceof Date ? 'datetime' : Number.isInteger(a) ? 'int' : typeof a === 'number' ? 'float' : 'string',
        }),
      ),
    });
    return result.rows as unknown[][];
  };
  const wrapped: SqlDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      adapter = await factory.connect();
      return adapter;
    },
  };
  return { factory: wrapped, rows };
}

/** Makes `rows` the raw reader of these clients (the plain one and any extension of it). */
export function registerRawRows(rows: RawRows, ...clients: object[]): void {
  for (const c of clients) readers.set(c, rows);
}

/**
 * The raw reader of a client opened by `createDatabase`; for any other client, the same rows read
 * through `$queryRaw` (objects turned into arrays: slower, same columns in the same order).
 */
export function readerOf(prisma: PrismaDb): RawRows {
  return readers.get(prisma) ?? (async (query) => (await prisma.$queryRaw<Record<string, unknown>[]>(query)).map((r) => Object.values(r)));
}

/** A timestamp in any of the forms a read gives (ISO text, epoch ms, Date) as a Date; null stays null. */
export function instantOf(v: unknown): Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  return new Date(v as string | number);
}

/** A boolean column: true, 1 (SQLite) or 1n. */
export const flagOf = (v: unknown): boolean => v === true || v === 1 || v === 1n;

/** A number column (a count may come as a string or a bigint); null stays null. */
export const numberOf = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** A text column; null stays null. */
export const textOf = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
