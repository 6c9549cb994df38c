import type { ChatId } from '../ids.ts';
import type { ChatRepository } from '../ports.ts';
import { message, msg, type Reply } from '../replies.ts';
import { groupsData } from './buttons.ts';

const PRESENT = new Set(['member', 'administrator', 'creator', 'restricted']);

/** True when a my_chat_member change means the bot has just joined (not a promotion or a restriction). */
export const isJoin = (oldStatus: string, newStatus: string): boolean => PRESENT.has(newStatus) && !PRESENT.has(oldStatus);

/**
 * What the bot says when it joins a group. The first time: a short greeting telling admins to run
 * /setup (once per chat: `greetedAt` is stored). When re-added later: one line saying the old
 * settings are kept, because a silent bot leaves the admin who re-added it guessing.
 * Promotions and other changes say nothing.
 */
export async function greetGroup(
  chats: Pick<ChatRepository, 'find' | 'update'>,
  chatId: ChatId,
  oldStatus: string,
  newStatus: string,
  now: Date,
): Promise<Reply[]> {
  if (!isJoin(oldStatus, newStatus)) return [];
  const chat = await chats.find(chatId);
  if (!chat || chat.type === 'private' || chat.type === 'channel') return [];
  if (chat.greetedAt) return [message(chat.setupDone ? msg('groups-back') : msg('groups-back-not-set-up'))];
  await chats.update(chatId, { greetedAt: now });
  return [message(msg('groups-greeting'), [[groupsData.button(msg('groups-button-open'), { op: 'm' })]])];
}
