// Bundles the bot's own code (src/main.ts and everything it imports, packages left out) into one folder
// of JavaScript under dist/server with esbuild, so `npm start` runs plain JavaScript: through tsx,
// every module the bot loads went through the loader's hooks on another thread, about 0.7 s of a
// 1.8 s start (`npm run bench -- cold-start`). Runs at install (postinstall) and again from
// scripts/start.mjs whenever a source the bundle was made from changed.
//
// dist/server/current.json names the bundle in use and the inputs it was made from (size, time and
// SHA-1 of each): a start compares them with the files (a few hundred stats) and rebuilds when one
// differs. Each bundle gets a folder named after its inputs, written under a temporary name and
// renamed, and current.json is replaced by a rename: processes starting at the same moment never see
// half a bundle, and one that is running keeps the folder it loaded its modules from.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_ENTRY_SOURCE = join(ROOT, 'src/main.ts');
export const SERVER_DIR = join(ROOT, 'dist/server');
/** Folders of earlier bundles are removed once they are this old (a process started from one has loaded it long before). */
const KEEP_OLD_BUNDLES_MS = 24 * 60 * 60 * 1000;

const sha1 = (bytes) => createHash('sha1').update(bytes).digest('hex');
const pointerFile = (out) => join(out, 'current.json');

function readPointer(out) {
  try {
    return JSON.parse(readFileSync(pointerFile(out), 'utf8'));
  } catch {
    return undefined;
  }
}

function writePointer(out, pointer) {
  const tmp = `${pointerFile(out)}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(pointer));
  renameSync(tmp, pointerFile(out));
}

/**
 * The entry of the bundle in `out` if every input it was made from is unchanged (same size, and the
 * same modification time or else the same content), or undefined. Inputs whose time alone changed
 * (a fresh checkout, a copy, regenerated clients) are written back with their new times.
 */
export function freshServerBundle(out = SERVER_DIR, root = ROOT) {
  const pointer = readPointer(out);
  if (!pointer || !Array.isArray(pointer.inputs)) return undefined;
  const entry = join(out, pointer.dir, 'main.js');
  if (!existsSync(entry)) return undefined;
  let touched = false;
  for (const input of pointer.inputs) {
    let stat;
    try {
      stat = statSync(join(root, input.path));
    } catch {
      return undefined;
    }
    if (stat.size !== input.size) return undefined;
    if (stat.mtimeMs === input.mtimeMs) continue;
    if (sha1(readFileSync(join(root, input.path))) !== input.sha1) return undefined;
    input.mtimeMs = stat.mtimeMs;
    touched = true;
  }
  if (touched) {
    try {
      writePointer(out, pointer);
    } catch {
      // read-only install: the content check runs again next time
    }
  }
  return entry;
}

/**
 * Modules locate their data files from `import.meta.url` (locales, the question model, holidays, the
 * migrations, the generated Prisma client): in the bundle each one keeps its source file's address,
 * relative to the chunk that holds it, so the bundle finds the same files and can move with the checkout.
 */
function sourceAddresses(chunkDir) {
  return {
    name: 'source-addresses',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const loader = /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js';
        if (!text.includes('import.meta.')) return { contents: text, loader };
        if (/import\.meta\.(dirname|filename)|import\.meta\.resolve\(\s*['"`]\./.test(text)) {
          return {
            errors: [
              {
                text: 'use new URL(..., import.meta.url): import.meta.dirname, filename and relative resolve are not rewritten for the bundle',
              },
            ],
          };
        }
        const address = JSON.stringify(relative(chunkDir, args.path).split('\\').join('/'));
        return { contents: text.replace(/\bimport\.meta\.url\b/g, `new URL(${address}, import.meta.url).href`), loader };
      });
    },
  };
}

/** Builds the bundle into `out` and makes it current; returns its entry. */
export async function buildServerBundle(out = SERVER_DIR, root = ROOT, entrySource = SERVER_ENTRY_SOURCE) {
  const { build } = await import('esbuild');
  mkdirSync(out, { recursive: true });
  const tmp = join(out, `.tmp-${randomUUID()}`);
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: { main: entrySource },
      outdir: tmp,
      bundle: true,
      splitting: true, // the modules main.ts imports dynamically (migrations, app, one database client) stay separate
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      sourcesContent: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [sourceAddresses(tmp)],
    });
    const files = [...Object.keys(result.metafile.inputs), relative(root, fileURLToPath(import.meta.url)), 'tsconfig.json'];
    const inputs = [...new Set(files)]
      .filter((path) => existsSync(join(root, path)))
      .sort()
      .map((path) => {
        const full = join(root, path);
        return { path, size: statSync(full).size, mtimeMs: statSync(full).mtimeMs, sha1: sha1(readFileSync(full)) };
      });
    const dir = `b-${sha1(inputs.map((i) => `${i.path}\0${i.sha1}`).join('\n')).slice(0, 16)}`;
    try {
      renameSync(tmp, join(out, dir));
    } catch {
      // the same sources were bundled already (or at the same moment by another start): use that one
      rmSync(tmp, { recursive: true, force: true });
    }
    writePointer(out, { dir, builtAt: new Date().toISOString(), inputs });
    pruneOldBundles(out, dir);
    return join(out, dir, 'main.js');
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

function pruneOldBundles(out, keep) {
  const now = Date.now();
  for (const e of readdirSync(out, { withFileTypes: true })) {
    if (!e.isDirectory() || e.name === keep) continue;
    const path = join(out, e.name);
    try {
      if (now - statSync(path).mtimeMs > KEEP_OLD_BUNDLES_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed by another start
    }
  }
}

/** The current bundle's entry, built first if a source changed. */
export async function serverEntry(out = SERVER_DIR) {
  return freshServerBundle(out) ?? (await buildServerBundle(out));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // The Docker deps stage installs before copying src/: nothing to bundle yet.
  if (!existsSync(SERVER_ENTRY_SOURCE)) console.log('bot bundle: sources not present, skipped');
  else {
    const started = performance.now();
    const entry = await serverEntry();
    console.log(`bot bundle: ${relative(ROOT, entry)} (${Math.round(performance.now() - started)} ms)`);
  }
}
