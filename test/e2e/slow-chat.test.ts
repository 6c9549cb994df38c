import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { privateText } from '../support/updates.ts';

/**
 * A sleep the test releases by hand: "20 seconds later" is a step of the test, not a wait, so the
 * assertions are about order (what happened while the held chat was still waiting), never wall time.
 */
function manualSleep() {
  const waits: Array<{ ms: number; release: () => void }> = [];
  let onWait: (() => void) | undefined;
  return {
    waits,
    sleep: (ms: number) =>
      new Promise<void>((release) => {
        waits.push({ ms, release });
        onWait?.();
      }),
    /** Resolves once some lane is waiting. */
    waiting: () => new Promise<void>((resolve) => (waits.length ? resolve() : (onWait = resolve))),
  };
}

describe.each(FRAMEWORKS)('one slow chat never stalls the others under %s', (framework) => {
  let h: Harness;
  const clock = manualSleep();
  const HELD = 9701;
  const OTHER = 9702;
  const okSends = (chat: number) => h.fake.calls.filter((c) => c.method === 'sendMessage' && c.ok && c.params.chat_id === chat);

  beforeAll(async () => {
    h = await startHarness({ framework, sleep: clock.sleep });
  });
  afterAll(async () => h?.stop());

  it('when one chat is held by a 20 s 429, then another chat is answered meanwhile and the held reply arrives once, after the wait', async () => {
    h.fake.tooManyRequests(20, { chatId: HELD });
    // The held chat's update is handled (the handler returned) although its answer could not go out.
    const held = await h.send(privateText(HELD, '/help'));
    expect(held.filter((c) => c.method === 'sendMessage').map((c) => c.error?.error_code)).toEqual([429]);
    await clock.waiting();
    expect(clock.waits.map((w) => w.ms)).toEqual([20_000]);

    // Another resident asks while the held chat still waits: answered at once, in the same polling stream.
    const other = h.texts(await h.send(privateText(OTHER, '/help')));
    expect(other.join('\n')).toMatch(/\/complain/);
    expect(okSends(HELD)).toHaveLength(0);
    // A second message to the held chat joins its queue, behind the first.
    await h.send(privateText(HELD, '/start'));
    expect(okSends(HELD)).toHaveLength(0);

    clock.waits[0]!.release(); // 20 seconds pass
    await h.fake.waitFor('sendMessage', () => okSends(HELD).length >= 2, 5000);
    const delivered = okSends(HELD);
    expect(delivered).toHaveLength(2);
    expect(String(delivered[0]!.params.text)).toMatch(/\/complain/); // /help first, then /start, each once
    expect(clock.waits).toHaveLength(1);
  });
});
