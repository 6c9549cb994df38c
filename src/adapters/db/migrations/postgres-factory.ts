// Migration-time PostgreSQL connections for the schema engine: the main database and, for diffs
// from the migrations folder, a temporary shadow database on the same server.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { trackedFactory, type TrackedFactory } from './tracked-factory.ts';

const PG_CHAR_OID = 18; // pg_catalog's internal one-byte "char" type
const PG_TEXT_OID = 25;

/**
 * A pool whose results report `"char"` columns as text: adapter-pg cannot map oid 18, and the engine's
 * catalog queries (used by diff) select such columns.
 */
function enginePool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => {
    const result = query(...args);
    if (!(result instanceof Promise)) return result;
    return result.then((res: pg.QueryResult) => {
      for (const field of res?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
      return res;
    });
  }) as typeof pool.query;
  return pool;
}

/**
 * adapter-pg's `executeScript` splits on every `;`, which breaks `DEFAULT 'a;b'`, `$$` bodies and
 * leaves half-applied migrations. A parameterless query goes out as one simple-protocol message, which
 * PostgreSQL runs as one implicit transaction; `executeRaw` keeps adapter-pg's error mapping.
 */
async function connectAdapter(config: pg.PoolConfig, schema: string | undefined): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPg(enginePool(config), { schema, disposeExternalPool: true }).connect();
  adapter.executeScript = async (script: string) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

/** Runs one statement on a short-lived connection (CREATE/DROP DATABASE cannot run in a transaction). */
async function runOnce(config: pg.PoolConfig, sql: string): Promise<void> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Quotes an identifier for PostgreSQL. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Drops a database even if a just-closed connection has not left yet (FORCE needs PostgreSQL 13+). */
export async function dropDatabase(config: pg.PoolConfig, name: string): Promise<void> {
  try {
    await runOnce(config, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42601') throw error; // 42601: no FORCE before PostgreSQL 13
    await runOnce(config, `DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
  }
}

/**
 * Factory for the engine on the database `config` names. Its shadow databases are created with our
 * own connection (adapter-pg's would derive from a connection string that overrides `database`) and
 * dropped after their pool is closed (adapter-pg drops first, which fails and leaves them behind).
 */
export function postgresMigrationFactory(config: pg.PoolConfig, schema?: string): TrackedFactory {
  return trackedFactory({
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connectAdapter(config, schema),
    connectToShadowDb: async () => {
      const name = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, '')}`;
      await runOnce(config, `CREATE DATABASE ${quoteIdent(name)}`);
      const adapter = await connectAdapter({ ...config, database: name }, undefined);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await dropDatabase(config, name);
      };
      return adapter;
    },
  });
}
