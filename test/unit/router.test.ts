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
});
