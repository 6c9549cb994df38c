// Reads that bypass the ORM's row building: the SQL goes straight to the driver adapter the client
// uses (same connection / pool, same statement cache) and rows come back as plain arrays, columns in
// SELECT order. For the export, which reads every row once: object building was most of its cost.
import type { ArgType, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import type { PrismaDb } from './client.ts';
import type { Prisma } from './generated/sqlite/client.ts';

/**
 * One read, rows as arrays. Values are what the driver adapter gives: numbers and strings; booleans
 * as true/false (PostgreSQL) or 1/0 (SQLite); timestamps as ISO text (`...+00:00`); counts as a number
 * or (PostgreSQL's bigint) a string. Use the converters below, which accept every form.
 */
export interface RawRows {
  (query: Prisma.Sql): Promise<unknown[][]>;
  /** The driver adapter's provider (`sqlite`, `postgres`); absent for the `$queryRaw` stand-in of `readerOf`. */
  provider?: string;
}

/** One write straight to the driver adapter; resolves to the rows it changed. */
export type RawExecute = (query: Prisma.Sql) => Promise<number>;

/**
 * Where a driver adapter offers reads that skip its own layers (`sqlite-adapter.ts`): the same
 * statement, arguments and values as its `queryRaw` gives, rows as arrays.
 */
export const DIRECT_READS = Symbol('direct reads');
export interface DirectReads {
  query(sql: string, args: readonly unknown[]): Promise<unknown[][]>;
}

const readers = new WeakMap<object, RawRows>();
const executors = new WeakMap<object, RawExecute>();

/** The driver adapter a client and its raw reads share. */
export interface SharedAdapter {
  /** The client's adapter factory: hands out the shared adapter. */
  factory: SqlDriverAdapterFactory;
  rows: RawRows;
  execute: RawExecute;
  /** Connects the shared adapter now (opening the file / pool; failing here if it cannot). */
  connect(): Promise<void>;
  /** Releases the adapter when the client never took it (the client disposes of what it took). */
  close(): Promise<void>;
}

/**
 * One driver adapter for a Prisma client and for raw reads. Raw reads do not need the client's query
 * engine: a process that only reads raw (an export) never loads it, and the client starts it (and
 * takes this same adapter) at its first ORM query. `placeholders`: `?` (SQLite) or `$1` (PostgreSQL).
 * The update path's few raw statements go this way too: through the client, a raw statement cost
 * several times the statement itself in CPU. `onError` hears of every failed statement, as the
 * client's query hook does.
 */
export function sharedAdapter(factory: SqlDriverAdapterFactory, placeholders: 'question' | 'dollar', onError?: () => void): SharedAdapter {
  let adapter: Promise<SqlDriverAdapter> | null = null;
  let direct: DirectReads | undefined;
  let taken = false;
  const ensure = (): Promise<SqlDriverAdapter> => {
    adapter ??= factory.connect().then(
      (a) => {
        const dispose = a.dispose.bind(a);
        // Once disposed (by the client's disconnect or by close), the next read connects anew.
        a.dispose = () => {
          adapter = null;
          direct = undefined;
          taken = false;
          return dispose();
        };
        direct = (a as unknown as Record<symbol, DirectReads | undefined>)[DIRECT_READS];
        return a;
      },
      (err: unknown) => {
        adapter = null;
        throw err;
      },
    );
    return adapter;
  };
  const statement = (query: Prisma.Sql) => statementOf(query, placeholders);
  const counted = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      onError?.();
      throw err;
    }
  };
  const read = (query: Prisma.Sql) =>
    counted(async () => {
      const a = await ensure();
      return direct && placeholders === 'question'
        ? direct.query(query.sql, query.values)
        : ((await a.queryRaw(statement(query))).rows as unknown[][]);
    });
  const rows: RawRows = Object.assign(read, { provider: factory.provider });
  const execute: RawExecute = (query) => counted(async () => (await ensure()).executeRaw(statement(query)));
  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect() {
        taken = true;
        return ensure();
      },
    },
    rows,
    execute,
    connect: async () => {
      await ensure();
    },
    async close() {
      if (adapter && !taken) await (await adapter).dispose();
    },
  };
}

