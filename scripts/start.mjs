// `npm start`: runs the bot from its bundle in dist/server (scripts/build-server.mjs), which is rebuilt
// first when a source changed. Where no bundle can be made (a read-only copy with changed sources, no
// esbuild), or with BOT_BUNDLE=off, the bot runs from src/ through tsx as before: slower to start, the
// same bot.
import module from 'node:module';
import { pathToFileURL } from 'node:url';

// Node.js 22.1 and later keep V8's compiled code of every module on disk (in the system's temporary
// folder) for the next start; Node.js 20 has no such cache and skips this.
module.enableCompileCache?.();

let entry;
if (process.env.BOT_BUNDLE !== 'off') {
  try {
    const { serverEntry } = await import('./build-server.mjs');
    entry = await serverEntry();
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    process.stderr.write(`Could not bundle the bot (${why}); running it from src/ through tsx.\n`);
  }
}
if (entry) await import(pathToFileURL(entry).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
