import { describe, expect, it } from 'vitest';
import type { BotApi } from '../../src/adapters/telegram/bot-api.ts';
import { ChatLanes } from '../../src/adapters/telegram/chat-lanes.ts';
import { Router } from '../../src/adapters/telegram/router.ts';
import { groupsData } from '../../src/core/groups/buttons.ts';
import type { ChatRepository, ConversationRepository, UpdateLog, UpdateSnapshots, UserRepository } from '../../src/core/ports.ts';
import { createI18n } from '../../src/i18n/index.ts';
import { createLogger } from '../../src/logger.ts';

function routerWith(chats: Partial<ChatRepository>) {
  const answered: string[] = [];
  const api = { answerCallbackQuery: async (id: string) => void answered.push(id) } as unknown as BotApi;
  const router = new Router({
    features: [],
    chats: chats as ChatRepository,
    users: {} as UserRepository,
    updates: { claim: async () => true } as unknown as UpdateLog,
    snapshots: {
      read: async () => ({ chat: null, user: null, conversation: null, staff: null }),
      claimAndRead: async () => ({ claimed: true, snapshot: { chat: null, user: null, conversation: null, staff: null } }),
    } as UpdateSnapshots,
    conversations: {} as ConversationRepository,
    i18n: createI18n({ strict: true }),
    api,
    log: createLogger('silent'),
    defaultLocale: 'ru',
    defaultTimeZone: 'Asia/Almaty',
    bot: { id: 42, username: 'test_bot' },
    lanes: new ChatLanes({ log: createLogger('silent') }),
  });
  return { router, answered };
}

describe('router', () => {
  it('when the database fails before a button press reaches its handler, then the button is still answered and nothing throws', async () => {
    const { router, answered } = routerWith({ upsertSeen: async () => Promise.reject(new Error('database is locked')) });
    const update = {
      update_id: 9001,
      callback_query: {
        id: 'cb-1',
        from: { id: 7, is_bot: false, first_name: 'A' },
        data: groupsData.encode({ op: 'm' }),
        message: { message_id: 3, chat: { id: -5, type: 'group' } },
      },
    };
    await expect(router.handle(update)).resolves.toBeUndefined();
    expect(answered).toEqual(['cb-1']);
  });

  it('when two updates of one chat arrive together, then the second is handled after the first, while another chat goes on', async () => {
    const events: string[] = [];
    const empty = { chat: null, user: null, conversation: null, staff: null };
    const router = new Router({
      features: [],
      chats: { upsertSeen: async () => Promise.reject(new Error('stop here')) } as unknown as ChatRepository,
      users: {} as UserRepository,
      updates: { claim: async () => true } as unknown as UpdateLog,
      snapshots: {
        read: async () => empty,
        claimAndRead: async (id: number) => {
          events.push(`start ${id}`);
          if (id === 1) await new Promise((r) => setTimeout(r, 50));
          events.push(`end ${id}`);
          return { claimed: true, snapshot: empty };
        },
      } as unknown as UpdateSnapshots,
      conversations: {} as ConversationRepository,
      i18n: createI18n({ strict: true }),
      api: { answerCallbackQuery: async () => undefined, sendMessage: async () => ({ messageId: 1 }) } as unknown as BotApi,
      log: createLogger('silent'),
      defaultLocale: 'ru',
      defaultTimeZone: 'Asia/Almaty',
      bot: { id: 42, username: 'test_bot' },
      lanes: new ChatLanes({ log: createLogger('silent') }),
      maxConcurrent: 8,
    });
    const text = (updateId: number, chat: number) => ({
      update_id: updateId,
      message: {
        message_id: updateId,
        date: 0,
        chat: { id: chat, type: 'private' },
        from: { id: chat, is_bot: false, first_name: 'R' },
        text: 'hello',
      },
    });
    await Promise.all([router.handle(text(1, 5)), router.handle(text(2, 5)), router.handle(text(3, 6))]);
    expect(events.indexOf('start 2')).toBeGreaterThan(events.indexOf('end 1'));
    expect(events.indexOf('start 3')).toBeLessThan(events.indexOf('end 1'));
  });
});
