import { parentPort, workerData } from 'node:worker_threads';
import type { KnownIds } from '../../core/elections/cross-check.ts';
import { validateElectionData } from '../../core/elections/validate-election-data.ts';

/** Runs in a worker thread (see validate-in-worker.ts): reads one data file and posts the outcome. */
const { text, known } = workerData as { text: string; known: Required<KnownIds> };
parentPort?.postMessage(validateElectionData(text, known));
