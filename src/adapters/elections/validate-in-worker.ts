import { Worker } from 'node:worker_threads';
import type { ElectionDataValidator } from '../../core/elections/ports.ts';
import type { Validation } from '../../core/elections/validate-election-data.ts';

export interface WorkerValidatorOptions {
  /** A file that takes longer than this to read is refused (the worker is stopped). */
  timeoutMs?: number;
  /** Heap of the worker: a file that needs more is refused instead of growing the bot's memory. */
  maxHeapMb?: number;
}

/**
 * Reads and checks election data files in a worker thread, one worker per file. The YAML parser and
 * the schema check are synchronous: a 2 MB file within the nesting and entry limits (`DATA_LIMITS`) but
 * made of long quoted strings takes the parser seconds and over 100 MB, and on the bot's own thread
 * those seconds would hold every other chat's answer.
 * Here the bot keeps answering, and a file that still manages to need too much time or memory stops
 * only its worker.
 */
export function workerValidator(options: WorkerValidatorOptions = {}): ElectionDataValidator {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxHeapMb = options.maxHeapMb ?? 256;
  return (text, known) =>
    new Promise<Validation>((resolve, reject) => {
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { text, known },
        resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
        stdout: false,
        stderr: false,
      });
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
        void worker.terminate();
      };
      const refuse = (why: string) => settle(() => resolve({ ok: false, errors: [`(file): ${why}; split it into smaller files`] }));
      const timer = setTimeout(() => refuse(`reading the file took longer than ${Math.round(timeoutMs / 1000)} s`), timeoutMs);
      worker.once('message', (outcome: Validation) => settle(() => resolve(outcome)));
      worker.once('error', (error: Error & { code?: string }) =>
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? refuse(`reading the file needs more than ${maxHeapMb} MB of memory`)
          : settle(() => reject(error)),
      );
      worker.once('exit', (code) => settle(() => reject(new Error(`the data file worker stopped (exit code ${code}) without an answer`))));
    });
}

/**
 * The worker loads TypeScript as the bot does, through tsx: its loader is registered inside the worker
 * first (a worker's `--import` flag does not reach its entry module on every supported Node version).
 */
const WORKER_SOURCE = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./validate-worker.ts', import.meta.url).href)}); });`;
