// WAL checkpoints off the bot's thread. By default SQLite copies the write-ahead log back into the
// database file inside the commit that takes the log past 1,000 pages: on the bot's one thread that
// commit (often an update's claim) then took 3-20 ms, the largest item in the update path's p99
// (`npm run bench -- updates`). Here the bot's connection never checkpoints (`wal_autocheckpoint = 0`)
// and a worker thread with a connection of its own runs a PASSIVE checkpoint at a steady pace: it never
// blocks a writer or a reader, and what it cannot copy at one turn it copies at the next.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Plain JavaScript, run with `eval`: the worker needs no loader, only the driver the bot uses. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 0 });
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // busy (another checkpoint) or the file went away: the next turn tries again
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.postMessage('stopped');
});
`;

export interface Checkpointer {
  /** Runs a last checkpoint and ends the worker. */
  stop(): Promise<void>;
}

/**
 * Starts checkpointing `file` from a worker thread every `everyMs`. `fallback` runs if the worker
 * cannot start or stops by itself (the caller then lets its connection checkpoint again, so the log
 * cannot grow without end). The worker does not keep the process alive.
 */
export function startCheckpointer(file: string, everyMs: number, fallback: (err: unknown) => void): Checkpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, everyMs, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
    stdout: false,
    stderr: false,
  });
  worker.unref();
  let stopping = false;
  const failed = (err: unknown) => {
    if (!stopping) fallback(err);
  };
  worker.once('error', failed);
  worker.once('exit', (code) => failed(new Error(`the checkpoint worker stopped (exit code ${code})`)));
  return {
    async stop() {
      if (stopping) return;
      stopping = true;
      const done = new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 2_000);
        timer.unref();
        worker.on('message', (m) => m === 'stopped' && resolve());
        worker.once('exit', () => resolve());
      });
      worker.postMessage('stop');
      await done;
      await worker.terminate();
    },
  };
}
