import { LRUCache } from 'lru-cache';

/**
 * How long reference data (areas, people, elections with their results, complaint categories) read by
 * one query answers later reads in the same process. Writes made through this process drop it at once
 * (`referenceDataChanged`); a write made by another process (another replica, `npm run import`) is seen
 * at most this long after it committed. On election night thousands of questions a second then cost
 * one read of each table a second instead of several each.
 */
export const REFERENCE_READ_MAX_AGE_MS = 1000;

/** Per database: bumped by every write of reference data made through this process. */
const generations = new WeakMap<object, number>();

/**
 * Reference data of `db` was written (an import, results entered, categories seeded): every kept read of
 * it is dropped, and a read in flight that started before the write is not kept either. Call it after
 * the write committed.
 */
export function referenceDataChanged(db: object): void {
  generations.set(db, (generations.get(db) ?? 0) + 1);
}

export interface SharedReadOptions<A extends unknown[]> {
  /** Reads with the same key share one query (default: one key). */
  key?: (...args: A) => string;
  /**
   * How long a finished read answers later callers (default 0: only callers while it is in flight, so
   * a read never sees older data than a query started at that moment would).
   */
  keepMs?: number;
  /** Keys kept per database, least recently used dropped first (default 500). */
  maxKeys?: number;
  /** Clock for the age of kept reads (tests). */
  now?: () => number;
}

/** Kept values are shared by every caller for a while: a caller that changed one would change them all. */
function freezeDeep<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || value instanceof Date) return value;
  if (value instanceof Map) {
    for (const v of value.values()) freezeDeep(v);
    return value;
  }
  for (const v of Object.values(value)) freezeDeep(v);
  return Object.freeze(value);
}

interface Kept<T> {
  read: Promise<T>;
  generation: number;
}

/**
 * Reads that many updates make at once (every area, every person, an area's elections: on election
 * night thousands ask "who won?" about the same place) share one query while it is in flight, and with
 * `keepMs` for that long after. Callers get the same objects and must not change them (none does: they
 * copy before sorting); kept values are frozen, so a caller that tried would fail in the tests. A failed
 * read is never kept.
 */
export function sharedRead<Db extends object, A extends unknown[], T>(
  load: (db: Db, ...args: A) => Promise<T>,
  options: SharedReadOptions<A> = {},
): (db: Db, ...args: A) => Promise<T> {
  const key = options.key ?? (() => '');
  const keepMs = options.keepMs ?? 0;
  const now = options.now ?? (() => performance.now());
  const caches = new WeakMap<Db, LRUCache<string, Kept<T>>>();
  const cacheOf = (db: Db) => {
    let cache = caches.get(db);
    if (!cache) {
      cache = new LRUCache<string, Kept<T>>({ max: options.maxKeys ?? 500, perf: { now }, ttlResolution: 0 });
      caches.set(db, cache);
    }
    return cache;
  };
  return (db, ...args) => {
    const cache = cacheOf(db);
    const k = key(...args);
    const generation = generations.get(db) ?? 0;
    const kept = cache.get(k);
    if (kept && kept.generation === generation) return kept.read;
    const read = load(db, ...args);
    const entry: Kept<T> = { read: keepMs > 0 ? read.then(freezeDeep) : read, generation };
    cache.set(k, entry, { ttl: 0 }); // in flight: shared however long it takes
    const settled = (keep: boolean) => () => {
      if (cache.peek(k) !== entry) return;
      if (keep && keepMs > 0)
        cache.set(k, entry, { ttl: keepMs }); // kept from the moment it returned
      else cache.delete(k);
    };
    entry.read.then(settled(true), settled(false)); // a failed read is never kept
    return entry.read;
  };
}
