import { afterAll, describe, expect, it } from 'vitest';
import { runFlaky } from '../support/chaos/flaky-run.ts';
import { runFuzz } from '../support/chaos/fuzz-run.ts';
import { runPgRestart } from '../support/chaos/pg-restart-run.ts';
import { FRAMEWORKS, removeAllTempSqlite } from '../support/harness.ts';

/** The key properties of `npm run bench -- chaos`, on a smaller scale (the bench prints the full figures). */
describe.each(FRAMEWORKS)('chaos, small scale, under %s', (framework) => {
  afterAll(() => removeAllTempSqlite());

  it('when generated updates of every shape arrive, then nothing crashes, no error is logged and the bot still answers', async () => {
    const f = await runFuzz({ framework, n: 150, seed: 7 });
    expect({ crashes: f.crashes, errors: f.errors, samples: f.samples, unfinished: f.unfinished, aliveAfter: f.aliveAfter }).toEqual({
      crashes: 0,
      errors: 0,
      samples: [],
      unfinished: 0,
      aliveAfter: true,
    });
  }, 120_000);

  it('when 20% of sends fail with 429, 5xx or a reset connection, then every reply and every post arrives exactly once', async () => {
    const f = await runFlaky({ framework, replies: 40, posts: 10, failureRate: 0.2, seed: 11 });
    expect(f.injected.tooManyRequests + f.injected.serverError + f.injected.network).toBeGreaterThan(0);
    expect(f.replies).toEqual({ expected: 40, once: 40, missing: 0, repeated: 0 });
    expect(f.posts).toEqual({ expected: 10, once: 10, missing: 0, repeated: 0 });
  }, 240_000);

  it('when PostgreSQL restarts while residents file and ask, then no acknowledged complaint is lost or doubled and every update is answered or apologised for', async () => {
    const f = await runPgRestart({ framework, residents: 6, askers: 30 });
    expect({ unanswered: f.unanswered, lost: f.lost, doubled: f.doubled, acknowledged: f.acknowledged }).toEqual({
      unanswered: 0,
      lost: 0,
      doubled: 0,
      acknowledged: 6,
    });
  }, 120_000);
});
