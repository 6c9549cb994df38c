import { afterAll, describe, expect, it } from 'vitest';
import { runKills } from '../support/chaos/kill-run.ts';
import { removeAllTempSqlite } from '../support/harness.ts';

describe('the real process killed with SIGKILL during the complaint form', () => {
  afterAll(() => removeAllTempSqlite());

  it('when it is killed at random points (and right after "Send"), then no complaint is lost or doubled', async () => {
    const f = await runKills({ kills: 3, seed: 5 });
    expect({ told: f.told, lost: f.lost, doubled: f.doubled }).toEqual({ told: 3, lost: 0, doubled: 0 });
  }, 240_000);
});
