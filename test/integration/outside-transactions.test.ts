import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaUpdateLog } from '../../src/adapters/db/repositories/prisma-update-log.ts';
import { migratedDatabase, TEST_PROVIDERS, type MigratedDatabase } from '../support/databases.ts';

/**
 * Another update's statements must not become part of a transaction that happens to be open: SQLite
 * runs everything on one connection, and a rollback there once took the other update's writes with it.
 */
describe.each(TEST_PROVIDERS)('statements outside an open transaction on %s', (provider) => {
  let m: MigratedDatabase;
  beforeAll(async () => {
    m = await migratedDatabase(provider);
  });
  afterAll(async () => m?.cleanup());

  /** An interactive transaction that writes chat `id`, waits until told, then fails (rolled back). */
  const failingTransaction = (id: bigint) => {
    let fail!: () => void;
    let wrote!: () => void;
    const written = new Promise<void>((r) => (wrote = r));
    const done = m.db.prisma
      .$transaction(async (tx) => {
        await tx.chat.create({ data: { id, type: 'private' } });
        wrote();
        await new Promise<void>((r) => (fail = r));
        throw new Error('rolled back on purpose');
      })
      .catch((err: Error) => err.message);
    return { written, fail: () => fail(), done };
  };

  it("when another update's claim and a raw write come while a transaction is open, then its rollback keeps them", async () => {
    const tx = failingTransaction(901n);
    await tx.written;
    const log = new PrismaUpdateLog(m.db.prisma);
    const claimed = log.claim(555_001);
    // Prisma's queries start when awaited: `then` sends them now, while the transaction is open.
    const wrote = m.db.prisma.$executeRaw`INSERT INTO "Counter" ("name", "value") VALUES ('outside', 1)`.then((n) => n);
    const seen = m.db.prisma.chat.count({ where: { id: 901n } }).then((n) => n);
    await new Promise((r) => setTimeout(r, 20));
    tx.fail();
    expect(await tx.done).toBe('rolled back on purpose');
    expect(await claimed).toBe(true);
    expect(await wrote).toBe(1);
    expect(await seen).toBe(0); // never the open transaction's uncommitted row
    expect(await log.claim(555_001)).toBe(false);
    expect(await m.db.prisma.counter.findUnique({ where: { name: 'outside' } })).toMatchObject({ value: 1 });
    expect(await m.db.prisma.chat.count({ where: { id: 901n } })).toBe(0);
  });

  it('when a transaction commits while others wait, then every statement from outside runs, after it, and sees its rows', async () => {
    let wrote!: () => void;
    const written = new Promise<void>((r) => (wrote = r));
    const tx = m.db.prisma.$transaction(async (t) => {
      await t.chat.create({ data: { id: 902n, type: 'private' } });
      wrote();
      await new Promise((r) => setTimeout(r, 30));
      await t.chat.update({ where: { id: 902n }, data: { title: 'committed' } });
    });
    await written;
    const reads = Array.from({ length: 5 }, () =>
      m.db.prisma.chat.findUnique({ where: { id: 902n }, select: { title: true } }).then((r) => r?.title ?? null),
    );
    await tx;
    const titles = await Promise.all(reads);
    if (provider === 'sqlite') expect(titles).toEqual(Array(5).fill('committed'));
    else expect(titles.every((t) => t === null || t === 'committed')).toBe(true); // its own connections: before or after
  });
});
