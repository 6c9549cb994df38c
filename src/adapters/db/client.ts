// Prisma client factory: picks the SQLite or PostgreSQL generated client and driver adapter from
// DATABASE_URL. Both clients come from one schema, so their model APIs are identical; the app codes
// against the SQLite client's type and the PostgreSQL one is cast to it.
import type { CheckpointOptions } from './sqlite-adapter.ts';
import { parseDatabaseUrl, type DatabaseTarget, type Provider } from './database-url.ts';
import type { PrismaClient as SqliteClient } from './generated/sqlite/client.ts';
import { preparedName, registerRawExecute, registerRawRows, sharedAdapter, type SharedAdapter } from './raw-rows.ts';
import { referenceDataChanged } from './repositories/shared-read.ts';

/** The Prisma client type repositories use, whatever the provider (structurally the same models). */
export type PrismaDb = SqliteClient;

/** An open database: the client plus what the composition root needs around it. */
export interface Database {
  prisma: PrismaDb;
  provider: Provider;
  /** True when a trivial query succeeds (health checks); never throws. */
  ping(): Promise<boolean>;
  /**
   * 'ok' when the database reads and writes, 'read-only' when it answers reads but refuses a write
   * (a full disk, a read-only file or replica), 'down' when it does not answer; never throws.
   */
  health(): Promise<DatabaseHealth>;
  /** Disconnects the client and releases the file / pool. Safe to call twice. */
  close(): Promise<void>;
}

export type DatabaseHealth = 'ok' | 'read-only' | 'down';

/** The row the write probe touches: update id -1 never comes from Telegram. */
const PROBE_ID = -1n;

/** Options for {@link createDatabase}. */
export interface DatabaseOptions {
  /** SQLite: how long a write waits for another connection's lock before SQLITE_BUSY (ms). Default 5000. */
  busyTimeoutMs?: number;
  /** SQLite: WAL checkpoints from a worker thread (`sqlite-checkpointer.ts`); defaults suit the bot. */
  checkpoints?: CheckpointOptions;
  /** PostgreSQL: pool size; default the URL's `connection_limit`, else node-postgres' 10. */
  poolMax?: number;
  /** Called for every query that fails (metrics); the error still reaches the caller. */
  onQueryError?: () => void;
}

/** Tables whose reads are kept for a while (`sharedRead` with `keepMs`). */
const REFERENCE_MODELS: ReadonlySet<string> = new Set(['Area', 'Person', 'Election', 'Candidacy', 'ComplaintCategory']);
const READ_OPERATIONS: ReadonlySet<string> = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
]);

/**
 * The same client, with failing queries reported to `onError` first, and every write of reference data
 * through it (any code in this process: repositories, tools, tests) dropping the kept reads of it once
 * the write returned. A write inside an interactive transaction is committed later: the repositories
 * that write in one tell `referenceDataChanged` again after the commit.
 */
function instrumented(prisma: PrismaDb, onError: (() => void) | undefined): PrismaDb {
  const client = prisma.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        try {
          const result = await query(args);
          if (model !== undefined && REFERENCE_MODELS.has(model) && !READ_OPERATIONS.has(operation)) referenceDataChanged(client);
          return result;
        } catch (err) {
          onError?.();
          throw err;
        }
      },
    },
  });
  return client as unknown as PrismaDb;
}

/**
 * The provider's generated client and driver adapter, imported when opened: a process loads only its
 * own provider's (each generated client is megabytes of code and a query compiler).
 */
async function openClient(target: DatabaseTarget, options: DatabaseOptions): Promise<{ prisma: PrismaDb; shared: SharedAdapter }> {
  if (target.provider === 'sqlite') {
    const [{ PrismaClient }, { sqliteAdapterFactory }] = await Promise.all([
      import('./generated/sqlite/client.ts'),
      import('./sqlite-adapter.ts'),
    ]);
    const shared = sharedAdapter(
      sqliteAdapterFactory(target.file, options.busyTimeoutMs ?? 5_000, options.checkpoints),
      'question',
      options.onQueryError,
    );
    return { prisma: new PrismaClient({ adapter: shared.factory }), shared };
  }
  const [{ PrismaClient }, { PrismaPg }] = await Promise.all([import('./generated/postgresql/client.ts'), import('@prisma/adapter-pg')]);
  const pool = { ...target.pool, ...(options.poolMax ? { max: options.poolMax } : {}) };
  // The update path's hot statements stay prepared per connection (`prepared` in raw-rows.ts); the
  // generator may return undefined (an unnamed statement), which its type does not admit.
  const statementNameGenerator = preparedName as (query: { sql: string }) => string;
  const shared = sharedAdapter(new PrismaPg(pool, { schema: target.schema, statementNameGenerator }), 'dollar', options.onQueryError);
  // Same models, different generated class: the cast is what lets repositories stay provider-free.
  return { prisma: new PrismaClient({ adapter: shared.factory }) as unknown as PrismaDb, shared };
}

/**
 * Opens the database DATABASE_URL names: `file:./data/bot.db` (SQLite, relative to the process cwd,
 * folder created, WAL + busy timeout) or `postgresql://` / `postgres://` (pool via adapter-pg that
 * lets the process exit when idle). Does not migrate: call applyMigrations first.
 * @throws Error naming DATABASE_URL when the scheme is neither.
 */
export async function createDatabase(url: string, options: DatabaseOptions = {}): Promise<Database> {
  const target = parseDatabaseUrl(url);
  const { prisma: opened, shared } = await openClient(target, options);
  const prisma = instrumented(opened, options.onQueryError);
  registerRawRows(shared.rows, opened, prisma);
  registerRawExecute(shared.execute, opened, prisma);
  // The file / pool opens now; Prisma's query engine starts at the first ORM query and takes the same
  // adapter. A process that only reads raw (an export) never loads the engine (tens of MB).
  await shared.connect();
  let closing: Promise<void> | undefined;
  const db: Database = {
    prisma,
    provider: target.provider,
    async ping() {
      if (closing) return false; // a query would silently reconnect a closed client
      try {
        await prisma.$queryRawUnsafe('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    async health() {
      if (!(await db.ping())) return 'down';
      try {
        const at = new Date();
        await prisma.processedUpdate.upsert({
          where: { updateId: PROBE_ID },
          create: { updateId: PROBE_ID, processedAt: at },
          update: { processedAt: at },
        });
        return 'ok';
      } catch {
        return 'read-only';
      }
    },
    close() {
      closing ??= prisma.$disconnect().then(() => shared.close());
      return closing;
    },
  };
  return db;
}
