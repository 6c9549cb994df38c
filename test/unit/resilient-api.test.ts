import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { BotApiError, ChatUnavailableError, type BotApi } from '../../src/adapters/telegram/bot-api.ts';
import { ResilientBotApi } from '../../src/adapters/telegram/resilient-api.ts';
import { chatId, type ChatId } from '../../src/core/ids.ts';
import type { ChatRepository, ChatStatus } from '../../src/core/ports.ts';

function setup(failures: unknown[], o: { halted?: () => boolean; onSleep?: () => void } = {}) {
  const sentTo: ChatId[] = [];
  const slept: number[] = [];
  const statuses: Array<[ChatId, ChatStatus]> = [];
  const migrations: Array<[ChatId, ChatId]> = [];
  const inner = {
    async sendMessage(chat: ChatId) {
      sentTo.push(chat);
      const f = failures.shift();
      if (f) throw f;
      return { messageId: 1 };
    },
  } as unknown as BotApi;
  const chats = {
    setStatus: async (id: ChatId, s: ChatStatus) => void statuses.push([id, s]),
    migrate: async (a: ChatId, b: ChatId) => void migrations.push([a, b]),
  } as unknown as ChatRepository;
  const api = new ResilientBotApi(inner, {
    chats,
    log: pino({ level: 'silent' }),
    sleep: async (ms) => {
      slept.push(ms);
      o.onSleep?.();
    },
    halted: o.halted,
  });
  return { api, sentTo, slept, statuses, migrations };
}

describe('Telegram failure modes', () => {
  it('when the process is shutting down, then a failed call is not tried again, even one already waiting to', async () => {
    const bad = () => new BotApiError('sendMessage', 502, 'Bad Gateway');
    const stopped = setup([bad(), bad()], { halted: () => true });
    await expect(stopped.api.sendMessage(chatId(5), 'hi')).rejects.toMatchObject({ code: 502 });
    expect(stopped.sentTo).toEqual([5n]);
    let halted = false;
    // The stop comes while the retry waits out its pause.
    const stopping = setup([bad(), bad()], { halted: () => halted, onSleep: () => (halted = true) });
    await expect(stopping.api.sendMessage(chatId(5), 'hi')).rejects.toMatchObject({ code: 502 });
    expect(stopping.sentTo).toEqual([5n]);
    const running = setup([bad()], { halted: () => false });
    await running.api.sendMessage(chatId(5), 'hi');
    expect(running.sentTo).toEqual([5n, 5n]);
  });

  it('when 429 says retry_after 7, then it waits exactly 7 s and retries the same call', async () => {
    const s = setup([new BotApiError('sendMessage', 429, 'Too Many Requests: retry after 7', { retry_after: 7 })]);
    await s.api.sendMessage(chatId(5), 'hi');
    expect(s.slept).toEqual([7000]);
    expect(s.sentTo).toEqual([5n, 5n]);
  });

  it('when 429 asks for longer than the inline limit, then it gives up and the caller decides', async () => {
    const s = setup([new BotApiError('sendMessage', 429, 'x', { retry_after: 3600 })]);
    await expect(s.api.sendMessage(chatId(5), 'hi')).rejects.toMatchObject({ code: 429 });
    expect(s.slept).toEqual([]);
  });

  it('when 400 carries migrate_to_chat_id, then the chat moves and the message goes to the new id', async () => {
    const s = setup([
      new BotApiError('sendMessage', 400, 'Bad Request: group chat was upgraded to a supergroup chat', {
        migrate_to_chat_id: -1001234567890,
      }),
    ]);
    await s.api.sendMessage(chatId(-42), 'hi');
    expect(s.migrations).toEqual([[-42n, -1001234567890n]]);
    expect(s.sentTo).toEqual([-42n, -1001234567890n]);
  });

  it('when 403 arrives, then a private chat is marked blocked, a group left, and nothing is retried', async () => {
    const a = setup([new BotApiError('sendMessage', 403, 'Forbidden: bot was blocked by the user')]);
    await expect(a.api.sendMessage(chatId(7), 'hi')).rejects.toBeInstanceOf(ChatUnavailableError);
    expect(a.statuses).toEqual([[7n, 'blocked']]);
    expect(a.sentTo).toHaveLength(1);
    const b = setup([new BotApiError('sendMessage', 403, 'Forbidden: bot was kicked from the group chat')]);
    await expect(b.api.sendMessage(chatId(-8), 'hi')).rejects.toBeInstanceOf(ChatUnavailableError);
    expect(b.statuses).toEqual([[-8n, 'left']]);
  });

  it('when the network fails or Telegram answers 5xx, then it retries with a pause, then gives up', async () => {
    const s = setup([new Error('ECONNRESET'), new BotApiError('sendMessage', 502, 'Bad Gateway')]);
    await s.api.sendMessage(chatId(5), 'hi');
    expect(s.sentTo).toHaveLength(3);
    const never = setup(Array.from({ length: 10 }, () => new Error('ECONNREFUSED')));
    await expect(never.api.sendMessage(chatId(5), 'hi')).rejects.toThrow('ECONNREFUSED');
    expect(never.sentTo).toHaveLength(4);
  });

  it('when 400 is an ordinary bad request, then it is not retried', async () => {
    const s = setup([new BotApiError('sendMessage', 400, 'Bad Request: message text is empty')]);
    await expect(s.api.sendMessage(chatId(5), '')).rejects.toMatchObject({ code: 400 });
    expect(s.sentTo).toHaveLength(1);
  });
});
