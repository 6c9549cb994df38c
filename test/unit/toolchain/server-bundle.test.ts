import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServerBundle, freshServerBundle } from '../../../scripts/build-server.mjs';

// A tiny project of the same shape: an entry, a module it imports, and a data file that module finds
// from its own address (as the bot's locales, question model and migrations are found).
let root: string;
let out: string;
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const run = (entry: string) => execFileSync(process.execPath, [entry], { encoding: 'utf8' }).trim();

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'akim-bundle-'));
  out = join(root, 'dist/server');
  write('src/main.ts', "import { greeting } from './lib/greeting.ts';\nconst n: number = 2;\nconsole.log(greeting(), n);\n");
  write(
    'src/lib/greeting.ts',
    "import { readFileSync } from 'node:fs';\nexport const greeting = (): string => readFileSync(new URL('./words.txt', import.meta.url), 'utf8').trim();\n",
  );
  write('src/lib/words.txt', 'сәлем\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the bot bundle (scripts/build-server.mjs)', () => {
  it('when built, then it runs as plain JavaScript and finds data files beside its sources', async () => {
    const entry = await buildServerBundle(out, root, join(root, 'src/main.ts'));
    expect(entry.startsWith(out)).toBe(true);
    expect(run(entry)).toBe('сәлем 2');
  });

  it('when the checkout moves, then the bundle still finds its data files', async () => {
    await buildServerBundle(out, root, join(root, 'src/main.ts'));
    const moved = `${root}-moved`;
    execFileSync('mv', [root, moved]);
    try {
      expect(run(freshServerBundle(join(moved, 'dist/server'), moved)!)).toBe('сәлем 2');
    } finally {
      execFileSync('mv', [moved, root]);
    }
  });

  it('when no source changed, then the same bundle is current; when one changed or went, then it is not', async () => {
    const entry = await buildServerBundle(out, root, join(root, 'src/main.ts'));
    expect(freshServerBundle(out, root)).toBe(entry);
    write('src/lib/greeting.ts', "export const greeting = (): string => 'hi';\n");
    expect(freshServerBundle(out, root)).toBeUndefined();
    const rebuilt = await buildServerBundle(out, root, join(root, 'src/main.ts'));
    expect(rebuilt).not.toBe(entry);
    expect(run(rebuilt)).toBe('hi 2');
    rmSync(join(root, 'src/lib/greeting.ts'));
    expect(freshServerBundle(out, root)).toBeUndefined();
  });

  it('when a source only got a new time (a checkout, a copy), then the bundle stays current and the time is kept', async () => {
    const entry = await buildServerBundle(out, root, join(root, 'src/main.ts'));
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src/main.ts'), later, later);
    expect(freshServerBundle(out, root)).toBe(entry);
    const pointer = JSON.parse(readFileSync(join(out, 'current.json'), 'utf8')) as { inputs: { path: string; mtimeMs: number }[] };
    expect(pointer.inputs.find((i) => i.path === 'src/main.ts')?.mtimeMs).toBe(statSync(join(root, 'src/main.ts')).mtimeMs);
  });

  it('when the same sources are bundled twice at once, then both starts get a complete bundle', async () => {
    const [a, b] = await Promise.all([
      buildServerBundle(out, root, join(root, 'src/main.ts')),
      buildServerBundle(out, root, join(root, 'src/main.ts')),
    ]);
    expect(a).toBe(b);
    expect(run(a)).toBe('сәлем 2');
  });

  it('when a module uses import.meta.dirname, then the build refuses it instead of bundling a wrong address', async () => {
    write('src/lib/greeting.ts', "export const greeting = (): string => import.meta.dirname ?? '';\n");
    await expect(buildServerBundle(out, root, join(root, 'src/main.ts'))).rejects.toThrow(/import\.meta\.dirname/);
  });

  it('when there is no bundle, then none is current', () => {
    expect(freshServerBundle(out, root)).toBeUndefined();
  });
});
