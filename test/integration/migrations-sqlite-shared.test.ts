import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/adapters/db/client.ts';
import { applyMigrations, DEFAULT_PRISMA_DIR, MigrationError, migrationNames } from '../../src/adapters/db/migrations/index.ts';
import { migrationsDir } from '../../src/adapters/db/migrations/paths.ts';
import { readMigrationsList } from '../../src/adapters/db/migrations/read-migrations.ts';
import { NO_FILTERS, withSchemaEngine } from '../../src/adapters/db/migrations/run-engine.ts';
import { sqliteMigrationFactory } from '../../src/adapters/db/migrations/sqlite-factory.ts';
import { sqliteMigrationsUpToDate } from '../../src/adapters/db/migrations/sqlite-up-to-date.ts';
import { parseDatabaseUrl } from '../../src/adapters/db/database-url.ts';
import { freshSqliteUrl, tempDir } from '../support/databases.ts';

describe('migrating a SQLite file another process uses', () => {
  it('when every migration is applied, then a second migrate while the bot holds the file returns at once', async () => {
    const url = freshSqliteUrl();
    expect((await applyMigrations(url)).applied.length).toBeGreaterThan(0);
    const running = await createDatabase(url);
    try {
      await running.prisma.chat.create({ data: { id: 1n, type: 'private' } });
      expect(await applyMigrations(url)).toEqual({ applied: [] });
      expect(await running.ping()).toBe(true);
    } finally {
      await running.close();
    }
  });

  it('when a migration is missing or its checksum differs, then the engine is asked', async () => {
    const url = freshSqliteUrl();
    const file = (parseDatabaseUrl(url) as { file: string }).file;
    expect(sqliteMigrationsUpToDate(file, [{ name: 'x', sql: '' }])).toBe(false);
    await applyMigrations(url);
    expect(sqliteMigrationsUpToDate(file, [{ name: '20261127040337_init', sql: '-- edited' }])).toBe(false);
    expect(sqliteMigrationsUpToDate(file, [])).toBe(true);
  });
});

describe('a new SQLite database', () => {
  const fileOf = (url: string) => (parseDatabaseUrl(url) as { file: string }).file;
  const schemaOf = (file: string) => {
    const db = new BetterSqlite3(file, { readonly: true });
    try {
      return db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();
    } finally {
      db.close();
    }
  };
  const recordsOf = (file: string) => {
    const db = new BetterSqlite3(file, { readonly: true });
    try {
      return db.prepare('SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name').all() as Array<Record<string, unknown>>;
    } finally {
      db.close();
    }
  };
  const byEngine = async (file: string, prismaDir = DEFAULT_PRISMA_DIR) => {
    const list = await readMigrationsList(migrationsDir(prismaDir, 'sqlite'));
    const out = await withSchemaEngine(await sqliteMigrationFactory(file), [], (e) =>
      e.applyMigrations({ migrationsList: list, filters: NO_FILTERS }),
    );
    return out.appliedMigrationNames;
  };

  it("when it is migrated at start, then it holds the schema engine's tables and records, byte for byte but ids and times", async () => {
    const fast = fileOf(freshSqliteUrl());
    const engine = fileOf(freshSqliteUrl());
    const names = await migrationNames(migrationsDir(DEFAULT_PRISMA_DIR, 'sqlite'));
    expect((await applyMigrations(`file:${fast}`)).applied).toEqual(names);
    expect(await byEngine(engine)).toEqual(names);
    expect(schemaOf(fast)).toEqual(schemaOf(engine));
    const timeless = (rows: Array<Record<string, unknown>>) => rows.map(({ id: _id, started_at: _s, finished_at: _f, ...rest }) => rest);
    const fastRows = recordsOf(fast);
    expect(timeless(fastRows)).toEqual(timeless(recordsOf(engine)));
    const engineRow = recordsOf(engine)[0]!;
    for (const row of fastRows) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      for (const column of ['started_at', 'finished_at'] as const) {
        expect(String(row[column]).replace(/\d/g, '0')).toBe(String(engineRow[column]).replace(/\d/g, '0'));
      }
    }
  });

  it('then the schema engine takes it from there: a later migration is the only one it applies', async () => {
    const url = freshSqliteUrl();
    await applyMigrations(url);
    const prismaDir = tempDir();
    cpSync(DEFAULT_PRISMA_DIR, prismaDir, { recursive: true });
    const extra = join(migrationsDir(prismaDir, 'sqlite'), '29990101000000_extra');
    mkdirSync(extra);
    writeFileSync(join(extra, 'migration.sql'), 'CREATE TABLE "Extra" ("id" INTEGER NOT NULL PRIMARY KEY);\n');
    expect(await applyMigrations(url, { prismaDir })).toEqual({ applied: ['29990101000000_extra'] });
    expect(await applyMigrations(url, { prismaDir })).toEqual({ applied: [] });
  });

  it('when a migration fails on it, then nothing is kept and a corrected run applies them all', async () => {
    const url = freshSqliteUrl();
    const prismaDir = tempDir();
    cpSync(DEFAULT_PRISMA_DIR, prismaDir, { recursive: true });
    const bad = join(migrationsDir(prismaDir, 'sqlite'), '29990101000000_bad', 'migration.sql');
    mkdirSync(dirname(bad));
    writeFileSync(bad, 'CREATE TABLE "Chat" ("id" INTEGER);\n'); // already exists
    await expect(applyMigrations(url, { prismaDir })).rejects.toThrow(MigrationError);
    expect(schemaOf(fileOf(url))).toEqual([]);
    rmSync(dirname(bad), { recursive: true });
    expect((await applyMigrations(url, { prismaDir })).applied).toEqual(await migrationNames(migrationsDir(prismaDir, 'sqlite')));
  });
});
