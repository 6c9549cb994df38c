import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/adapters/db/client.ts';
import { applyMigrations } from '../../src/adapters/db/migrations/index.ts';
import { freshPostgresUrl, freshSqliteUrl, TEST_PROVIDERS } from '../support/databases.ts';

const MIGRATION = '20261127043317_election_nomination_and_declared_winner';

describe.each(TEST_PROVIDERS)('the nomination / declared-winner migration on %s', (provider) => {
  const dir = mkdtempSync(join(tmpdir(), 'akim-prisma-'));
  const drops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const d of drops) await d();
    rmSync(dir, { recursive: true, force: true });
  });

  it('when rows in the old encoding exist, then they move to the new columns', async () => {
    cpSync('prisma', dir, { recursive: true });
    rmSync(join(dir, provider, 'migrations', MIGRATION), { recursive: true });
    const fresh = provider === 'sqlite' ? { url: freshSqliteUrl(), drop: async () => {} } : await freshPostgresUrl();
    drops.push(fresh.drop);
    await applyMigrations(fresh.url, { prismaDir: dir });
    const db = await createDatabase(fresh.url);
    try {
      await db.prisma.$executeRawUnsafe(
        `INSERT INTO "Area" ("id", "kind", "nameKk", "nameRu", "nameEn") VALUES ('a', 'settlement', 'А', 'А', 'A')`,
      );
      await db.prisma.$executeRawUnsafe(`INSERT INTO "Person" ("id", "nameEn") VALUES ('p1', 'One'), ('p2', 'Two'), ('p3', 'Three')`);
      await db.prisma.$executeRawUnsafe(
        `INSERT INTO "Election" ("id", "areaId", "pollDate", "note", "updatedAt") VALUES ('e', 'a', CURRENT_TIMESTAMP, '{"declaredWinner":"p1"}', CURRENT_TIMESTAMP)`,
      );
      await db.prisma.$executeRawUnsafe(
        `INSERT INTO "Candidacy" ("id", "electionId", "personId", "party") VALUES ('e/p1', 'e', 'p1', 'Amanat'), ('e/p2', 'e', 'p2', NULL), ('e/p3', 'e', 'p3', '')`,
      );
    } finally {
      await db.close();
    }
    expect((await applyMigrations(fresh.url)).applied).toEqual([MIGRATION]);
    const after = await createDatabase(fresh.url);
    try {
      const rows = await after.prisma.candidacy.findMany({ orderBy: { id: 'asc' }, select: { id: true, nomination: true, party: true } });
      expect(rows).toEqual([
        { id: 'e/p1', nomination: 'party', party: 'Amanat' },
        { id: 'e/p2', nomination: 'self', party: null },
        { id: 'e/p3', nomination: 'unknown', party: null },
      ]);
      expect(await after.prisma.election.findUnique({ where: { id: 'e' }, select: { declaredWinnerId: true, note: true } })).toEqual({
        declaredWinnerId: 'p1',
        note: null,
      });
    } finally {
      await after.close();
    }
  });
});
