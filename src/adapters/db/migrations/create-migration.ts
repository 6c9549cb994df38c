// `prisma migrate dev --create-only` without the native engine, for both providers at once.
// The new SQL is the diff from the committed migrations (replayed into a shadow database) to the
// schema; the engine's own createMigration needs a shadow cache that only devDiagnostic fills.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DiffTarget } from '@prisma/schema-engine-wasm';
import { parseDatabaseUrl, type Provider } from '../database-url.ts';
import { DEFAULT_PRISMA_DIR, migrationsDir, schemaFile, type PrismaDirOption } from './paths.ts';
import { postgresMigrationFactory } from './postgres-factory.ts';
import { LOCKFILE, lockfileContent, MIGRATION_FILE, readMigrationsList } from './read-migrations.ts';
import { MigrationError, NO_FILTERS, withSchemaEngine } from './run-engine.ts';
import { sqliteMigrationFactory } from './sqlite-factory.ts';

/** Where PostgreSQL shadow databases are created unless SHADOW_DATABASE_URL says otherwise. */
export const DEFAULT_SHADOW_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Turns the sqlite schema's text into the postgresql one's. */
export type DerivePostgresSchema = (sqliteSchema: string) => string;

/** Options for {@link createMigration}. */
export interface CreateMigrationOptions extends PrismaDirOption {
  /**
   * The derivation `npm run db:generate` uses (scripts/derive-postgres-schema.mjs, passed in by the
   * CLI): postinstall runs it before src/ exists, so it lives in scripts/ and this adapter takes it.
   */
  derivePostgres: DerivePostgresSchema;
  /**
   * A PostgreSQL database to connect to; temporary `prisma_migrate_shadow_db_*` databases are created
   * next to it and dropped. Default: SHADOW_DATABASE_URL, else {@link DEFAULT_SHADOW_SERVER_URL}.
   */
  shadowDatabaseUrl?: string;
  /** Clock for the directory timestamp (tests). */
  now?: Date;
}

/** Prisma's directory name: UTC yyyyMMddHHmmss + "_" + the name in snake case. */
export function migrationDirName(name: string, now: Date): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!slug) throw new MigrationError(`migration name "${name}" has no letters or digits`);
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `${stamp}_${slug}`;
}

/** The schema the engine diffs against; the postgres one is always derived from the sqlite one, never read. */
async function schemaFor(prismaDir: string, provider: Provider, derive: DerivePostgresSchema): Promise<string> {
  const sqlite = await readFile(schemaFile(prismaDir, 'sqlite'), 'utf8');
  return provider === 'sqlite' ? sqlite : derive(sqlite);
}

/** Writes the derived postgres schema when its text differs. @returns its path when written */
async function writeDerivedSchema(prismaDir: string, derive: DerivePostgresSchema): Promise<string | undefined> {
  const path = schemaFile(prismaDir, 'postgresql');
  const derived = await schemaFor(prismaDir, 'postgresql', derive);
  if ((await readFile(path, 'utf8').catch(() => null)) === derived) return undefined;
  await writeFile(path, derived);
  return path;
}

/** SQL that takes the committed migrations of `provider` to its schema, or null when nothing differs. */
async function diffFor(provider: Provider, options: Required<Omit<CreateMigrationOptions, 'now'>>) {
  const dir = migrationsDir(options.prismaDir, provider);
  const list = await readMigrationsList(dir);
  if (list.lockfile.content && !list.lockfile.content.includes(`provider = "${provider}"`)) {
    throw new MigrationError(`${join(dir, LOCKFILE)} is locked to another provider`);
  }
  // The engine picks the SQL dialect from the lock file; a first migration has none yet.
  list.lockfile.content ??= lockfileContent(provider);
  const schema = {
    path: schemaFile(options.prismaDir, provider),
    content: await schemaFor(options.prismaDir, provider, options.derivePostgres),
  };
  // Always from the migrations folder, even when it is empty: for PostgreSQL, diffing from "empty"
  // adds a CREATE SCHEMA "public" that `prisma migrate dev` (which replays into a shadow db) would not.
  const from: DiffTarget = { tag: 'migrations', ...list };
  const tracked =
    provider === 'sqlite'
      ? await sqliteMigrationFactory(null) // in-memory main and shadow
      : shadowFactory(options.shadowDatabaseUrl);
  const to: DiffTarget = { tag: 'schemaDatamodel', files: [schema] };
  try {
    const result = await withSchemaEngine(tracked, [schema], (engine) =>
      engine.diff({ from, to, script: true, exitCode: true, filters: NO_FILTERS }),
    );
    return result.exitCode === 2 && result.stdout?.trim() ? result.stdout : null;
  } catch (error) {
    if (provider === 'sqlite') throw error;
    const where = options.shadowDatabaseUrl.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
    const message = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`${message} (PostgreSQL shadow databases are created via ${where}; set SHADOW_DATABASE_URL)`, {
      cause: error,
    });
  }
}

function shadowFactory(url: string) {
  const target = parseDatabaseUrl(url);
  if (target.provider !== 'postgresql') throw new MigrationError('SHADOW_DATABASE_URL must be a postgresql:// URL');
  return postgresMigrationFactory(target.pool);
}

/** What {@link createMigration} wrote: migration.sql files by provider, and the derived schema if it changed. */
export interface WrittenMigration {
  sqlite?: string;
  postgresql?: string;
  postgresqlSchema?: string;
}

/**
 * Derives prisma/postgresql/schema.prisma from the sqlite schema (the one file to edit) and writes
 * prisma/<provider>/migrations/<timestamp>_<name>/migration.sql for SQLite and PostgreSQL,
 * each holding what the schema adds to that provider's committed migrations (plus migration_lock.toml
 * if missing). A provider whose migrations already match the schema gets nothing.
 * @returns absolute paths of the written files
 */
export async function createMigration(name: string, options: CreateMigrationOptions): Promise<WrittenMigration> {
  const resolved = {
    derivePostgres: options.derivePostgres,
    prismaDir: options.prismaDir ?? DEFAULT_PRISMA_DIR,
    shadowDatabaseUrl: options.shadowDatabaseUrl ?? process.env.SHADOW_DATABASE_URL ?? DEFAULT_SHADOW_SERVER_URL,
  };
  const dirName = migrationDirName(name, options.now ?? new Date()); // one name for both providers
  // Diff both before writing either, so a PostgreSQL failure leaves no half-created pair behind.
  const providers: Provider[] = ['sqlite', 'postgresql'];
  const scripts: (string | null)[] = [];
  // One after the other: both engines would share one wasm instance.
  for (const provider of providers) scripts.push(await diffFor(provider, resolved));
  const written: WrittenMigration = {};
  const schema = await writeDerivedSchema(resolved.prismaDir, resolved.derivePostgres);
  if (schema) written.postgresqlSchema = schema;
  for (const [i, provider] of providers.entries()) {
    const sql = scripts[i];
    if (!sql) continue;
    const dir = migrationsDir(resolved.prismaDir, provider);
    await mkdir(join(dir, dirName), { recursive: true });
    const lock = join(dir, LOCKFILE);
    await writeFile(lock, lockfileContent(provider), { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    written[provider] = join(dir, dirName, MIGRATION_FILE);
    await writeFile(written[provider], sql, { flag: 'wx' }); // never overwrite a committed migration
  }
  return written;
}
