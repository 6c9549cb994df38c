import { describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/adapters/telegram/dispatch.ts';
import type { ButtonRoute, CommandSpec, Feature, HandlerContext } from '../../src/adapters/telegram/feature.ts';
import type { ButtonCodec } from '../../src/core/buttons.ts';
import type { Reply } from '../../src/core/replies.ts';

/** A codec of one family: `prefix:<word>`. */
const codec = (prefix: string): ButtonCodec<string> => ({
  prefix,
  tryEncode: (v) => `${prefix}:${v}`,
  encode: (v) => `${prefix}:${v}`,
  decode: (data) => (data.startsWith(`${prefix}:`) && data.length > prefix.length + 1 ? data.slice(prefix.length + 1) : null),
  button: () => {
    throw new Error('not used');
  },
});

function context(o: { isPrivate?: boolean; data?: string } = {}) {
  const replies: Reply[] = [];
  const ctx = {
    isPrivate: o.isPrivate ?? true,
    callback: o.data === undefined ? null : { id: 'cb', data: o.data, messageId: 1, threadId: null },
    reply: async (r: Reply) => void replies.push(r),
  } as unknown as HandlerContext;
  return { ctx, replies };
}

const keyOf = (r: Reply | undefined) => (r && 'text' in r ? (r.text as { key?: string }).key : undefined);

describe('Dispatcher', () => {
  const ran: string[] = [];
  const command = (name: string, by: string): CommandSpec => ({
    name,
    handle: async (_ctx, args) => void ran.push(`${by}:${name}:${args}`),
  });
  const route = (prefix: string, by: string): ButtonRoute<string> => ({
    codec: codec(prefix),
    handle: async (_ctx, v) => void ran.push(`${by}:${prefix}:${v}`),
  });
  const features: Feature[] = [
    { name: 'first', commands: [command('help', 'first')], buttons: [route('lang', 'first')] },
    {
      name: 'second',
      commands: [command('help', 'second'), command('results', 'second')],
      buttons: [route('lang', 'second'), route('cx', 'second')],
    },
  ] as unknown as Feature[];
  const dispatch = new Dispatcher(features);

  it('when two features declare the same command or button family, then the first one handles it, as before the maps', async () => {
    ran.length = 0;
    await dispatch.command(context().ctx, { name: 'help', args: 'x', target: null });
    await dispatch.command(context().ctx, { name: 'results', args: '', target: null });
    await dispatch.callback(context({ data: 'lang:kk' }).ctx);
    await dispatch.callback(context({ data: 'cx:7' }).ctx);
    expect(ran).toEqual(['first:help:x', 'second:results:', 'first:lang:kk', 'second:cx:7']);
  });

  it("when a command or a button names an object's own property, then it is unknown or stale, never a handler", async () => {
    ran.length = 0;
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const c = context();
      await dispatch.command(c.ctx, { name, args: '', target: null });
      expect(keyOf(c.replies[0])).toBe('unknown-command');
      const b = context({ data: `${name}:x` });
      await dispatch.callback(b.ctx);
      expect(b.replies).toMatchObject([{ kind: 'toast' }]);
      expect(keyOf(b.replies[0])).toBe('button-stale');
    }
    expect(ran).toEqual([]);
  });

  it('when a group gets a command no feature has, not addressed to the bot by name, then the bot stays quiet', async () => {
    const c = context({ isPrivate: false });
    await dispatch.command(c.ctx, { name: 'weather', args: '', target: null });
    expect(c.replies).toEqual([]);
  });
});
