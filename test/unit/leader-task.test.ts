import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { localLeaderLock } from '../../src/adapters/db/leader-lock.ts';
import { LeaderTask } from '../../src/adapters/scheduler/leader-task.ts';

describe('leader task', () => {
  it('when the one local process leads, then its task starts, and stop ends it and returns', async () => {
    const events: string[] = [];
    const task = { start: () => void events.push('start'), stop: async () => void events.push('stop'), takeOver: async () => void events.push('takeOver') };
    const leader = new LeaderTask('delivery', task, localLeaderLock, pino({ level: 'silent' }));
    leader.start();
    await new Promise((r) => setTimeout(r, 10));
    expect(leader.leading).toBe(true);
    await leader.stop();
    expect(events).toEqual(['takeOver', 'start', 'stop']);
  });
});
