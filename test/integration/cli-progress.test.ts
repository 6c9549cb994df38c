import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { runExportCli } from '../../src/cli/export.ts';
import { runImportCli } from '../../src/cli/import.ts';
import type { Terminal } from '../../src/cli/progress-line.ts';
import { plainComplaint } from '../support/file-complaint.ts';
import { migratedDatabase, TEST_PROVIDERS, tempDir, type MigratedDatabase } from '../support/databases.ts';

/** A terminal (or a pipe) that keeps what was written to it. */
const screen = (isTTY: boolean): Terminal & { text: string } => ({
  isTTY,
  text: '',
  write(chunk: string) {
    this.text += chunk;
    return true;
  },
});

describe.each(TEST_PROVIDERS)('progress of npm run export and npm run import on %s', (provider) => {
  let m: MigratedDatabase;
  const quiet = () => undefined;

  beforeAll(async () => {
    m = await migratedDatabase(provider);
    const complaints = new PrismaComplaintRepository(m.db.prisma);
    for (const categoryCode of ['roads', 'roads', 'water']) {
      await complaints.create(plainComplaint(9601, categoryCode, 'Яма'));
    }
  });
  afterAll(async () => m?.cleanup());

  it('when the export runs on a terminal, then rows of the filtered total, the rate and the time taken are shown', async () => {
    const out = screen(true);
    const file = join(tempDir('progress-'), 'a.csv');
    const args = ['--format', 'csv', '--out', file, '--category', 'roads'];
    expect(await runExportCli(args, { DATABASE_URL: m.url }, quiet, quiet, { out, stdout: screen(true) })).toBe(0);
    // Each figure rewrites the line in place: carriage return, then erase the line.
    expect(out.text.startsWith('\r\u001b[Kexport: 2 / 2 rows (100%), ')).toBe(true);
    expect(out.text).toMatch(/export: 2 \/ 2 rows \(100%\), [\d,]+ rows\/s, in \d+ s\n$/);
  });

  it('when the output is piped, then the export and the import say nothing but their result', async () => {
    const out = screen(true);
    const lines: string[] = [];
    const file = join(tempDir('progress-'), 'b.csv');
    expect(
      await runExportCli(['--format', 'csv', '--out', file], { DATABASE_URL: m.url }, (l) => lines.push(l), quiet, {
        out,
        stdout: screen(false),
      }),
    ).toBe(0);
    expect(
      await runImportCli(['data/examples/kazakhstan-2023.yaml'], { DATABASE_URL: m.url }, (l) => lines.push(l), quiet, {
        out: screen(false),
        stdout: screen(true),
      }),
    ).toBe(0);
    expect(out.text).toBe('');
    expect(lines).toEqual([expect.stringMatching(/^export: 3 complaint\(s\)/), expect.stringMatching(/^import: /)]);
  });

  it('when the import runs on a terminal, then it counts every area, person, election and candidacy of the file', async () => {
    const out = screen(true);
    expect(
      await runImportCli(['data/examples/kazakhstan-2023.yaml'], { DATABASE_URL: m.url }, quiet, quiet, { out, stdout: screen(true) }),
    ).toBe(0);
    const [, done, total] = /import: ([\d,]+) \/ ([\d,]+) rows \(100%\), [\d,]+ rows\/s, in \d+ s\n$/.exec(out.text) ?? [];
    expect(done).toBe(total);
    const areas = await m.db.prisma.area.count();
    const people = await m.db.prisma.person.count();
    const elections = await m.db.prisma.election.count();
    const candidacies = await m.db.prisma.candidacy.count();
    expect(Number(total!.replace(/,/g, ''))).toBe(areas + people + elections + candidacies);
  });
});
