// Loads Prisma's schema engine (the one behind `prisma migrate`) from @prisma/schema-engine-wasm.
// Node 20 cannot `import` the package's main entry (it imports a .wasm module directly), so we do what
// Prisma's CLI does: instantiate the .wasm ourselves against the package's JS glue, once per process.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

/** The engine class exported by the wasm glue module. */
export type SchemaEngineClass = typeof SchemaEngine;

/** The one WebAssembly call we need (the project's `lib` has no DOM, where its full types live). */
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: Record<string, Record<string, unknown>>): Promise<{ instance: { exports: unknown } }>;
}

let loading: Promise<SchemaEngineClass> | undefined;

/**
 * The engine arms `setTimeout`s (connection/socket timeouts) that it never clears; left as they are
 * they keep the process alive for ~10 s after the work is done. Unref'd, they still fire while
 * something else keeps the loop busy, but no longer hold the process open.
 */
function withUnrefTimers(module: Record<string, unknown>): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...module };
  for (const [name, value] of Object.entries(module)) {
    if (!name.startsWith('__wbg_setTimeout_') || typeof value !== 'function') continue;
    imports[name] = (...args: unknown[]) => {
      const timer = value(...args);
      (timer as { unref?: () => void } | undefined)?.unref?.();
      return timer;
    };
  }
  return imports;
}

async function instantiate(): Promise<SchemaEngineClass> {
  const require = createRequire(import.meta.url);
  // The package's "exports" hide the .wasm file; it sits next to the glue module.
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmPath = join(dirname(gluePath), 'schema_engine_bg.wasm');
  const bytes = await readFile(wasmPath);
  const module = glue as unknown as Record<string, unknown>;
  const { instance } = await (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly.instantiate(bytes, {
    './schema_engine_bg.js': withUnrefTimers(module),
  });
  const exports = instance.exports as { __wbindgen_start: () => void };
  (module.__wbg_set_wasm as (wasm: unknown) => void)(exports);
  exports.__wbindgen_start();
  return (glue as unknown as { SchemaEngine: SchemaEngineClass }).SchemaEngine;
}

/**
 * Returns the wasm schema engine class, instantiating the module on first use only (the glue keeps
 * the instance in module state, so a second instantiation would orphan engines made before it).
 */
export function loadSchemaEngine(): Promise<SchemaEngineClass> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
