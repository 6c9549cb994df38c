import { throttledProgress, type ProgressFigures, type ProgressReporter } from '../core/progress.ts';

const count = (n: number) => Math.round(n).toLocaleString('en-US');

function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** "export: 120,000 / 1,000,000 rows (12%), 35,210 rows/s, 25 s left" (when done: "in 28 s"). */
export function describeProgress(label: string, p: ProgressFigures, final: boolean): string {
  const of = p.total !== null ? ` / ${count(p.total)}` : '';
  const share = p.total ? ` (${Math.floor((100 * p.done) / p.total)}%)` : '';
  const time = final ? `, in ${duration(p.elapsedSeconds)}` : p.leftSeconds !== null ? `, ${duration(p.leftSeconds)} left` : '';
  return `${label}: ${count(p.done)}${of} rows${share}, ${count(p.rate)} rows/s${time}`;
}

export interface Terminal {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

/**
 * Rows, rate and time left on one line of the terminal, rewritten in place a few times a second;
 * null (say nothing) unless both stdout and stderr are terminals: piped or redirected output, CI and
 * logs stay as they were.
 */
export function terminalProgress(
  label: string,
  total: number | null,
  out: Terminal = process.stderr,
  stdout: Terminal = process.stdout,
): ProgressReporter | null {
  if (!out.isTTY || !stdout.isTTY) return null;
  return throttledProgress(total, (p, final) => out.write(`\r\x1b[K${describeProgress(label, p, final)}${final ? '\n' : ''}`), {
    everyMs: 250,
    now: () => performance.now(),
  });
}
