import { describe, expect, it } from 'vitest';
import { claimThenRead, PollingClaims } from '../../src/adapters/telegram/polling-claims.ts';
import { chatId, userId } from '../../src/core/ids.ts';
import type { StoredUpdateLog, UpdateSnapshot } from '../../src/core/ports.ts';
import { createLogger } from '../../src/logger.ts';

/** The database side in memory (id -> when claimed, by `clock`), counting its statements; `failNext` fails the next batch write. */
function storedLog(initial: number[] = [], clock = { now: Date.now() }) {
  const rows = new Map<number, number>(initial.map((id) => [id, clock.now]));
  const calls = { claim: 0, claimAll: 0, release: 0 };
  let fail = false;
  const log: StoredUpdateLog & { rows: Map<number, number>; ids(): number[]; calls: typeof calls; failNext(): void } = {
    rows,
    ids: () => [...rows.keys()].sort((a, b) => a - b),
    calls,
    failNext: () => void (fail = true),
    async claim(id) {
      calls.claim++;
      if (rows.has(id)) return false;
      rows.set(id, clock.now);
      return true;
    },
    async release(id) {
      calls.release++;
      rows.delete(id);
    },
    async prune() {
      return 0;
    },
    async highest() {
      if (!rows.size) return null;
      const updateId = Math.max(...rows.keys());
      return { updateId, claimedAt: new Date(rows.get(updateId)!) };
    },
    async claimAll(ids) {
      calls.claimAll++;
      if (fail) {
        fail = false;
        throw new Error('database is locked');
      }
      for (const id of ids) if (!rows.has(id)) rows.set(id, clock.now);
    },
  };
  return log;
}

const silent = createLogger('silent');
/** A flush period no test waits for: batches are written by flush() or close() only. */
const NEVER = 3_600_000;

async function started(stored: ReturnType<typeof storedLog>, flushMs = NEVER) {
  const claims = new PollingClaims(stored, { log: silent, flushMs });
  await claims.start();
  return claims;
}

