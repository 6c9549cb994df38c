import { describe, expect, it } from 'vitest';
import { describeProgress } from '../../src/cli/progress-line.ts';
import { progressFigures, throttledProgress, type ProgressFigures } from '../../src/core/progress.ts';

describe('progress of a long job', () => {
  it('when 250 of 1,000 rows took 5 s, then the rate is 50 rows/s and 15 s are left', () => {
    expect(progressFigures(250, 1000, 5000)).toEqual({ done: 250, total: 1000, rate: 50, leftSeconds: 15, elapsedSeconds: 5 });
    expect(progressFigures(0, 1000, 0)).toMatchObject({ rate: 0, leftSeconds: null });
    expect(progressFigures(10, null, 1000)).toMatchObject({ rate: 10, leftSeconds: null });
  });

  it('when ticks come faster than the interval, then the first is reported at once, later ones once the interval passed, and the end always', () => {
    let now = 0;
    const seen: Array<[number, boolean]> = [];
    const p = throttledProgress(100, (f: ProgressFigures, final) => seen.push([f.done, final]), { everyMs: 1000, now: () => now });
    p.tick(10);
    now = 500;
    p.tick(20);
    now = 1000;
    p.tick(30);
    now = 1200;
    p.finish(100);
    expect(seen).toEqual([
      [10, false],
      [30, false],
      [100, true],
    ]);
  });

  it('when figures are shown on a terminal, then rows, share, rate and time left or taken read plainly', () => {
    expect(describeProgress('export', progressFigures(120_000, 1_000_000, 4000), false)).toBe(
      'export: 120,000 / 1,000,000 rows (12%), 30,000 rows/s, 29 s left',
    );
    expect(describeProgress('import', progressFigures(500, 500, 95_000), true)).toBe(
      'import: 500 / 500 rows (100%), 5 rows/s, in 1 min 35 s',
    );
  });
});
