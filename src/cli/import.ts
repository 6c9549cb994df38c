// `npm run import -- <file.yaml|file.json>` loads election data (areas, people, elections,
// candidates, results) into DATABASE_URL (default file:./data/bot.db), after applying migrations.
// Files over the upload cap (2 MB) are refused unless `--no-size-limit` comes first (CLI only: the
// operator's own machine, not a chat upload).
// `npm run import -- --schema [out.json]` writes the JSON Schema for editors instead
// (default data/schema/election-data.schema.json). Exit codes: 0 ok, 1 invalid file or failure, 2 usage.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDatabase } from '../adapters/db/client.ts';
import { applyMigrations } from '../adapters/db/migrations/index.ts';
import { PrismaElectionImportStore } from '../adapters/db/repositories/prisma-election-import-store.ts';
import { IMPORT_MAX_BYTES } from '../core/admin/import-election-file.ts';
import { electionDataJsonSchema } from '../core/elections/import-format.ts';
import { type ImportSummary, importElectionData } from '../core/elections/import-election-data.ts';
import type { ProgressReporter } from '../core/progress.ts';
import { terminalProgress, type Terminal } from './progress-line.ts';

export const DEFAULT_SCHEMA_PATH = 'data/schema/election-data.schema.json';
const USAGE =
  'usage: npm run import -- [--no-size-limit] <file.yaml|file.json>   |   npm run import -- --schema [out.json]   (DATABASE_URL, default file:./data/bot.db)';

/** "areas 4 new, 0 updated, 0 unchanged; ..." */
export function describeSummary(s: ImportSummary): string {
  const part = (name: string, c: { created: number; updated: number; unchanged: number }) =>
    `${name} ${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged`;
  return [
    part('areas', s.areas),
    part('people', s.people),
    part('elections', s.elections),
    `${part('candidacies', s.candidacies)}, ${s.candidacies.removed} removed`,
    `results changed: ${s.resultsChanged.length ? s.resultsChanged.join(', ') : 'none'}`,
  ].join('; ');
}

/** Writes the JSON Schema generated from the zod import schema. */
export function writeJsonSchema(path = DEFAULT_SCHEMA_PATH): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(electionDataJsonSchema(), null, 2) + '\n');
}

/** Runs the import CLI; returns the exit code. */
export async function runImportCli(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
  fail: (line: string) => void = console.error,
  terminal: { out: Terminal; stdout: Terminal } = { out: process.stderr, stdout: process.stdout },
): Promise<number> {
  if (args[0] === '--schema' && args.length <= 2) {
    writeJsonSchema(args[1]);
    log(`import: wrote ${args[1] ?? DEFAULT_SCHEMA_PATH}`);
    return 0;
  }
  const unlimited = args[0] === '--no-size-limit';
  if (unlimited) args = args.slice(1);
  if (args.length !== 1 || args[0].startsWith('-')) {
    fail(USAGE);
    return 2;
  }
  const url = env.DATABASE_URL || 'file:./data/bot.db';
  let text: string;
  try {
    const size = statSync(args[0]).size;
    if (!unlimited && size > IMPORT_MAX_BYTES) {
      fail(
        `import: ${args[0]} is ${(size / 1048576).toFixed(1)} MB, over the ${IMPORT_MAX_BYTES / 1048576} MB upload cap; split it, or pass --no-size-limit first`,
      );
      return 1;
    }
    text = readFileSync(args[0], 'utf8');
  } catch (error) {
    fail(`import: cannot read ${args[0]}: ${(error as Error).message}`);
    return 1;
  }
  await applyMigrations(url);
  const db = await createDatabase(url);
  try {
    // On a terminal: rows, rate and time left while it writes.
    let progress: ProgressReporter | null | undefined;
    const onRows = (done: number, total: number) => {
      progress ??= terminalProgress('import', total, terminal.out, terminal.stdout);
      if (done < total) progress?.tick(done);
      else progress?.finish(done);
    };
    const outcome = await importElectionData(new PrismaElectionImportStore(db.prisma), text, undefined, onRows);
    if (!outcome.ok) {
      fail(`import: ${args[0]} has ${outcome.errors.length} error(s); nothing was written`);
      outcome.errors.forEach((e) => fail(`  ${e}`));
      return 1;
    }
    log(`import: ${args[0]}: ${describeSummary(outcome.summary)}`);
    return 0;
  } finally {
    await db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runImportCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`import: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      process.exit(1);
    },
  );
}
