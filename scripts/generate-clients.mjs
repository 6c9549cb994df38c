// Runs at `postinstall` and as `npm run db:generate`:
//  1. derives prisma/postgresql/schema.prisma from prisma/sqlite/schema.prisma (the one file to edit);
//  2. runs `prisma generate` for both schemas, in parallel, offline.
// Offline works because prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY at an existing file for
// `generate` (which never runs the engine). Output is one line per client unless something fails.
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { derivePostgresSchema } from './derive-postgres-schema.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemas = {
  sqlite: join(root, 'prisma', 'sqlite', 'schema.prisma'),
  postgresql: join(root, 'prisma', 'postgresql', 'schema.prisma'),
};

/** Writes the derived postgres schema, only when its text changed (keeps mtimes and diffs quiet). */
async function writePostgresSchema() {
  const derived = derivePostgresSchema(await readFile(schemas.sqlite, 'utf8'));
  const current = await readFile(schemas.postgresql, 'utf8').catch(() => null);
  if (current !== derived) {
    await mkdir(dirname(schemas.postgresql), { recursive: true });
    await writeFile(schemas.postgresql, derived);
    console.log('db:generate: wrote prisma/postgresql/schema.prisma');
  }
}

/** Path of the prisma CLI entry, run with this same node (npx would add ~1 s and a registry check). */
function prismaCli() {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('prisma/package.json');
  return join(dirname(pkgPath), require(pkgPath).bin.prisma);
}

/**
 * Runs `prisma generate` for one schema with its output captured.
 * @param {'sqlite' | 'postgresql'} provider
 * @returns {Promise<{ provider: string, code: number | null, output: string, ms: number }>}
 */
function generate(provider) {
  const started = performance.now();
  const args = [prismaCli(), 'generate', '--no-hints', '--schema', schemas[provider]];
  const env = { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ provider, code: 1, output: String(error), ms: 0 }));
    child.on('close', (code) => resolve({ provider, code, output, ms: performance.now() - started }));
  });
}

async function main() {
  await writePostgresSchema();
  const results = await Promise.all([generate('sqlite'), generate('postgresql')]);
  for (const { provider, code, output, ms } of results) {
    if (code === 0) {
      console.log(`db:generate: ${provider} client -> src/adapters/db/generated/${provider} (${Math.round(ms)} ms)`);
    } else {
      console.error(`db:generate: prisma generate failed for ${provider} (exit ${code}):\n${output.trim()}`);
    }
  }
  if (results.some((r) => r.code !== 0)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`db:generate: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
