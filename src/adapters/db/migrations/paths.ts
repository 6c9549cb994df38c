// Where the schemas and migrations live. Resolved from this file, not the cwd, so `npm run` from a
// subfolder, tests and the bot all find the same prisma/ folder; tests pass a temp copy instead.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Provider } from '../database-url.ts';

/** The repository's prisma/ folder. */
export const DEFAULT_PRISMA_DIR = fileURLToPath(new URL('../../../../prisma', import.meta.url));

/** Options shared by the migration commands. */
export interface PrismaDirOption {
  /** Folder holding sqlite/ and postgresql/ (schema.prisma + migrations/); defaults to the repo's prisma/. */
  prismaDir?: string;
}

/** prisma/<provider>/migrations */
export function migrationsDir(prismaDir: string, provider: Provider): string {
  return join(prismaDir, provider, 'migrations');
}

/** prisma/<provider>/schema.prisma */
export function schemaFile(prismaDir: string, provider: Provider): string {
  return join(prismaDir, provider, 'schema.prisma');
}
