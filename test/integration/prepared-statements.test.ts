// The update path's hot statements are kept prepared on each PostgreSQL connection (parsed and planned
// once), every other statement stays unnamed; on SQLite the same calls work unchanged.
import { raw, sqltag as sql } from '@prisma/client/runtime/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../src/adapters/db/client.ts';
import { MAX_PREPARED, prepared, preparedName, readerOf, statementOf } from '../../src/adapters/db/raw-rows.ts';
import { PrismaChatRepository } from '../../src/adapters/db/repositories/prisma-chat-repository.ts';
import { PrismaUpdateSnapshots } from '../../src/adapters/db/repositories/prisma-update-snapshots.ts';
import { PrismaUserRepository } from '../../src/adapters/db/repositories/prisma-user-repository.ts';
import { chatId, userId } from '../../src/core/ids.ts';
import { migratedDatabase, TEST_PROVIDERS, type MigratedDatabase } from '../support/databases.ts';

describe('prepared statement names', () => {
  it('when a statement is marked, then its text always gets the same name, and unmarked texts get none', () => {
    const q = (id: number) => sql`SELECT "id" FROM "Chat" WHERE "id" = ${id} AND 'marked-once' = 'marked-once'`;
    const first = prepared(q(1));
    expect(first.values).toEqual([1]);
    const name = preparedName(statementOf(first, 'dollar'));
    expect(name).toMatch(/^akim_\d+$/);
    expect(preparedName(statementOf(prepared(q(2)), 'dollar'))).toBe(name);
    expect(preparedName(statementOf(q(3), 'dollar'))).toBe(name);
    expect(preparedName(statementOf(sql`SELECT ${1} AS "never marked"`, 'dollar'))).toBeUndefined();
    // SQLite keeps every statement prepared anyway: a marked statement is not named there.
    const other = sql`SELECT "id" FROM "Chat" WHERE "id" = ${1} AND 'sqlite-only' = 'sqlite-only'`;
    expect(statementOf(prepared(other), 'question').sql).toContain('?');
    expect(preparedName({ sql: other.text })).toBeUndefined();
  });
});

describe.each(TEST_PROVIDERS)('the update path on %s with prepared statements', (provider) => {
  let m: MigratedDatabase;
  let one: Database;
  beforeAll(async () => {
    m = await migratedDatabase(provider);
    // One connection: every statement below runs on it, so what it keeps prepared can be read back.
    one = await createDatabase(m.url, { poolMax: 1 });
  });
  afterAll(async () => {
    await one?.close();
    await m?.cleanup();
  });

  it('when updates are claimed and read, people and chats seen, then the results are right and PostgreSQL keeps those statements prepared', async () => {
    const snapshots = new PrismaUpdateSnapshots(one.prisma);
    const chats = new PrismaChatRepository(one.prisma);
    const users = new PrismaUserRepository(one.prisma);
    for (let i = 0; i < 8; i++) {
      const c = chatId(BigInt(6_600_000 + i)),
        u = userId(BigInt(6_600_000 + i));
      const first = await snapshots.claimAndRead(66_000 + i, c, u);
      expect(first).toEqual({ claimed: true, snapshot: { chat: null, user: null, conversation: null, staff: null } });
      expect(await chats.upsertSeen({ id: c, type: 'private', title: null })).toMatchObject({
        id: BigInt(6_600_000 + i),
        status: 'active',
      });
      expect(await users.touch({ id: u, languageCode: 'kk' })).toMatchObject({ id: BigInt(6_600_000 + i), languageCode: 'kk' });
      const again = await snapshots.claimAndRead(66_000 + i, c, u);
      expect(again.claimed).toBe(false);
      expect(again.snapshot.chat?.id).toBe(BigInt(6_600_000 + i));
      expect(again.snapshot.user?.languageCode).toBe('kk');
    }
    if (provider !== 'postgresql') return;
    const rows = await readerOf(one.prisma)(sql`SELECT "name", "statement" FROM pg_prepared_statements ORDER BY "name"`);
    const statements = rows.map(([name, text]) => ({ name: String(name), text: String(text) }));
    expect(statements.every((s) => /^akim_\d+$/.test(s.name))).toBe(true);
    expect(statements.some((s) => s.text.includes('WITH "claim"'))).toBe(true);
    expect(statements.some((s) => s.text.includes('INSERT INTO "Chat"'))).toBe(true);
    expect(statements.some((s) => s.text.includes('INSERT INTO "User"'))).toBe(true);
    // The statement listing them was not marked, so it is not kept.
    expect(statements.some((s) => s.text.includes('pg_prepared_statements'))).toBe(false);
  });
});

// Last: it fills the process's bound, after which nothing new is named.
describe('the bound on prepared statements', () => {
  it('when more texts are marked than the bound, then the rest stay unnamed', () => {
    const text = (i: number) => sql`SELECT ${i} AS ${raw(`"bound_${i}"`)}`;
    for (let i = 0; i < MAX_PREPARED + 5; i++) statementOf(prepared(text(i)), 'dollar');
    const named = Array.from({ length: MAX_PREPARED + 5 }, (_, i) => preparedName({ sql: text(i).text }));
    expect(named.filter(Boolean).length).toBeLessThanOrEqual(MAX_PREPARED);
    expect(named.at(-1)).toBeUndefined();
  });
});
