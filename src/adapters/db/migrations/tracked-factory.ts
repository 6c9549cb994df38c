// A driver adapter factory that remembers every adapter it hands out, so the runner can dispose them
// all: the schema engine connects (main and shadow) but never disposes, which leaves SQLite files
// locked (it sets locking_mode=EXCLUSIVE) and PostgreSQL pools open.
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/** A migration-aware factory plus a way to release everything it connected. */
export interface TrackedFactory {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Disposes every adapter the factory connected (each once), in reverse order. */
  disposeAll(): Promise<void>;
}

/** How to open the main and the shadow connection for one provider. */
export interface ConnectFunctions {
  provider: SqlMigrationAwareDriverAdapterFactory['provider'];
  adapterName: string;
  connect(): Promise<SqlDriverAdapter>;
  connectToShadowDb(): Promise<SqlDriverAdapter>;
}

/** Wraps `connect`/`connectToShadowDb` so each adapter's `dispose` runs once and none is forgotten. */
export function trackedFactory(fns: ConnectFunctions): TrackedFactory {
  const open: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () => (disposed ??= dispose());
    open.push(adapter);
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: fns.provider,
    adapterName: fns.adapterName,
    connect: async () => track(await fns.connect()),
    connectToShadowDb: async () => track(await fns.connectToShadowDb()),
  };
  const disposeAll = async (): Promise<void> => {
    const errors: unknown[] = [];
    for (const adapter of open.splice(0).reverse()) {
      await adapter.dispose().catch((error: unknown) => errors.push(error));
    }
    if (errors.length > 0) throw errors[0];
  };
  return { factory, disposeAll };
}
