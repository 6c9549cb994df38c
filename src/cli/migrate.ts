// `npm run db:migrate` (= tsx src/cli/migrate.ts deploy) and
// `npm run db:migration:create -- <name>` (= tsx src/cli/migrate.ts create <name>).
// Thin wrapper over src/adapters/db/migrations: one line per outcome, exit code 0 ok, 1 failed, 2 usage.
import { derivePostgresSchema } from '../../scripts/derive-postgres-schema.mjs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyMigrations, createMigration } from '../adapters/db/migrations/index.ts';

/** DATABASE_URL used when the environment sets none: the embedded SQLite file. */
export const DEFAULT_DATABASE_URL = 'file:./data/bot.db';

const USAGE = 'usage: tsx src/cli/migrate.ts deploy | create <name>   (DATABASE_URL, default file:./data/bot.db)';

/** The URL without its password, for messages. */
function redact(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

/** One line for any error; AggregateError (e.g. "localhost" refused on ::1 and 127.0.0.1) has no message. */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.message) return error.message.split('\n')[0] ?? error.message;
  const inner = error instanceof AggregateError ? error.errors.map(errorText).join('; ') : '';
  return inner || (error as { code?: string }).code || error.name;
}

async function deploy(url: string, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const { applied } = await applyMigrations(url);
  const ms = Math.round(performance.now() - started);
  log(
    applied.length === 0
      ? `migrate: ${redact(url)} is up to date (${ms} ms)`
      : `migrate: applied ${applied.length} migration(s) to ${redact(url)}: ${applied.join(', ')} (${ms} ms)`,
  );
}

async function create(name: string, log: (line: string) => void): Promise<void> {
  const written = await createMigration(name, { derivePostgres: derivePostgresSchema });
  const files = Object.values(written).map((file) => relative(process.cwd(), file));
  log(files.length === 0 ? 'migrate: schema matches the migrations; nothing written' : `migrate: wrote ${files.join(', ')}`);
  // The generated clients lag behind a changed schema until they are regenerated.
  if (files.length > 0) log('migrate: now run `npm run db:generate` to regenerate the Prisma clients');
}

/**
 * Runs the migrate CLI.
 * @param args arguments after the script name, e.g. `['create', 'add_votes']`
 * @returns the process exit code
 */
export async function runMigrateCli(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
  fail: (line: string) => void = console.error,
): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === 'deploy' && rest.length === 0) {
      await deploy(env.DATABASE_URL || DEFAULT_DATABASE_URL, log);
      return 0;
    }
    if (command === 'create' && rest.length === 1 && rest[0]) {
      await create(rest[0], log);
      return 0;
    }
    fail(USAGE);
    return 2;
  } catch (error) {
    fail(`migrate ${command}: ${errorText(error)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runMigrateCli(process.argv.slice(2));
}
