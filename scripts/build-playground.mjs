// Bundles the playground's chat page (src/playground/page: TypeScript + CSS) into dist/playground
// with esbuild: no framework, no CDN, nothing fetched at run time. Runs at install (postinstall) and
// again from `npm run playground` when a page source is newer than the bundle.
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PAGE_SOURCES = join(ROOT, 'src/playground');
export const PAGE_BUNDLE = join(ROOT, 'dist/playground');

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    const path = join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

/** True when the bundle is missing or older than any file under src/playground. */
export function pageBundleStale() {
  const js = join(PAGE_BUNDLE, 'page.js');
  return !existsSync(js) || statSync(js).mtimeMs < newest(PAGE_SOURCES);
}

export async function buildPlaygroundPage() {
  const { build } = await import('esbuild');
  mkdirSync(PAGE_BUNDLE, { recursive: true });
  await build({
    entryPoints: { page: join(PAGE_SOURCES, 'page/main.ts') },
    outdir: PAGE_BUNDLE,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
  });
  copyFileSync(join(PAGE_SOURCES, 'page/index.html'), join(PAGE_BUNDLE, 'index.html'));
  return PAGE_BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // The Docker deps stage installs before copying src/: nothing to bundle yet.
  if (!existsSync(join(PAGE_SOURCES, 'page/main.ts'))) console.log('playground page: sources not present, skipped');
  else await buildPlaygroundPage().then((dir) => console.log(`playground page bundled into ${dir}`));
}
