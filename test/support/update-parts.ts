/**
 * Shared pieces of the update builders: the default bot, users, chats,
 * entities and the growing message ids. `updates.ts` re-exports the public ones.
 */
import type { Chat, MessageEntity, Update, User } from 'grammy/types';
import { textEntities } from '../../src/emulator/entities.ts';
import { chatTypeOf, DEFAULT_BOT } from '../../src/emulator/state.ts';

export { textEntities };

/** The bot the fake server plays by default. */
export const FAKE_BOT = DEFAULT_BOT;
/** Telegram's GroupAnonymousBot, the `from` of messages by anonymous group admins. */
export const GROUP_ANONYMOUS_BOT_ID = 1087968824;
/** Telegram's Channel_Bot, the `from` of messages sent on behalf of a channel. */
export const CHANNEL_BOT_ID = 136817688;

/** An Update as the builders return it: update_id only when asked for. */
export type NewUpdate = Omit<Update, 'update_id'> & { update_id?: number };
/** The message of a `message` update (the Message union narrowed to non-channel chats). */
export type UpdateMessage = NonNullable<Update['message']>;

export interface UserOpts {
  firstName?: string;
  lastName?: string;
  username?: string;
  languageCode?: string;
}

/** Common options: a fixed update_id or message_id when a test needs one. */
export interface BaseOpts {
  updateId?: number;
  messageId?: number;
}

let lastMessageId = 1000;
let lastCallbackId = 0;

/** A fresh callback query id. */
export function nextCallbackId(userId: number): string {
  return `${userId}${String(++lastCallbackId).padStart(6, '0')}`;
}

/** The next message id, or `opts.messageId` (later ids then stay above it). */
export function nextMessageId(opts: BaseOpts): number {
  if (opts.messageId !== undefined) {
    lastMessageId = Math.max(lastMessageId, opts.messageId);
    return opts.messageId;
  }
  return ++lastMessageId;
}

export function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}

export function withUpdateId(update: NewUpdate, opts: BaseOpts): NewUpdate {
  return opts.updateId === undefined ? update : { update_id: opts.updateId, ...update };
}

/** A user: `{id, is_bot:false, first_name:'Test', language_code:'ru'}` unless overridden. */
export function testUser(userId: number, opts: UserOpts = {}): User {
  const user: User = { id: userId, is_bot: false, first_name: opts.firstName ?? 'Test' };
  if (opts.lastName) user.last_name = opts.lastName;
  if (opts.username) user.username = opts.username;
  user.language_code = opts.languageCode ?? 'ru';
  return user;
}

/** The bot as `from` of its own messages. */
export function botUser(botId: number = FAKE_BOT.id, username: string = FAKE_BOT.username): User {
  return { id: botId, is_bot: true, first_name: FAKE_BOT.firstName, username };
}

export function privateChat(user: User): Chat.PrivateChat {
  const chat: Chat.PrivateChat = { id: user.id, type: 'private', first_name: user.first_name };
  if (user.username) chat.username = user.username;
  return chat;
}

export interface GroupOpts {
  chatType?: 'group' | 'supergroup';
  title?: string;
  /** A forum supergroup (topics on): the chat gets `is_forum: true`. */
  forum?: boolean;
}

/** A group or supergroup chat; the type follows the id (-100… = supergroup) unless given. */
export function groupChat(chatId: number, opts: GroupOpts = {}): Chat.GroupChat | Chat.SupergroupChat {
  const type = opts.chatType ?? (chatTypeOf(chatId) === 'supergroup' ? 'supergroup' : 'group');
  const chat = { id: chatId, type, title: opts.title ?? 'Test group' };
  return opts.forum ? ({ ...chat, type: 'supergroup', is_forum: true } as Chat.SupergroupChat) : chat;
}

/** The chat a user-sent message lands in: the user's private chat, or a group for negative ids. */
export function chatFor(user: User, chatId: number | undefined): Chat {
  return chatId === undefined || chatId === user.id ? privateChat(user) : chatId > 0 ? privateChat(testUser(chatId)) : groupChat(chatId);
}

export function textMessage(base: Record<string, unknown>, text: string, entities?: MessageEntity[]): UpdateMessage {
  const found = entities ?? textEntities(text);
  // Built field by field from the Bot API reference; the cast spares the Message union's overloads.
  return { ...base, text, ...(found.length > 0 ? { entities: found } : {}) } as unknown as UpdateMessage;
}
