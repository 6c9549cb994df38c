// Turns DATABASE_URL into what each driver needs. Shared by the client factory and the migration runner
// so both agree on which provider a URL means and where a relative SQLite file lives.
import { isAbsolute, resolve } from 'node:path';
import type { PoolConfig } from 'pg';

/** The two database providers the project ships migrations and clients for. */
export type Provider = 'sqlite' | 'postgresql';

/** A parsed DATABASE_URL. */
export type DatabaseTarget =
  | { provider: 'sqlite'; url: string; file: string }
  | { provider: 'postgresql'; url: string; pool: PoolConfig; database: string; schema?: string };

/**
 * Parses a `file:` (SQLite; relative paths resolve against the process cwd) or `postgres(ql)://` URL.
 * @throws Error naming DATABASE_URL for any other scheme or a URL with no file / database name.
 */
export function parseDatabaseUrl(url: string, cwd: string = process.cwd()): DatabaseTarget {
  if (url.startsWith('file:')) return { provider: 'sqlite', url, file: sqliteFile(url, cwd) };
  if (/^postgres(ql)?:\/\//.test(url)) return postgresTarget(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got ${scheme ? `"${scheme}:"` : 'no scheme'}`,
  );
}

/** `file:./data/bot.db`, `file:data/bot.db`, `file:/abs/bot.db` or `file:///abs/bot.db`; query dropped. */
function sqliteFile(url: string, cwd: string): string {
  let path = decodeURIComponent(url.slice('file:'.length).replace(/[?#].*$/, ''));
  if (path.startsWith('//')) path = path.replace(/^\/\/[^/]*/, ''); // file://host/abs -> /abs
  if (!path) throw new Error('DATABASE_URL: a file: URL needs a path, e.g. file:./data/bot.db');
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/**
 * A parsed config object instead of `connectionString`: node-postgres lets `connectionString`
 * override `database`, which would point a "shadow" or maintenance connection at the main database.
 */
function postgresTarget(url: string): DatabaseTarget {
  const parsed = new URL(url);
  const params = parsed.searchParams;
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new Error('DATABASE_URL: a postgresql:// URL needs a database name, e.g. /bot');
  const pool: PoolConfig = {
    host: params.get('host') ?? (decodeURIComponent(parsed.hostname) || 'localhost'),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database,
    ssl: sslOption(params.get('sslmode')),
    application_name: params.get('application_name') ?? undefined,
    max: params.has('connection_limit') ? Number(params.get('connection_limit')) : undefined,
    // Let the process end when only idle pooled connections are left (CLI runs, tests).
    allowExitOnIdle: true,
  };
  const schema = params.get('schema') ?? undefined;
  if (schema !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error(`DATABASE_URL: unsupported schema name "${schema}"`);
    // Migration SQL names tables unqualified: search_path makes it land in the schema the client queries.
    pool.options = `-c search_path=${schema}`;
  }
  return { provider: 'postgresql', url, pool, database, schema };
}

function sslOption(mode: string | null): PoolConfig['ssl'] {
  if (!mode || mode === 'disable' || mode === 'allow' || mode === 'prefer') return undefined;
  return mode === 'verify-full' || mode === 'verify-ca' ? true : { rejectUnauthorized: false };
}
