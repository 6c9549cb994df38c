// The runtime SQLite driver adapter: adapter-better-sqlite3, with the file prepared for sharing
// between processes (WAL, busy timeout, write transactions that wait instead of failing).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';
import BetterSqlite3 from 'better-sqlite3';
import { argTypeOf, DIRECT_READS, type DirectReads } from './raw-rows.ts';
import { startCheckpointer, type Checkpointer } from './sqlite-checkpointer.ts';

/**
 * Journal mode is stored in the file, so setting WAL once on a short-lived connection lasts: readers
 * never block the writer. Also creates the folder (better-sqlite3 creates only the file).
 */
function prepareFile(file: string, busyTimeoutMs: number): void {
  mkdirSync(dirname(file), { recursive: true });
  const db = new BetterSqlite3(file, { timeout: busyTimeoutMs });
  try {
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}

/** Statements kept prepared per connection (the bot runs a few dozen distinct ones). */
const STATEMENT_CACHE = 500;

/** A statement kept prepared, with its result columns once asked for. */
interface Kept {
  stmt: BetterSqlite3.Statement;
  columns?: BetterSqlite3.ColumnDefinition[];
  /** How each result column's values are converted (`readDirect`), from the declared types. */
  plan?: Uint8Array;
}

/**
 * What adapter-better-sqlite3 does with a prepared statement: `prepare(sql).bind(args)`, then run or read.
 * A class, not closures made per query: a query makes no functions.
 */
class BoundStatement {
  readonly reader: boolean;
  constructor(
    private readonly kept: Kept,
    private readonly args: unknown[],
  ) {
    this.reader = kept.stmt.reader;
  }
  run(): BetterSqlite3.RunResult {
    return this.kept.stmt.run(this.args);
  }
  /**
   * The result's columns, read once per kept statement: better-sqlite3 builds five strings for each
   * column at every call, which cost as much as running the update's read (`npm run bench -- updates`).
   * They stay right while the statement lives: the bot never changes a table's columns while it runs
   * (migrations finish before it connects).
   */
  columns(): BetterSqlite3.ColumnDefinition[] {
    this.kept.columns ??= this.kept.stmt.columns();
    return this.kept.columns;
  }
  raw(): this {
    return this;
  }
  all(): unknown[] {
    return this.kept.stmt.raw(true).all(this.args);
  }
}

/** A statement without arguments (BEGIN, COMMIT, ROLLBACK). */
class PlainStatement {
  readonly reader: boolean;
  constructor(private readonly kept: Kept) {
    this.reader = kept.stmt.reader;
  }
  run(): BetterSqlite3.RunResult {
    return this.kept.stmt.run();
  }
  bind(args: unknown[]): BoundStatement {
    return new BoundStatement(this.kept, args);
  }
}

/** The better-sqlite3 connection inside adapter-better-sqlite3's adapter (not part of its API). */
function connectionOf(adapter: object): BetterSqlite3.Database {
  const db = (adapter as { client?: BetterSqlite3.Database }).client;
  if (!db || typeof db.prepare !== 'function' || typeof db.pragma !== 'function') {
    throw new Error('adapter-better-sqlite3 internals changed: its connection is not where it was');
  }
  return db;
}

/**
 * Two changes to how adapter-better-sqlite3 uses its connection:
 *
 * - It opens transactions with a deferred `BEGIN`. When a transaction reads first and writes later while
 *   another process writes, SQLite cannot upgrade its stale read snapshot and fails at once with
 *   SQLITE_BUSY: the busy timeout never applies. `BEGIN IMMEDIATE` takes the write lock up front, so a
 *   second process waits (up to the busy timeout) instead. Verified with three processes running
 *   read-then-write transactions on one file.
 * - It prepares every statement anew (SQLite parses and plans it each time: a tenth of an update's CPU).
 *   Statements are kept prepared per SQL text (bounded LRU) and their arguments passed at each run;
 *   `bind()` would fix them on the statement for good. A statement runs to completion synchronously
 *   (`run` / `all`), so one is never used by two queries at once.
 */
function patchConnection(adapter: object): (sql: string) => Kept {
  const db = connectionOf(adapter);
  const prepare = db.prepare.bind(db);
  // Bounded by first use, not last: a few dozen statements run all the time; an LRU's bookkeeping on
  // every hit cost more than the rare statement prepared again after its eviction.
  const cache = new Map<string, Kept>();
  const keep = (sql: string): Kept => {
    let kept = cache.get(sql);
    if (!kept) {
      kept = { stmt: prepare(sql === 'BEGIN' ? 'BEGIN IMMEDIATE' : sql) };
      if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
      cache.set(sql, kept);
    }
    return kept;
  };
  db.prepare = ((sql: string) => new PlainStatement(keep(sql))) as unknown as typeof db.prepare;
  return keep;
}

/** Column conversions of adapter-better-sqlite3's `mapRow`, by declared type. */
const OTHER = 0;
const INTEGER = 1;
const DATETIME = 2;
const INTEGER_TYPES = new Set([
  'TINYINT',
  'SMALLINT',
  'MEDIUMINT',
  'INT',
  'INTEGER',
  'SERIAL',
  'INT2',
  'BIGINT',
  'UNSIGNED BIG INT',
  'INT8',
]);
const DATETIME_TYPES = new Set(['DATETIME', 'TIMESTAMP']);

function rowPlan(columns: BetterSqlite3.ColumnDefinition[]): Uint8Array {
  return Uint8Array.from(columns, (c) => {
    const type = c.type?.toUpperCase() ?? '';
    return INTEGER_TYPES.has(type) ? INTEGER : DATETIME_TYPES.has(type) ? DATETIME : OTHER;
  });
}

/** A value as adapter-better-sqlite3's `mapRow` gives it (its connection reads integers as bigints). */
function convertedValue(v: unknown, kind: number): unknown {
  if (typeof v === 'number') {
    if (kind === INTEGER && !Number.isInteger(v)) return Math.trunc(v);
    if (kind === DATETIME) return new Date(v).toISOString();
    return v;
  }
  if (typeof v === 'bigint') {
    if (kind === DATETIME) return new Date(Number(v)).toISOString();
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : v.toString();
  }
  return v;
}

/** An argument as adapter-better-sqlite3's `mapArg` passes it, for the values raw-rows sends (see its `scalarTypeOf`). */
function argOf(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.toISOString().replace('Z', '+00:00');
  return v === undefined ? null : v;
}

/**
 * A read as the adapter's `queryRaw` answers it (the same statement, arguments and values; rows as
 * arrays), without its layers: for the update path's reads, the adapter's debug hook, its column
 * type mapping at every call, per-value conversions and promise hops cost about twice the statement.
 */
function readDirect(kept: Kept, args: readonly unknown[]): unknown[][] {
  const stmt = kept.stmt;
  const values = args.map(argOf);
  if (!stmt.reader) {
    stmt.run(values);
    return [];
  }
  kept.columns ??= stmt.columns();
  const plan = (kept.plan ??= rowPlan(kept.columns));
  const rows = stmt.raw(true).all(values) as unknown[][];
  for (const row of rows) for (let i = 0; i < row.length; i++) row[i] = convertedValue(row[i], plan[i]!);
  return rows;
}

/**
 * adapter-better-sqlite3 runs every query on its one connection, and only transactions queue for it:
 * a query from outside ran inside whatever transaction was open at that moment. It read that
 * transaction's uncommitted rows, and its writes were undone with it: another update's claim, a saved
 * form or answer gone on a rollback, although they had been acknowledged. Here a query from outside
 * waits until no transaction is open or waiting for the connection (transactions are short; inside
 * one, the repositories use only its own client).
 */
function outsideTransactions(adapter: SqlDriverAdapter, keep: (sql: string) => Kept): void {
  let inside = 0;
  let idle: Promise<void> = Promise.resolve();
  let wake = () => {};
  const enter = () => {
    if (inside++ === 0) idle = new Promise<void>((resolve) => (wake = resolve));
  };
  const leave = () => {
    if (--inside === 0) wake();
  };
  const outside = async <T>(run: () => Promise<T>): Promise<T> => {
    while (inside > 0) await idle;
    return run();
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    enter();
    let tx: Transaction;
    try {
      tx = await startTransaction(isolationLevel);
    } catch (err) {
      leave();
      throw err;
    }
    let ended = false;
    const end =
      <A extends unknown[]>(settle: (...args: A) => Promise<void>) =>
      async (...args: A) => {
        try {
          await settle(...args);
        } finally {
          if (!ended) {
            ended = true;
            leave();
          }
        }
      };
    tx.commit = end(tx.commit.bind(tx));
    tx.rollback = end(tx.rollback.bind(tx));
    return tx;
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  adapter.queryRaw = (query) => outside(() => queryRaw(query));
  adapter.executeRaw = (query) => outside(() => executeRaw(query));
  adapter.executeScript = (script) => outside(() => executeScript(script));
  const direct: DirectReads = {
    async query(sql, args) {
      while (inside > 0) await idle;
      try {
        return readDirect(keep(sql), args);
      } catch {
        // The adapter's own path again, for its error (a read changes nothing, so trying it twice is safe).
        return (await queryRaw({ sql, args: [...args], argTypes: args.map(argTypeOf) })).rows as unknown[][];
      }
    },
  };
  (adapter as unknown as Record<symbol, DirectReads>)[DIRECT_READS] = direct;
}

/** When and how often the worker thread checkpoints the WAL. */
export interface CheckpointOptions {
  /** Between two checkpoints; default 1 s. */
  everyMs?: number;
  /**
   * Statements the connection runs before the worker starts; default 200 (a short CLI run or a test
   * never starts one, and the bot's first answer does not wait for it). Until then, and if the worker
   * fails, the connection checkpoints as SQLite does by default.
   */
  afterStatements?: number;
}

/** SQLite's own default: checkpoint in the commit that takes the log past this many pages. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

/** The connection stops checkpointing once a worker thread does it (`sqlite-checkpointer.ts`). */
function checkpointsInWorker(adapter: SqlDriverAdapter, file: string, o: CheckpointOptions): void {
  const db = connectionOf(adapter);
  let worker: Checkpointer | undefined;
  let disposed = false;
  let left = o.afterStatements ?? 200;
  const start = () => {
    worker = startCheckpointer(file, o.everyMs ?? 1_000, () => {
      if (!disposed) db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
    });
    db.pragma('wal_autocheckpoint = 0');
  };
  if (left <= 0) start();
  else {
    const prepare = db.prepare;
    db.prepare = ((sql: string) => {
      if (--left === 0 && !disposed) {
        db.prepare = prepare;
        start();
      }
      return prepare(sql);
    }) as typeof db.prepare;
  }
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    disposed = true;
    await worker?.stop();
    return dispose();
  };
}

/**
 * Driver adapter factory for a SQLite file shared by several processes.
 * @param busyTimeoutMs how long a statement waits for another connection's lock before SQLITE_BUSY
 */
export function sqliteAdapterFactory(file: string, busyTimeoutMs: number, checkpoints: CheckpointOptions = {}): SqlDriverAdapterFactory {
  prepareFile(file, busyTimeoutMs);
  // better-sqlite3's `timeout` is SQLite's busy timeout for the connection.
  const base = new PrismaBetterSqlite3({ url: file, timeout: busyTimeoutMs });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const adapter = await base.connect();
      // WAL with synchronous=NORMAL, which this SQLite build picks for a file in WAL mode anyway: a
      // commit survives the process dying at any point (kill tests), not a power cut or an OS crash,
      // which may roll back the last commits. FULL would fsync at every commit (about 0.1 ms each here).
      connectionOf(adapter).pragma('synchronous = NORMAL');
      outsideTransactions(adapter, patchConnection(adapter));
      checkpointsInWorker(adapter, file, checkpoints);
      return adapter;
    },
  };
}
