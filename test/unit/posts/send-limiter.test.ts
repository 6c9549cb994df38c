import { describe, expect, it } from 'vitest';
import { SendLimiter } from '../../../src/adapters/scheduler/send-limiter.ts';

/** Drives the limiter on a fake clock: each acquire advances time by what it was told to wait. */
function simulate(chats: bigint[]) {
  let now = 0;
  const limiter = new SendLimiter(
    undefined,
    () => now,
    async (ms) => {
      now += ms;
    },
  );
  return { limiter, at: () => now, send: async (chat: bigint) => (await limiter.acquire(chat), now) };
}

const perWindow = (times: number[], windowMs: number) =>
  Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));

describe('send limiter', () => {
  it('when 300 groups get one message each, then no more than 30 go out in any second and it takes ~10 s', async () => {
    const s = simulate([]);
    const times: number[] = [];
    for (let i = 0; i < 300; i++) times.push(await s.send(BigInt(-1000 - i)));
    expect(perWindow(times, 1000)).toBeLessThanOrEqual(30);
    expect(s.at()).toBeGreaterThanOrEqual(9_900);
    expect(s.at()).toBeLessThan(10_100);
  });

  it('when one chat gets many parts, then they are spaced a second apart and a group gets no more than 20 a minute', async () => {
    const s = simulate([]);
    const times: number[] = [];
    for (let i = 0; i < 30; i++) times.push(await s.send(-42n));
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(999);
    expect(perWindow(times, 60_000)).toBeLessThanOrEqual(20);
  });

  it('when a chat must wait, then it does not hold up another chat (no head-of-line blocking)', async () => {
    const now = 0;
    const limiter = new SendLimiter(undefined, () => now);
    expect(limiter.reserve(-1n)).toBe(0);
    expect(limiter.reserve(-1n)).toEqual({ later: 1000 });
    const other = limiter.reserve(-2n);
    expect(typeof other === 'number' && other < 100).toBe(true);
  });

  it('when Telegram asked a chat to wait, then the limiter keeps it waiting that long', () => {
    let now = 0;
    const limiter = new SendLimiter(undefined, () => now);
    limiter.pause(-5n, 7);
    expect(limiter.reserve(-5n)).toEqual({ later: 7000 });
    now = 7000;
    expect(typeof limiter.reserve(-5n)).toBe('number');
  });
});
