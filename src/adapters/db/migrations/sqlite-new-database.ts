// A new SQLite database gets its migrations without starting the schema engine: loading its 5 MB of
// wasm and applying a dozen migrations through it was a quarter of a first start. The result is what
// the engine leaves: the same tables (each migration's SQL run as written, oldest first) and Prisma's
// own _prisma_migrations rows (same table, checksums and timestamps), so `prisma migrate` and the
// engine path below see every migration as applied. Anything but an empty database goes to the engine.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { MigrationError } from './run-engine.ts';

/** The table exactly as the schema engine creates it on SQLite. */
const MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** The engine's timestamp text: ISO 8601 with milliseconds and "+00:00". */
const stamp = () => new Date().toISOString().replace('Z', '+00:00');

/**
 * Applies `migrations` (oldest first) to `file` when it holds no schema object yet, all in one
 * exclusive transaction (a process that opens the file meanwhile waits, then finds it migrated).
 * @returns the names applied, or null when the database is not new (the caller asks the engine)
 */
export function migrateNewSqliteDatabase(file: string, migrations: ReadonlyArray<{ name: string; sql: string }>): string[] | null {
  mkdirSync(dirname(file), { recursive: true });
  const db = new BetterSqlite3(file, { timeout: 5_000 });
  try {
    // As the migrations' own "PRAGMA foreign_keys=OFF" asks (a pragma that does nothing inside a transaction).
    db.pragma('foreign_keys = OFF');
    db.exec('BEGIN EXCLUSIVE');
    try {
      const { objects } = db.prepare('SELECT count(*) AS objects FROM sqlite_master').get() as { objects: number };
      if (objects > 0) {
        db.exec('ROLLBACK');
        return null;
      }
      db.exec(MIGRATIONS_TABLE);
      const record = db.prepare(
        'INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)',
      );
      for (const m of migrations) {
        const started = stamp();
        try {
          db.exec(m.sql);
        } catch (err) {
          throw new MigrationError(`migration ${m.name} failed on a new database: ${(err as Error).message}`);
        }
        record.run(randomUUID(), createHash('sha256').update(m.sql).digest('hex'), stamp(), m.name, started);
      }
      db.exec('COMMIT');
      return migrations.map((m) => m.name);
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw err;
    }
  } finally {
    db.close();
  }
}
