import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import type { ServerEvent } from '../../../src/playground/protocol.ts';
import { startPlayground, type Playground } from '../../../src/playground/start-playground.ts';
import { GROUP, IDENTITIES } from '../../../src/playground/world.ts';

/** The playground without a browser: its session, over the real bot and emulator. */
describe('the playground session', () => {
  let p: Playground;
  const events: ServerEvent[] = [];
  const botReply = async (chatId: number, after: number) => {
    await expect
      .poll(() => events.slice(after).some((e) => e.type === 'message' && e.message.fromBot && e.message.chatId === chatId))
      .toBe(true);
    const found = events.slice(after).find((e) => e.type === 'message' && e.message.fromBot && e.message.chatId === chatId);
    return found?.type === 'message' ? (found.message.text ?? '') : '';
  };

  beforeAll(async () => {
    p = await startPlayground({ framework: 'grammy', port: 0, log: createLogger('silent') });
    p.session.subscribe((e) => events.push(e));
  }, 60_000);
  afterAll(async () => p?.stop());

  it('when the language is switched to English, then the bot answers in English and the menu is English', async () => {
    await p.session.act({ type: 'lang', lang: 'en' });
    const mark = events.length;
    await p.session.act({ type: 'text', chat: 'private', text: '/help' });
    expect(await botReply(IDENTITIES.resident.id, mark)).toMatch(/[A-Za-z]{4}/);
    // The bot registers its menus in the background after it starts: on a busy machine they may come after the first answer.
    await expect.poll(() => p.session.commands('private').find((c) => c.command === 'complain')?.description ?? '').toMatch(/complaint/i);
  });

  it('when a plain message is written in the group, then it stays among people (privacy mode); a command reaches the bot', async () => {
    const mark = events.length;
    const calls = p.emulator.mark();
    await p.session.act({ type: 'text', chat: 'group', text: 'всем привет' });
    const shown = events.slice(mark).find((e) => e.type === 'message' && e.message.chatId === GROUP.id);
    expect(shown?.type === 'message' && shown.message.notDelivered).toBe(true);
    await p.session.act({ type: 'text', chat: 'group', text: '/help' });
    await botReply(GROUP.id, mark);
    expect(p.emulator.calls.filter((c) => c.index >= calls && c.method === 'getUpdates').length).toBeGreaterThan(0);
  });

  it('when the owner is chosen, then the owner sees staff commands the resident does not', async () => {
    const resident = p.session.commands('private').map((c) => c.command);
    await p.session.act({ type: 'identity', identity: 'owner' });
    const owner = p.session.commands('private').map((c) => c.command);
    expect(owner).toContain('export');
    expect(resident).not.toContain('export');
  });

  it('when an action is malformed, then it is refused with a reason and nothing breaks', async () => {
    await expect(p.session.act({ type: 'text', chat: 'private', text: '   ' })).rejects.toThrow(/empty/);
    await expect(p.session.act({ type: 'callback', chat: 'private', messageId: 99_999, data: 'x' })).rejects.toThrow(/not found/);
    await expect(p.session.act({ type: 'nope' } as never)).rejects.toThrow(/unknown/);
  });
});
