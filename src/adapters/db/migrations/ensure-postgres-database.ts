// `prisma migrate deploy` creates a missing PostgreSQL database (and URL `schema`) first; so does our runner.
import pg from 'pg';
import { quoteIdent } from './postgres-factory.ts';

const INVALID_CATALOG_NAME = '3D000'; // database does not exist
const DUPLICATE_DATABASE = '42P04'; // someone else created it in between

/**
 * Creates `config.database` when connecting to it fails with "does not exist", then `schema` if given.
 * The CREATE DATABASE runs from the `postgres` maintenance database; a role without CREATEDB gets
 * PostgreSQL's own error.
 */
export async function ensurePostgresDatabase(config: pg.PoolConfig, schema?: string): Promise<void> {
  if (await databaseMissing(config)) await createDatabase(config);
  if (schema) {
    const client = new pg.Client(config);
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    } finally {
      await client.end();
    }
  }
}

async function databaseMissing(config: pg.PoolConfig): Promise<boolean> {
  const probe = new pg.Client(config);
  try {
    await probe.connect();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== INVALID_CATALOG_NAME) throw error;
    return true;
  } finally {
    await probe.end().catch(() => {});
  }
}

async function createDatabase(config: pg.PoolConfig): Promise<void> {
  const admin = new pg.Client({ ...config, database: 'postgres' });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(String(config.database))}`);
  } catch (error) {
    if ((error as { code?: string }).code !== DUPLICATE_DATABASE) throw error;
  } finally {
    await admin.end();
  }
}
