// MAX_CONCURRENT_UPDATES: a burst of webhook requests is handled a few at a time, in arrival order,
// and every one of them is still answered once. Runs the real webhook over HTTP under both frameworks.
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_METHODS } from '../../src/emulator/methods.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { privateText } from '../support/updates.ts';

const SECRET = 'slots-secret';

describe.each(FRAMEWORKS)('updates handled at once, under %s', (framework) => {
  let h: Harness | undefined;
  let release: (() => void) | undefined;
  afterEach(async () => {
    release?.(); // a failed test must not leave answers held past its stop
    await h?.stop();
    h = undefined;
  });

  const start = (slots: number) =>
    startHarness({
      framework,
      env: {
        BOT_MODE: 'webhook',
        WEBHOOK_URL: 'https://bot.example.kz/hook',
        WEBHOOK_SECRET: SECRET,
        MAX_CONCURRENT_UPDATES: String(slots),
      },
    });
  const post = (update: Record<string, unknown>) =>
    fetch(`http://127.0.0.1:${h!.app.http.port}/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(update),
    });
  const waitingGauge = async () => {
    const text = await (await fetch(`http://127.0.0.1:${h!.app.http.port}/metrics`)).text();
    return Number(/^akim_updates_waiting (\S+)$/m.exec(text)?.[1]);
  };

  /** Answers are held until `open()`: each held answer is an update holding its slot. */
  const holdAnswers = (fake: Harness['fake']) => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    release = open;
    const seen = { held: 0, most: 0, chats: [] as number[] };
    fake.setHandler('sendMessage', async (params, ctx) => {
      seen.chats.push(Number(params.chat_id));
      seen.most = Math.max(seen.most, ++seen.held);
      await gate;
      seen.held--;
      return BUILTIN_METHODS.sendMessage!(params, ctx);
    });
    return { seen, open };
  };

  const until = async (check: () => boolean | Promise<boolean>, what: string) => {
    const end = Date.now() + 10_000;
    while (!(await check())) {
      if (Date.now() > end) throw new Error(`${what}: not reached in 10 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it('when 10 residents write at once with 3 slots, then 3 are handled while 7 wait, and all 10 get one answer', async () => {
    h = await start(3);
    const { seen, open } = holdAnswers(h.fake);
    const chats = Array.from({ length: 10 }, (_, i) => 7100 + i);
    const responses = chats.map((chat, i) => post(privateText(chat, '/help', { updateId: 880_100 + i })));
    await until(() => seen.held === 3, 'three answers held');
    await until(async () => (await waitingGauge()) === 7, 'seven updates waiting');
    // Nothing more starts while the three slots are taken.
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.held).toBe(3);
    open();
    for (const res of await Promise.all(responses)) expect(res.status).toBe(200);
    await until(() => seen.chats.length === 10, 'ten answers');
    expect(seen.most).toBe(3);
    expect([...seen.chats].sort()).toEqual(chats);
    expect(await waitingGauge()).toBe(0);
  });

  it('when the same update arrives again while the first copy waits for a slot, then it is answered once', async () => {
    h = await start(1);
    const { seen, open } = holdAnswers(h.fake);
    const first = post(privateText(7200, '/help', { updateId: 880_001 }));
    await until(() => seen.held === 1, 'first answer held');
    const update = privateText(7201, '/help', { updateId: 880_002 });
    const copies = [post(update), post(update)];
    await until(async () => (await waitingGauge()) === 2, 'both copies waiting');
    open();
    for (const res of await Promise.all([first, ...copies])) expect(res.status).toBe(200);
    await until(() => seen.chats.length >= 2, 'two answers');
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.chats.filter((c) => c === 7201)).toHaveLength(1);
  });
});
