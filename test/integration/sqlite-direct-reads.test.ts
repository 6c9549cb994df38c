// SQLite's raw reads skip the driver adapter's layers (`sqlite-adapter.ts`): they must give exactly what
// the adapter's own queryRaw gives, and like it wait for a transaction that is open on the connection.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argTypeOf, DIRECT_READS, type DirectReads } from '../../src/adapters/db/raw-rows.ts';
import { sqliteAdapterFactory } from '../../src/adapters/db/sqlite-adapter.ts';

let dir: string;
let adapter: SqlDriverAdapter;
let direct: DirectReads;
const viaAdapter = async (sql: string, args: unknown[]) => (await adapter.queryRaw({ sql, args, argTypes: args.map(argTypeOf) })).rows;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'akim-direct-'));
  adapter = await sqliteAdapterFactory(join(dir, 'direct.db'), 5_000, { afterStatements: 1_000_000 }).connect();
  direct = (adapter as unknown as Record<symbol, DirectReads>)[DIRECT_READS]!;
  await adapter.executeScript(`
    CREATE TABLE "T" (
      "id" INTEGER NOT NULL PRIMARY KEY, "big" BIGINT, "at" DATETIME, "ratio" REAL, "name" TEXT,
      "flag" BOOLEAN, "small" INT, "raw" BLOB, "money" DECIMAL
    );
    INSERT INTO "T" VALUES (1, 9007199254740993, '2026-12-01T10:00:00.000+00:00', 0.5, 'Әлия', 1, 7, x'00ff', 1.25);
    INSERT INTO "T" VALUES (2, 42, 1796149946364, 2, NULL, 0, 3.75, NULL, NULL);
    INSERT INTO "T" VALUES (3, -1002003004005, NULL, NULL, '', NULL, NULL, NULL, 3);`);
});
afterAll(async () => {
  await adapter?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('SQLite raw reads without the adapter layers', () => {
  it.each([
    ['every column type, integers past 2^53, times as text and as numbers', 'SELECT * FROM "T" ORDER BY "id"', []],
    [
      'expressions without a declared type',
      'SELECT count(*), EXISTS (SELECT 1 FROM "T" WHERE "id" = ?), NULL, 1.5, max("big") FROM "T"',
      [2],
    ],
    [
      'arguments: a bigint, a date, a boolean, text, null',
      'SELECT ?, ?, ?, ?, ? FROM "T" WHERE "id" = 1',
      [5n, new Date('2026-12-01T10:00:00Z'), true, 'x', null],
    ],
    ['a join where nothing matches', 'SELECT t."id", u."at" FROM "T" t LEFT JOIN "T" u ON u."id" = -t."id" WHERE t."big" > ?', [41n]],
    ['no rows', 'SELECT "id", "at" FROM "T" WHERE "id" = ?', [99]],
  ])('when reading %s, then the rows equal the adapter queryRaw rows', async (_what, sql, args) => {
    const expected = await viaAdapter(sql, args);
    expect(await direct.query(sql, args)).toEqual(expected);
  });

  it('when a statement fails, then the error is the adapter’s own', async () => {
    const fromAdapter = await viaAdapter('SELECT "nope" FROM "T"', []).catch((e: unknown) => e);
    const fromDirect = await direct.query('SELECT "nope" FROM "T"', []).catch((e: unknown) => e);
    expect(fromDirect).toBeInstanceOf(Error);
    expect((fromDirect as Error).constructor).toBe((fromAdapter as Error).constructor);
    expect((fromDirect as Error).message).toBe((fromAdapter as Error).message);
  });

  it('when a transaction is open on the connection, then a read waits for its end and never sees its uncommitted rows', async () => {
    const tx = await adapter.startTransaction();
    await tx.executeRaw({
      sql: 'INSERT INTO "T" ("id", "name") VALUES (?, ?)',
      args: [10, 'inside'],
      argTypes: [argTypeOf(10), argTypeOf('x')],
    });
    let seen: unknown[][] | undefined;
    const read = direct.query('SELECT "name" FROM "T" WHERE "id" = ?', [10]).then((rows) => (seen = rows));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toBeUndefined();
    // As Prisma's client ends one: the statement on the transaction, then its release.
    await tx.executeRaw({ sql: 'ROLLBACK', args: [], argTypes: [] });
    await tx.rollback();
    await read;
    expect(seen).toEqual([]);
  });
});
