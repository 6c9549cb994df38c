import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivePostgresSchema } from '../../scripts/derive-postgres-schema.mjs';
import { createDatabase, type Database } from '../../src/adapters/db/client.ts';
import type { Provider } from '../../src/adapters/db/database-url.ts';
import { applyMigrations, createMigration, DEFAULT_PRISMA_DIR, migrationNames } from '../../src/adapters/db/migrations/index.ts';
import { freshPostgresUrl, freshSqliteUrl, migratedDatabase, tempDir, TEST_PROVIDERS } from '../support/databases.ts';

const SUPERGROUP_ID = -1001234567890n; // past 2^32: the reason Telegram ids are BigInt

function committedNames(provider: Provider, prismaDir = DEFAULT_PRISMA_DIR): Promise<string[]> {
  return migrationNames(join(prismaDir, provider, 'migrations'));
}

describe.each(TEST_PROVIDERS)('migrate deploy on %s', (provider) => {
  let url: string;
  let drop = async (): Promise<void> => {};
  let db: Database | undefined;

  beforeAll(async () => {
    if (provider === 'sqlite') url = freshSqliteUrl();
    else ({ url, drop } = await freshPostgresUrl({ create: false })); // deploy must create it
  });
  afterAll(async () => {
    await db?.close();
    await drop();
  });

  it('when the database does not exist yet, then every committed migration is applied', async () => {
    const { applied } = await applyMigrations(url);
    expect(applied).toEqual(await committedNames(provider));
    expect(applied.length).toBeGreaterThan(0);
  });

  it('when deploy runs a second time, then it applies nothing', async () => {
    expect(await applyMigrations(url)).toEqual({ applied: [] });
  });

  it("then Prisma's _prisma_migrations table records each migration as finished", async () => {
    db = await createDatabase(url);
    const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; finished_at: unknown }[]>(
      'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(await committedNames(provider));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it('then a supergroup id (BigInt) and DateTimes round-trip exactly', async () => {
    db ??= await createDatabase(url);
    const greetedAt = new Date('2026-03-01T12:34:56.789Z');
    await db.prisma.chat.create({ data: { id: SUPERGROUP_ID, type: 'supergroup', greetedAt } });
    const chat = await db.prisma.chat.findUniqueOrThrow({ where: { id: SUPERGROUP_ID } });
    expect(chat.id).toBe(SUPERGROUP_ID);
    expect(chat.greetedAt?.toISOString()).toBe(greetedAt.toISOString());
    expect(chat.createdAt).toBeInstanceOf(Date);
    expect(await db.ping()).toBe(true);
  });
});

describe('createMigration', () => {
  let prismaDir: string;
  beforeAll(() => {
    prismaDir = tempDir('akim-prisma-');
    cpSync(DEFAULT_PRISMA_DIR, prismaDir, { recursive: true });
  });

  it('when the schema matches the committed migrations, then it writes nothing', async () => {
    expect(await createMigration('nothing_changed', { prismaDir, derivePostgres: derivePostgresSchema })).toEqual({});
    for (const provider of ['sqlite', 'postgresql'] as const) {
      expect(await committedNames(provider, prismaDir)).toEqual(await committedNames(provider));
    }
  });

  it('when a model gains a field in the sqlite schema only, then the postgresql schema is derived and both providers get a migration under one name that applies', async () => {
    const sqliteSchema = join(prismaDir, 'sqlite', 'schema.prisma');
    const edited = readFileSync(sqliteSchema, 'utf8').replace(/(model Counter \{\n)/, '$1  note String?\n');
    writeFileSync(sqliteSchema, edited); // no db:generate: the derived schema is stale

    const written = await createMigration('counter note', {
      prismaDir,
      derivePostgres: derivePostgresSchema,
      now: new Date('2099-01-02T03:04:05Z'),
    });
    expect(written.postgresqlSchema).toBe(join(prismaDir, 'postgresql', 'schema.prisma'));
    expect(readFileSync(written.postgresqlSchema!, 'utf8')).toBe(derivePostgresSchema(edited));
    expect(written.sqlite).toMatch(/20990102030405_counter_note[/\\]migration\.sql$/);
    expect(written.postgresql).toMatch(/20990102030405_counter_note[/\\]migration\.sql$/);
    expect(readFileSync(written.postgresql!, 'utf8')).toMatch(/ALTER TABLE "Counter" ADD COLUMN\s+"note" TEXT/);
    expect(readdirSync(join(prismaDir, 'sqlite', 'migrations'))).toContain('migration_lock.toml');

    const { applied } = await applyMigrations(freshSqliteUrl(), { prismaDir });
    expect(applied.at(-1)).toBe('20990102030405_counter_note');
  });
});

describe('SQLite shared by two connections', () => {
  it('when a transaction is open, then it already holds the write lock (BEGIN IMMEDIATE), so writers wait', async () => {
    const { db: first, url, cleanup } = await migratedDatabase('sqlite');
    const second = await createDatabase(url, { busyTimeoutMs: 50 });
    try {
      let release = (): void => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let started = (): void => {};
      const open = new Promise<void>((resolve) => (started = resolve));
      const transaction = first.prisma.$transaction(async (tx) => {
        await tx.counter.findMany(); // reads first: a deferred BEGIN would hold no write lock here
        started();
        await held;
        await tx.counter.create({ data: { name: 'first' } });
      });
      await open;
      await expect(second.prisma.counter.create({ data: { name: 'second' } })).rejects.toThrow();
      release();
      await transaction;
      await second.prisma.counter.create({ data: { name: 'second' } });
      expect(await first.prisma.counter.count()).toBe(2);
    } finally {
      await second.close();
      await cleanup();
    }
  });
});
