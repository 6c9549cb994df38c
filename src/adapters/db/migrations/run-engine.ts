// Opens the wasm schema engine on a driver adapter factory, runs one command and always cleans up.
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { loadSchemaEngine } from './load-schema-engine.ts';
import type { TrackedFactory } from './tracked-factory.ts';

/** A migration command failed; `message` is readable, `cause` is the engine's or driver's error. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Filters passed to every engine command: the project has no externally managed tables or enums. */
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** The readable part of a driver error that the engine only knows as "External error id#N". */
function describeDriverError(error: unknown): string {
  const cause = (error as { cause?: Record<string, unknown> } | null)?.cause;
  if (error instanceof Error && error.name === 'DriverAdapterError' && cause && typeof cause === 'object') {
    if (cause.kind === 'DatabaseDoesNotExist') return `database "${String(cause.db ?? '')}" does not exist (P1003)`;
    const detail = cause.originalMessage ?? cause.message ?? cause.reason ?? cause.cause;
    return `${String(cause.kind)}${detail ? `: ${String(detail)}` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Rewrites an engine error for people: "External error id#N" is replaced by the driver error kept
 * in the bound factory's registry, and the Rust span trace ("   0: sql_schema_connector::...") dropped.
 */
export function explainEngineError(error: unknown, bound: ErrorCapturingSqlMigrationAwareDriverAdapterFactory): MigrationError {
  let cause: unknown = error;
  let message = error instanceof Error ? error.message : String(error);
  message = message.replace(/External error id#(\d+)/g, (text, id: string) => {
    const record = bound.errorRegistry.consumeError(Number(id));
    if (!record) return text;
    cause = record.error;
    return describeDriverError(record.error);
  });
  const lines = message.split('\n');
  const trace = lines.findIndex((line) => /^\s+\d+: \S/.test(line));
  const text = (trace === -1 ? lines : lines.slice(0, trace)).join('\n').trim();
  return new MigrationError(
    text
      .replace(/\n\s*Error:\s*\n/, ' ')
      .replace(/\n+/g, ' ')
      .trim(),
    { cause },
  );
}

/**
 * Runs `command` on a fresh engine bound to `tracked`, then frees the engine and disposes every
 * adapter it connected (the engine never does; a SQLite file would stay locked).
 * @param schemaFiles datamodels the engine starts with; commands like applyMigrations need none.
 */
export async function withSchemaEngine<T>(
  tracked: TrackedFactory,
  schemaFiles: { path: string; content: string }[],
  command: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const SchemaEngineClass = await loadSchemaEngine();
  const bound = bindMigrationAwareSqlAdapterFactory(tracked.factory);
  let engine: SchemaEngine | undefined;
  let failed = false;
  try {
    const datamodels = schemaFiles.length > 0 ? schemaFiles.map((f): [string, string] => [f.path, f.content]) : undefined;
    // The log callback receives JSON lines (INFO and up); errors come back as rejections instead.
    engine = await SchemaEngineClass.new({ datamodels }, () => {}, bound);
    return await command(engine);
  } catch (error) {
    failed = true;
    throw explainEngineError(error, bound);
  } finally {
    engine?.free();
    // A cleanup failure must not hide the error that made the command fail.
    await tracked.disposeAll().catch((error: unknown) => {
      if (!failed) throw error;
    });
  }
}
