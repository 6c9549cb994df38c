// `prisma migrate deploy` without the native engine: applies the committed migrations of the URL's
// provider through the wasm schema engine, recording them in Prisma's own _prisma_migrations table.
import { parseDatabaseUrl } from '../database-url.ts';
import { DEFAULT_PRISMA_DIR, migrationsDir, type PrismaDirOption } from './paths.ts';
import { readMigrationsList } from './read-migrations.ts';
import { MigrationError, NO_FILTERS, withSchemaEngine } from './run-engine.ts';
import { sqliteMigrationFactory } from './sqlite-factory.ts';
import { migrateNewSqliteDatabase } from './sqlite-new-database.ts';
import { sqliteMigrationsUpToDate } from './sqlite-up-to-date.ts';

/**
 * Applies every not-yet-applied migration in prisma/<provider>/migrations to `databaseUrl`
 * (`file:` = SQLite, folder created if needed; `postgresql://` = PostgreSQL, database created if missing).
 * A second run applies nothing. Safe to call at every start.
 * @returns names of the migrations applied by this call, oldest first
 * @throws MigrationError with a one-paragraph message (failed SQL, edited or failed earlier migration, ...)
 */
export async function applyMigrations(databaseUrl: string, options: PrismaDirOption = {}): Promise<{ applied: string[] }> {
  const target = parseDatabaseUrl(databaseUrl);
  const list = await readMigrationsList(migrationsDir(options.prismaDir ?? DEFAULT_PRISMA_DIR, target.provider));
  if (list.migrationDirectories.length === 0) {
    throw new MigrationError(`no migrations found in ${list.baseDir}`);
  }
  let tracked;
  if (target.provider === 'sqlite') {
    const committed = list.migrationDirectories.map((d) => ({
      name: d.path,
      sql: d.migrationFile.content.tag === 'ok' ? d.migrationFile.content.value : null,
    }));
    if (committed.every((m): m is { name: string; sql: string } => m.sql !== null)) {
      if (sqliteMigrationsUpToDate(target.file, committed)) return { applied: [] };
      const applied = migrateNewSqliteDatabase(target.file, committed);
      if (applied) return { applied };
    }
    tracked = await sqliteMigrationFactory(target.file);
  } else {
    // Loaded only for PostgreSQL: the driver and its adapter are about a tenth of a SQLite start.
    const [{ ensurePostgresDatabase }, { postgresMigrationFactory }] = await Promise.all([
      import('./ensure-postgres-database.ts'),
      import('./postgres-factory.ts'),
    ]);
    await ensurePostgresDatabase(target.pool, target.schema);
    tracked = postgresMigrationFactory(target.pool, target.schema);
  }
  const output = await withSchemaEngine(tracked, [], (engine) => engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS }));
  return { applied: output.appliedMigrationNames };
}
