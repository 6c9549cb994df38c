import { describe, expect, it } from 'vitest';
import { referenceDataChanged, sharedRead } from '../../src/adapters/db/repositories/shared-read.ts';

describe('whole-table reads shared while in flight', () => {
  const counting = () => {
    let queries = 0;
    let version = 0;
    const release: Array<() => void> = [];
    const read = sharedRead(async (_db: object) => {
      queries++;
      const seen = version;
      await new Promise<void>((r) => release.push(r));
      return [seen];
    });
    return { read, queries: () => queries, bump: () => version++, releaseAll: () => release.splice(0).forEach((r) => r()) };
  };

  it('when many callers read at once, then one query answers them all with the same rows', async () => {
    const t = counting();
    const db = {};
    const reads = [t.read(db), t.read(db), t.read(db)];
    t.releaseAll();
    const [a, b, c] = await Promise.all(reads);
    expect(t.queries()).toBe(1);
    expect(a).toBe(b);
    expect(b).toBe(c);
  });

  it('when a read starts after the last one returned, then it queries again and sees the change', async () => {
    const t = counting();
    const db = {};
    const first = t.read(db);
    t.releaseAll();
    expect(await first).toEqual([0]);
    t.bump();
    const second = t.read(db);
    t.releaseAll();
    expect(await second).toEqual([1]);
    expect(t.queries()).toBe(2);
  });

  it('when two databases are read, then each has its own query; a failed read is not kept', async () => {
    const t = counting();
    const [one, two] = [t.read({}), t.read({})];
    t.releaseAll();
    await Promise.all([one, two]);
    expect(t.queries()).toBe(2);

    let calls = 0;
    const flaky = sharedRead(async (_db: object) => {
      if (++calls === 1) throw new Error('database restarting');
      return 'rows';
    });
    const db = {};
    await expect(flaky(db)).rejects.toThrow('database restarting');
    await expect(flaky(db)).resolves.toBe('rows');
  });
});

describe('reads keyed by their arguments', () => {
  it('when the same areas are asked for in any order, then one query answers; other areas get their own', async () => {
    const asked: string[][] = [];
    const read = sharedRead(
      async (_db: object, ids: readonly string[]) => {
        asked.push([...ids]);
        await Promise.resolve();
        return ids.length;
      },
      { key: (ids) => [...ids].sort().join('\n') },
    );
    const db = {};
    const results = await Promise.all([read(db, ['a', 'b']), read(db, ['b', 'a']), read(db, ['c'])]);
    expect(results).toEqual([2, 2, 1]);
    expect(asked).toEqual([['a', 'b'], ['c']]);
  });
});

describe('reference data kept for a while', () => {
  const kept = () => {
    let clock = 5000;
    let queries = 0;
    let version = 0;
    const read = sharedRead(
      async (_db: object) => {
        queries++;
        return { version, names: ['Ойыл'] };
      },
      { keepMs: 1000, now: () => clock },
    );
    return { read, queries: () => queries, bump: () => version++, advance: (ms: number) => (clock += ms) };
  };

  it('when a read returned less than its age ago, then later callers get it without a query; after that, a new one', async () => {
    const t = kept();
    const db = {};
    expect((await t.read(db)).version).toBe(0);
    t.bump(); // another process writes: not seen until the kept read is older than its age
    t.advance(999);
    expect((await t.read(db)).version).toBe(0);
    expect(t.queries()).toBe(1);
    t.advance(2);
    expect((await t.read(db)).version).toBe(1);
    expect(t.queries()).toBe(2);
  });

  it('when this process writes reference data, then the next read queries again at once, for that database only', async () => {
    const t = kept();
    const [db, other] = [{}, {}];
    await t.read(db);
    await t.read(other);
    t.bump();
    referenceDataChanged(db);
    expect((await t.read(db)).version).toBe(1);
    expect((await t.read(other)).version).toBe(0);
    expect(t.queries()).toBe(3);
  });

  it('when a write lands while a read is in flight, then that read answers its callers but is not kept', async () => {
    let release = () => {};
    let queries = 0;
    const read = sharedRead(
      async (_db: object) => {
        const n = ++queries;
        if (n === 1) await new Promise<void>((r) => (release = r));
        return n;
      },
      { keepMs: 60_000 },
    );
    const db = {};
    const first = read(db);
    referenceDataChanged(db);
    release();
    expect(await first).toBe(1);
    expect(await read(db)).toBe(2);
    expect(await read(db)).toBe(2);
  });

  it('when a kept value is changed by a caller, then that fails instead of changing it for everyone', async () => {
    const t = kept();
    const value = await t.read({});
    expect(() => value.names.push('Актогай')).toThrow(TypeError);
    expect(Object.isFrozen(value)).toBe(true);
  });

  it('when a kept read failed, then the next caller queries again', async () => {
    let calls = 0;
    const read = sharedRead(
      async (_db: object) => {
        if (++calls === 1) throw new Error('database restarting');
        return 'rows';
      },
      { keepMs: 60_000 },
    );
    const db = {};
    await expect(read(db)).rejects.toThrow('database restarting');
    await expect(read(db)).resolves.toBe('rows');
    expect(calls).toBe(2);
  });
});