/** How a value is passed to the driver adapter (as the client passes it in a raw query). */
export const argTypeOf = (a: unknown): ArgType => ({ arity: 'scalar', scalarType: scalarTypeOf(a) });

function scalarTypeOf(a: unknown): ArgType['scalarType'] {
  if (a instanceof Date) return 'datetime';
  if (typeof a === 'bigint') return 'bigint';
  if (typeof a === 'boolean') return 'boolean';
  if (typeof a === 'number') return Number.isInteger(a) ? 'int' : 'float';
  return 'string';
}

/** Makes `rows` the raw reader of these clients (the plain one and any extension of it). */
export function registerRawRows(rows: RawRows, ...clients: object[]): void {
  for (const c of clients) readers.set(c, rows);
}

/** Makes `execute` the raw writer of these clients. */
export function registerRawExecute(execute: RawExecute, ...clients: object[]): void {
  for (const c of clients) executors.set(c, execute);
}

/**
 * The raw reader of a client opened by `createDatabase`; for any other client, the same rows read
 * through `$queryRaw` (objects turned into arrays: slower, same columns in the same order).
 */
export function readerOf(prisma: PrismaDb): RawRows {
  return readers.get(prisma) ?? (async (query) => (await prisma.$queryRaw<Record<string, unknown>[]>(query)).map((r) => Object.values(r)));
}

/** The raw writer of a client opened by `createDatabase`; for any other client, `$executeRaw`. */
export function executorOf(prisma: PrismaDb): RawExecute {
  return executors.get(prisma) ?? ((query) => prisma.$executeRaw(query));
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

/** At most this many statements are kept prepared (by name) on each PostgreSQL connection. */
export const MAX_PREPARED = 32;
const preparedNames = new Map<string, string>();

/**
 * Marks a statement whose SQL text never changes (only its values) to be kept prepared on each
 * PostgreSQL connection: parsed and planned once per connection instead of at every run. For the
 * update path's few statements that run for every update (the server's planning was a large part of
 * its CPU for them). Returns the same query. SQLite keeps every statement prepared anyway.
 */
export function prepared(query: Prisma.Sql): Prisma.Sql {
  // Only marked here: the name is given by text when the statement goes to PostgreSQL (`statementOf`),
  // so SQLite never builds the PostgreSQL text nor looks it up (about 3 µs a statement).
  marked.add(query);
  return query;
}
const marked = new WeakSet<Prisma.Sql>();

/**
 * A query as a driver adapter takes it: SQLite's `?` placeholders or PostgreSQL's `$1`; a statement
 * marked with `prepared` gets its name by text on PostgreSQL here (`preparedName` reads it back).
 */
export function statementOf(query: Prisma.Sql, placeholders: 'question' | 'dollar'): SqlQuery {
  if (placeholders === 'question') return { sql: query.sql, args: query.values, argTypes: query.values.map(argTypeOf) };
  const sql = query.text;
  if (marked.has(query) && !preparedNames.has(sql) && preparedNames.size < MAX_PREPARED)
    preparedNames.set(sql, `akim_${preparedNames.size + 1}`);
  return { sql, args: query.values, argTypes: query.values.map(argTypeOf) };
}

/**
 * adapter-pg's `statementNameGenerator`: the name of a statement marked with `prepared` (by its SQL
 * text; the same text always gets the same name), undefined (an unnamed statement) for all others.
 */
export const preparedName = (query: { sql: string }): string | undefined => preparedNames.get(query.sql);

/** A raw row (values in `columns` order) as an object keyed by column; missing values are null. */
export function namedRow<C extends readonly string[]>(columns: C, values: readonly unknown[]): Record<C[number], unknown> {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i] ?? null;
  return row as Record<C[number], unknown>;
}

/** An id as a read gives it (a number on SQLite, text for PostgreSQL's bigint) as a bigint; null stays null. */
export const idOf = (v: unknown): bigint | null => (v === null || v === undefined ? null : BigInt(v as bigint | number | string));
