/** Where a long job stands: rows done of how many, its rate so far and the time it still needs. */
export interface ProgressFigures {
  done: number;
  /** Null when the total is not known. */
  total: number | null;
  /** Rows a second since the start (0 before the first second's worth of work). */
  rate: number;
  /** Seconds left at the rate so far; null without a total or a rate. */
  leftSeconds: number | null;
  elapsedSeconds: number;
}

export function progressFigures(done: number, total: number | null, elapsedMs: number): ProgressFigures {
  const elapsedSeconds = Math.max(0, elapsedMs) / 1000;
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const leftSeconds = total !== null && rate > 0 ? Math.max(0, total - done) / rate : null;
  return { done, total, rate, leftSeconds, elapsedSeconds };
}

export interface ProgressReporter {
  /** `done` rows so far: reported when `everyMs` passed since the last report. */
  tick(done: number): void;
  /** The final figures, always reported. */
  finish(done: number): void;
}

/**
 * Turns "n rows done" into figures for `report`, at most every `everyMs` (a terminal line or a chat
 * message edited in place must not be rewritten for every page). The first tick reports at once.
 */
export function throttledProgress(
  total: number | null,
  report: (p: ProgressFigures, final: boolean) => void,
  opts: { everyMs: number; now: () => number },
): ProgressReporter {
  const start = opts.now();
  let last = Number.NEGATIVE_INFINITY;
  return {
    tick(done) {
      const at = opts.now();
      if (at - last < opts.everyMs) return;
      last = at;
      report(progressFigures(done, total, at - start), false);
    },
    finish(done) {
      report(progressFigures(done, total, opts.now() - start), true);
    },
  };
}
