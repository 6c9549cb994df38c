// A read-only look at _prisma_migrations before starting the schema engine on SQLite. The engine takes
// the file in EXCLUSIVE locking mode, which would stall a second process (a CLI, a restarted replica)
// while another one runs; when every committed migration is already applied there is nothing to lock for.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/**
 * True when `file` exists and records every migration in `migrations` as applied with the same
 * checksum (sha256 of migration.sql, as Prisma computes it). Any doubt answers false, and the engine
 * decides as usual.
 */
export function sqliteMigrationsUpToDate(file: string, migrations: Array<{ name: string; sql: string }>): boolean {
  if (!existsSync(file)) return false;
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
    const rows = db.prepare('SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations').all() as AppliedRow[];
    const done = new Map(
      rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => [r.migration_name, r.checksum]),
    );
    return migrations.every((m) => done.get(m.name) === createHash('sha256').update(m.sql).digest('hex'));
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
