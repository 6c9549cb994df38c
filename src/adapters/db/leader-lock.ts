// Who delivers the outbox when several replicas share one database: the holder of a PostgreSQL
// session-level advisory lock. The lock lives as long as its connection, so a replica that dies
// (even by SIGKILL) frees it the moment the server sees the socket close.
import type { Client } from 'pg';
import { parseDatabaseUrl } from './database-url.ts';

/** One leadership: `acquire` resolves once this process leads; `lost` resolves if it stops leading. */
export interface LeaderLock {
  /** Waits until this process holds the lock (or `close` is called: then resolves false). */
  acquire(): Promise<boolean>;
  /** Resolves when a held lock is lost (connection broken); never resolves while it is held. */
  readonly lost: Promise<void>;
  /** Releases the lock (if held) and closes the connection. Safe to call twice. */
  close(): Promise<void>;
}

/** Key of the delivery leader's lock (any 64-bit number that no other feature uses). */
export const DELIVERY_LOCK_KEY = 0x616b696d_64656c; // "akimdel"

/** SQLite is one process's database: that process always leads, until the lock is closed. */
export function localLeaderLock(): LeaderLock {
  let release: () => void = () => undefined;
  const lost = new Promise<void>((resolve) => (release = resolve));
  return {
    acquire: async () => true,
    lost,
    close: async () => release(),
  };
}

export interface PostgresLeaderLockOptions {
  url: string;
  key?: number;
  /** How often a held lock checks that its connection is alive (ms). Default 2000. */
  checkMs?: number;
  onError?: (err: unknown) => void;
}

/**
 * Waits on `pg_advisory_lock` over a dedicated connection (not the Prisma pool: the lock belongs to
 * one session). A standby blocks inside the server, so it takes over within milliseconds of the
 * leader's connection closing; a connection error while waiting retries after a second.
 */
export function postgresLeaderLock(opts: PostgresLeaderLockOptions): LeaderLock {
  const target = parseDatabaseUrl(opts.url);
  if (target.provider !== 'postgresql') throw new Error('postgresLeaderLock needs a PostgreSQL DATABASE_URL');
  const key = opts.key ?? DELIVERY_LOCK_KEY;
  let client: Client | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let markLost: () => void = () => undefined;
  const lost = new Promise<void>((resolve) => (markLost = resolve));

  const connect = async (): Promise<Client> => {
    // Loaded here, not at start: a SQLite bot never needs the driver (about 70 ms of a start).
    const { default: pg } = await import('pg');
    const c = new pg.Client({ ...target.pool, application_name: 'akim-bot delivery leader' });
    c.on('error', (err) => {
      opts.onError?.(err);
      markLost();
    });
    c.on('end', () => markLost());
    await c.connect();
    return c;
  };

  return {
    lost,
    async acquire() {
      while (!closed) {
        try {
          client = await connect();
          await client.query('SELECT pg_advisory_lock($1)', [key]);
          if (closed) break;
          timer = setInterval(() => void client?.query('SELECT 1').catch(() => markLost()), opts.checkMs ?? 2000);
          timer.unref();
          return true;
        } catch (err) {
          if (closed) break;
          opts.onError?.(err);
          await client?.end().catch(() => undefined);
          client = undefined;
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
      return false;
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      // Ending the session releases the lock (and cancels a wait still blocked in the server).
      await client?.end().catch(() => undefined);
    },
  };
}
