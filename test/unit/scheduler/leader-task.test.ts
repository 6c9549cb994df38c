import { describe, expect, it } from 'vitest';
import { localLeaderLock } from '../../../src/adapters/db/leader-lock.ts';
import { LeaderTask } from '../../../src/adapters/scheduler/leader-task.ts';
import { createLogger } from '../../../src/logger.ts';

describe('LeaderTask on SQLite (one process always leads)', () => {
  it('when it is stopped, then the task stops and stop() returns', async () => {
    const events: string[] = [];
    const task = { start: () => void events.push('start'), stop: async () => void events.push('stop') };
    const leader = new LeaderTask('delivery', task, localLeaderLock, createLogger('silent'));
    leader.start();
    await expect.poll(() => leader.leading).toBe(true);
    await leader.stop();
    expect(events).toEqual(['start', 'stop']);
  });
});