describe('update claims held in memory while polling', () => {
  it('when new update ids come in order, then each is claimed once without a database statement, and the batch is written in one', async () => {
    const stored = storedLog();
    const claims = await started(stored);
    expect(await claims.claim(1)).toBe(true);
    expect(await claims.claim(2)).toBe(true);
    expect(await claims.claim(2)).toBe(false);
    expect(await claims.claim(1)).toBe(false);
    expect(stored.calls).toEqual({ claim: 0, claimAll: 0, release: 0 });
    await claims.flush();
    expect(stored.calls.claimAll).toBe(1);
    expect(stored.ids()).toEqual([1, 2]);
    await claims.close();
  });

  it('when the process stops, then the claims it holds are written, and a new process ignores their redelivery', async () => {
    const stored = storedLog();
    const first = await started(stored);
    for (const id of [100, 101, 102]) expect(await first.claim(id)).toBe(true);
    await first.close();
    expect(stored.ids()).toEqual([100, 101, 102]);

    const next = await started(stored);
    for (const id of [100, 101, 102]) expect(await next.claim(id)).toBe(false);
    expect(await next.claim(103)).toBe(true);
    await next.close();
  });

  it('when an id at or below the highest stored claim comes, then the database decides', async () => {
    const stored = storedLog([50, 52]);
    const claims = await started(stored);
    expect(await claims.claim(51)).toBe(true); // never handled: processed
    expect(await claims.claim(52)).toBe(false); // handled before this process
    expect(stored.calls.claim).toBe(2);
    expect(await claims.claim(51)).toBe(false); // now remembered
    expect(stored.calls.claim).toBe(2);
    await claims.close();
  });

  it('when a claim not yet written is released, then nothing reaches the database and its redelivery is processed', async () => {
    const stored = storedLog();
    const claims = await started(stored);
    await claims.claim(7);
    await claims.claim(8);
    await claims.release(7);
    await claims.flush();
    expect(stored.ids()).toEqual([8]);
    expect(stored.calls.release).toBe(0);
    expect(await claims.claim(7)).toBe(true);
    await claims.close();
  });

  it('when a written claim is released, then the database forgets it and its redelivery is processed', async () => {
    const stored = storedLog();
    const claims = await started(stored);
    await claims.claim(9);
    await claims.flush();
    await claims.release(9);
    expect(stored.rows.has(9)).toBe(false);
    expect(await claims.claim(9)).toBe(true);
    await claims.close();
  });

  it('when a batch cannot be written, then memory still answers repeats and the batch is written on the next turn', async () => {
    const stored = storedLog();
    const claims = await started(stored);
    await claims.claim(1);
    stored.failNext();
    await claims.flush();
    expect(stored.rows.size).toBe(0);
    expect(await claims.claim(1)).toBe(false);
    await claims.claim(2);
    await claims.flush();
    expect(stored.ids()).toEqual([1, 2]);
    await claims.close();
  });

  it('when claims come faster than the period, then they are written within it, without a call to flush', async () => {
    const stored = storedLog();
    const claims = await started(stored, 5);
    await claims.claim(1);
    await claims.claim(2);
    const end = Date.now() + 2_000;
    while (stored.rows.size < 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
    expect(stored.ids()).toEqual([1, 2]);
    expect(stored.calls.claimAll).toBe(1);
    await claims.close();
  });

  it('when more ids are claimed than it remembers, then the oldest are asked of the database', async () => {
    const stored = storedLog();
    const claims = new PollingClaims(stored, { log: silent, flushMs: NEVER, remembered: 2 });
    await claims.start();
    for (const id of [1, 2, 3]) await claims.claim(id);
    await claims.flush();
    expect(await claims.claim(1)).toBe(false);
    expect(stored.calls.claim).toBe(1);
    await claims.close();
  });
});

describe('update ids that start anew', () => {
  const DAY = 24 * 3600_000;
  it('when ids start again below the mark after more than a day without updates, then the new sequence is claimed in memory again', async () => {
    const clock = { now: 0 };
    const stored = storedLog([900_000], clock);
    const claims = new PollingClaims(stored, { log: silent, flushMs: NEVER, now: () => clock.now });
    await claims.start();
    clock.now = 8 * DAY; // a week without updates: Telegram picks a random id
    expect(await claims.claim(1_000)).toBe(true);
    expect(stored.calls.claim).toBe(1); // asked of the database once
    expect(await claims.claim(1_001)).toBe(true);
    expect(await claims.claim(1_001)).toBe(false);
    expect(stored.calls.claim).toBe(1);
    await claims.flush();
    expect(stored.ids()).toEqual([1_000, 1_001, 900_000]);
    await claims.close();
  });

  it('when an id below the mark comes within a day of it, then the mark stays and the next ids are still asked of the database', async () => {
    const clock = { now: 0 };
    const stored = storedLog([900_000], clock);
    const claims = new PollingClaims(stored, { log: silent, flushMs: NEVER, now: () => clock.now });
    await claims.start();
    clock.now = DAY / 2;
    expect(await claims.claim(1_000)).toBe(true);
    expect(await claims.claim(1_001)).toBe(true);
    expect(stored.calls.claim).toBe(2);
    await claims.close();
  });
});

describe('a snapshot read after a claim held in memory', () => {
  const snapshot: UpdateSnapshot = { chat: null, user: null, conversation: null, staff: null };
  it('when the claim is lost to a repeat, then the database is not read', async () => {
    const claims = await started(storedLog());
    let reads = 0;
    const snapshots = claimThenRead(claims, {
      read: async () => {
        reads++;
        return snapshot;
      },
      claimAndRead: async () => {
        throw new Error('the one-statement claim must not be used');
      },
    });
    expect((await snapshots.claimAndRead(5, chatId(1), userId(1))).claimed).toBe(true);
    expect((await snapshots.claimAndRead(5, chatId(1), userId(1))).claimed).toBe(false);
    expect(reads).toBe(1);
    await claims.close();
  });
});
