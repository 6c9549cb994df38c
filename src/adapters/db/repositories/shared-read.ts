/**
 * Whole-table reads that many updates make at once (every area, every person: a question on election
 * night needs both) share one query while it is in flight. Nothing is kept once it returns, so a read
 * never sees older data than a query started at that moment would: this holds with several replicas and
 * right after an import. Callers get the same array and must not change it (none does: they copy to sort).
 */
export function sharedRead<Db extends object, T>(load: (db: Db) => Promise<T>): (db: Db) => Promise<T> {
  const inFlight = new WeakMap<Db, Promise<T>>();
  return (db) => {
    const pending = inFlight.get(db);
    if (pending) return pending;
    const read = load(db).finally(() => inFlight.delete(db));
    inFlight.set(db, read);
    return read;
  };
}
