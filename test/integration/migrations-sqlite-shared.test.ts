import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/adapters/db/client.ts';
import { applyMigrations } from '../../src/adapters/db/migrations/index.ts';
import { sqliteMigrationsUpToDate } from '../../src/adapters/db/migrations/sqlite-up-to-date.ts';
import { parseDatabaseUrl } from '../../src/adapters/db/database-url.ts';
import { freshSqliteUrl } from '../support/databases.ts';

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
