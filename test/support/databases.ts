// Throwaway databases for integration tests: a temp SQLite file, or a uniquely named PostgreSQL
// database (runs never see each other's rows; every one is dropped by its test file's afterAll).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import { createDatabase, type Database } from '../../src/adapters/db/client.ts';
import type { Provider } from '../../src/adapters/db/database-url.ts';
import { applyMigrations } from '../../src/adapters/db/migrations/index.ts';
import { dropDatabase, quoteIdent } from '../../src/adapters/db/migrations/postgres-factory.ts';

/** Database on the test server used to create and drop the per-test databases. */
export const TEST_POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Providers to test: both, unless SKIP_POSTGRES=1 (a machine without a PostgreSQL server). */
export const TEST_PROVIDERS: Provider[] = process.env.SKIP_POSTGRES === '1' ? ['sqlite'] : ['sqlite', 'postgresql'];

const tempDirs: string[] = [];
const removeTempDirs = (): void => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
};
// Registered while the importing test file is collected, so it runs after that file. The exit
// hook alone is not enough: vitest may end its fork workers without an 'exit' event.
afterAll(removeTempDirs);
process.once('exit', removeTempDirs);

/** A temp folder, removed after the test file that made it (or at process exit). */
export function tempDir(prefix = 'akim-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** `file:` URL of a SQLite file that does not exist yet, in a folder that does not exist yet either. */
export function freshSqliteUrl(): string {
  return freshSqlite().url;
}

function freshSqlite(): { url: string; drop(): Promise<void> } {
  const dir = tempDir();
  return { url: `file:${join(dir, 'nested', 'bot.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh PostgreSQL database and how to drop it. */
export interface FreshPostgres {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * Names a new database `test_<random>` on the test server and creates it (unless `create: false`,
 * to test that migrate deploy creates it). `drop()` removes it, connected sessions included.
 */
export async function freshPostgresUrl(options: { create?: boolean } = {}): Promise<FreshPostgres> {
  const admin = new URL(TEST_POSTGRES_ADMIN_URL);
  const name = `test_${randomBytes(6).toString('hex')}`;
  const config = { connectionString: TEST_POSTGRES_ADMIN_URL };
  if (options.create ?? true) {
    const client = new pg.Client(config);
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    } finally {
      await client.end();
    }
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => dropDatabase(config, name) };
}

/** A migrated, open database and how to get rid of it. */
export interface MigratedDatabase {
  db: Database;
  url: string;
  cleanup(): Promise<void>;
}

/** A fresh database of `provider` with every committed migration applied, opened with createDatabase. */
export async function migratedDatabase(provider: Provider): Promise<MigratedDatabase> {
  const fresh = provider === 'sqlite' ? freshSqlite() : await freshPostgresUrl();
  await applyMigrations(fresh.url);
  const db = await createDatabase(fresh.url);
  return {
    db,
    url: fresh.url,
    cleanup: async () => {
      await db.close();
      await fresh.drop();
    },
  };
}
