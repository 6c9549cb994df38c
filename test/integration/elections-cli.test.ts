import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImportCli } from '../../src/cli/import.ts';
import { EXAMPLE_PATH, exampleText } from '../fixtures/elections.ts';
import { freshPostgresUrl, freshSqliteUrl, tempDir, TEST_PROVIDERS } from '../support/databases.ts';

async function run(args: string[], url: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportCli(
    args,
    { DATABASE_URL: url },
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe.each(TEST_PROVIDERS)('npm run import on %s', (provider) => {
  it('when a fresh database gets the sample file twice, then it is migrated, loaded, and the second run changes nothing', async () => {
    const pg = provider === 'postgresql' ? await freshPostgresUrl({ create: false }) : null;
    const url = pg?.url ?? freshSqliteUrl();
    try {
      const first = await run([EXAMPLE_PATH], url);
      expect(first).toMatchObject({ code: 0, err: '' });
      expect(first.out).toContain('elections 3 new');
      const second = await run([EXAMPLE_PATH], url);
      expect(second.out).toContain('elections 0 new, 0 updated, 3 unchanged');
      expect(second.out).toContain('results changed: none');
      const bad = join(tempDir(), 'bad.yaml');
      writeFileSync(bad, exampleText().replace('votes: 698', 'votes: "698 votes"'));
      const third = await run([bad], url);
      expect(third.code).toBe(1);
      expect(third.err).toContain('elections[0].candidates[0].votes: expected a whole number >= 0');
      expect(third.err).toContain('nothing was written');
    } finally {
      await pg?.drop();
    }
  });
});

describe('npm run import -- --schema', () => {
  it('when asked for the schema, then a JSON Schema generated from zod is written', async () => {
    const out = join(tempDir(), 'schema.json');
    expect((await run(['--schema', out], 'file:unused.db')).code).toBe(0);
    const schema = JSON.parse(readFileSync(out, 'utf8'));
    expect(schema.$schema).toContain('2020-12');
    expect(schema.properties.elections.items.properties.candidates.items.properties.votes).toMatchObject({ type: 'integer', minimum: 0 });
  });

  it('when called without a file, then it prints the usage and exits 2', async () => {
    expect((await run([], 'file:unused.db')).code).toBe(2);
  });
});

describe('npm run import size cap', () => {
  it('when a file is over the 2 MB upload cap, then it is refused unless --no-size-limit comes first', async () => {
    const big = join(tempDir(), 'big.yaml');
    writeFileSync(big, exampleText() + '\n#' + ' '.repeat(2 * 1024 * 1024) + '\n');
    const url = freshSqliteUrl();
    const refused = await run([big], url);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/big\.yaml is 2\.\d MB, over the 2 MB upload cap; split it, or pass --no-size-limit first/);
    expect((await run(['--no-size-limit', big], url)).code).toBe(0);
  });
});
