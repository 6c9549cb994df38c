// Migration-time SQLite connections for the schema engine (main file + in-memory shadow).
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlQuery } from '@prisma/driver-adapter-utils';
import { trackedFactory, type TrackedFactory } from './tracked-factory.ts';

/**
 * The engine replays migration scripts into the shadow database through `executeRaw`, which
 * adapter-better-sqlite3 runs with `prepare()` (one statement only). A parameterless multi-statement
 * script goes through `executeScript` instead, which uses `exec()`.
 */
function withMultiStatementScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const isMultiStatement = (error: unknown): boolean => error instanceof RangeError && /more than one statement/.test(error.message);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.executeRaw = async (query: SqlQuery) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !isMultiStatement(error)) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  adapter.queryRaw = async (query: SqlQuery) => {
    try {
      return await queryRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !isMultiStatement(error)) throw error;
      await adapter.executeScript(query.sql);
      return { columnNames: [], columnTypes: [], rows: [] };
    }
  };
  return adapter;
}

/**
 * Factory for the engine on a SQLite file (`null` = in-memory, for diffs that need no real database).
 * Creates the file's folder first, since better-sqlite3 creates the file but not its directory.
 */
export async function sqliteMigrationFactory(file: string | null): Promise<TrackedFactory> {
  if (file) await mkdir(dirname(file), { recursive: true });
  // timeout = busy timeout: wait for a running app's write lock instead of failing with SQLITE_BUSY.
  const base = new PrismaBetterSqlite3({ url: file ?? ':memory:', timeout: 10_000 });
  return trackedFactory({
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => withMultiStatementScripts(await base.connect()),
    connectToShadowDb: async () => withMultiStatementScripts(await base.connectToShadowDb()),
  });
}
