import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, document, groupText, privateText } from '../support/updates.ts';
import { aliasBomb } from '../fixtures/hostile-data.ts';

/** Names Object.prototype answers to, as whole button data and after every feature's prefix. */
const PROTO_KEYS = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__', 'isPrototypeOf'];
const PREFIXES = ['cf', 'cm', 'gs', 'el', 'ib', 'ex', 'lang', 'ad', 'au', 'er'];

describe.each(FRAMEWORKS)('hostile button data under %s', (framework) => {
  let h: Harness;
  const logged: Array<{ level: number; msg: string; err?: unknown }> = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logged.push(JSON.parse(line));
        done();
      },
    });
    h = await startHarness({ framework, log: createLogger('debug', sink) });
    await h.send(groupText(-1008801, 8801, '/help'));
  });
  afterAll(async () => h?.stop());

  it('when callback data names Object.prototype members, then it is a stale button like any garbage: a toast, no error log, no stack', async () => {
    const stale = (await h.send(callback(8800, 'zz-garbage'))).find((c) => c.method === 'answerCallbackQuery')?.params.text;
    expect(stale).toMatch(/устарела/);
    const data = [...PROTO_KEYS, ...PREFIXES.flatMap((p) => PROTO_KEYS.map((k) => `${p}:${k}`)), ...PROTO_KEYS.map((k) => `el:${k}:x`)];
    for (const d of data) {
      for (const chatId of [8800, -1008801]) {
        const calls = await h.send(callback(8800, d, { chatId }));
        const answer = calls.find((c) => c.method === 'answerCallbackQuery');
        expect(answer?.params.text, d).toBeDefined();
        expect(
          calls
            .filter((c) => c.method === 'sendMessage')
            .map((c) => String(c.params.text))
            .join(),
          d,
        ).not.toMatch(/Что-то пошло не так|went wrong/);
      }
    }
    const errors = logged.filter((l) => l.level >= 50 || l.err !== undefined);
    expect(errors.map((e) => e.msg)).toEqual([]);
  });

  it('when a typed command or text names a prototype member, then the bot handles it like any other', async () => {
    for (const text of ['/constructor', '/__proto__', '/hasOwnProperty']) {
      expect(h.texts(await h.send(privateText(8802, text))).length, text).toBeGreaterThan(0);
    }
    for (const text of ['constructor', '__proto__', 'hasOwnProperty']) await h.send(privateText(8802, text));
    expect(logged.filter((l) => l.level >= 50).map((e) => e.msg)).toEqual([]);
  });
});

describe.each(FRAMEWORKS)('hostile election data uploads under %s', (framework) => {
  const OWNER = 8901;
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) } });
  });
  afterAll(async () => h?.stop());

  it('when an owner uploads an alias bomb or 2 MB of nested brackets, then each gets a clear error with its line and the bot keeps answering', async () => {
    h.fake.registerFile('bomb', Buffer.from(aliasBomb()), 'bomb.yaml');
    h.fake.registerFile('brackets', Buffer.from('['.repeat(1 << 20) + ']'.repeat(1 << (20 - 100))), 'brackets.yaml');
    await h.send(privateText(OWNER, '/import'));
    expect(h.texts(await h.send(document(OWNER, 'bomb', 'bomb.yaml'))).join('\n')).toMatch(
      /line 11, column \d+: aliases expand to more than 100 nodes/,
    );
    await h.send(privateText(OWNER, '/import'));
    expect(h.texts(await h.send(document(OWNER, 'brackets', 'brackets.yaml'))).join('\n')).toMatch(
      /line 1, column 65: nested more than 64 levels deep/,
    );
    expect(h.texts(await h.send(privateText(OWNER, '/help'))).join()).not.toBe('');
  });
});
