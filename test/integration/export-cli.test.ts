import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExportCli } from '../../src/cli/export.ts';
import { freshSqliteUrl, tempDir } from '../support/databases.ts';

/** Runs the export CLI and keeps what it printed. */
async function exportCli(args: string[], url: string) {
  const out: string[] = [];
  const code = await runExportCli(
    args,
    { DATABASE_URL: url },
    (l: string) => out.push(l),
    (l: string) => out.push(l),
  );
  return { code, text: out.join('\n') };
}

describe('npm run export (command line)', () => {
  it('when the database was never migrated, then the migrations are applied first and an empty export is written', async () => {
    const file = join(tempDir('export-cli-'), 'a.csv');
    const { code, text } = await exportCli(['--format', 'csv', '--out', file], freshSqliteUrl());
    expect(text).toMatch(/export: 0 complaint\(s\)/);
    expect(code).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it('when a category does not exist, then it is an error naming --category and the known codes', async () => {
    const { code, text } = await exportCli(
      ['--format', 'csv', '--out', join(tempDir('export-cli-'), 'b.csv'), '--category', 'water,nosuch'],
      freshSqliteUrl(),
    );
    expect(code).toBe(2);
    expect(text).toMatch(/--category: unknown category "nosuch" \(.*water/);
  });

  it.each(['2026-02-30', '2026-13-01', '30.01.2026'])(
    'when --from is %s, then it is an error naming --from instead of a rolled-over date',
    async (date) => {
      const { code, text } = await exportCli(
        ['--format', 'csv', '--out', join(tempDir('export-cli-'), 'c.csv'), '--from', date],
        freshSqliteUrl(),
      );
      expect(code).toBe(2);
      expect(text).toContain(`--from: "${date}" is not a calendar date YYYY-MM-DD`);
    },
  );

  it('when --to is a real date such as 29 February of a leap year, then it is accepted', async () => {
    const { code } = await exportCli(
      ['--format', 'csv', '--out', join(tempDir('export-cli-'), 'd.csv'), '--to', '2028-02-29'],
      freshSqliteUrl(),
    );
    expect(code).toBe(0);
  });
});
