/**
 * Reads that many updates make at once (every area, every person, an area's elections: on election
 * night thousands ask "who won?" about the same place) share one query while it is in flight. Nothing
 * is kept once it returns, so a read never sees older data than a query started at that moment would:
 * this holds with several replicas and right after an import. Callers get the same objects and must not
 * change them (none does: they copy before sorting).
 */
export function sharedRead<Db extends object, A extends unknown[], T>(
  load: (db: Db, ...args: A) => Promise<T>,
  key: (...args: A) => string = () => '',
): (db: Db, ...args: A) => Promise<T> {
  const inFlight = new WeakMap<Db, Map<string, Promise<T>>>();
  return (db, ...args) => {
    let reads = inFlight.get(db);
    if (!reads) inFlight.set(db, (reads = new Map()));
    const k = key(...args);
    const pending = reads.get(k);
    if (pending) return pending;
    const read = load(db, ...args).finally(() => reads.delete(k));
    reads.set(k, read);
    return read;
  };
}
