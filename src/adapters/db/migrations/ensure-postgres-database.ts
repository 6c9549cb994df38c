// `prisma migrate deploy` creates a missing PostgreSQL database first; so does our runner.
import pg from 'pg'
import { quoteIdent } from './postgres-factory.ts'

const INVALID_CATALOG_NAME = '3D000' // database does not exist
const DUPLICATE_DATABASE = '42P04' // someone else created it in between

/**
 * Creates `config.database` when connecting to it fails with "does not exist". The CREATE runs from
 * the `postgres` maintenance database; a role without CREATEDB gets PostgreSQL's own error.
 * @returns true when this call created the database
 */
export async function ensurePostgresDatabase(config: pg.PoolConfig): Promise<boolean> {
  const probe = new pg.Client(config)
  try {
    await probe.connect()
    return false
  } catch (error) {
    if ((error as { code?: string }).code !== INVALID_CATALOG_NAME) throw error
  } finally {
    await probe.end().catch(() => {})
  }
  const admin = new pg.Client({ ...config, database: 'postgres' })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(String(config.database))}`)
    return true
  } catch (error) {
    if ((error as { code?: string }).code === DUPLICATE_DATABASE) return false
    throw error
  } finally {
    await admin.end()
  }
}
