// Prisma CLI configuration (Prisma 7 reads the datasource URL here, not from the schema).
// One config serves both providers: DATABASE_URL's scheme picks prisma/sqlite or prisma/postgresql,
// so the ordinary `prisma migrate deploy` works on a machine that has the native schema engine.
// The app itself migrates through src/adapters/db/migrations (wasm engine), not through this CLI.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

const root = dirname(fileURLToPath(import.meta.url));
const url = process.env.DATABASE_URL ?? 'file:./data/bot.db';
const provider = /^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite';

/** True when a downloaded native schema engine sits where the CLI looks for it. */
function hasNativeSchemaEngine(): boolean {
  const dir = join(root, 'node_modules', '@prisma', 'engines');
  return existsSync(dir) && readdirSync(dir).some((name) => name.startsWith('schema-engine-'));
}

// `prisma generate` never runs the schema engine, yet the CLI downloads it first, which fails offline.
// Naming any existing file skips the download. Only for `generate`, and only when nothing else was
// chosen, so other commands on an online machine keep their normal download-and-run behaviour.
if (process.argv.includes('generate') && !process.env.PRISMA_SCHEMA_ENGINE_BINARY && !hasNativeSchemaEngine()) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(import.meta.url);
}

export default defineConfig({
  schema: join('prisma', provider, 'schema.prisma'),
  migrations: { path: join('prisma', provider, 'migrations') },
  datasource: { url },
});
