/**
 * Builders of real Bot API Update JSON for tests, to pass to `FakeBotApi.pushUpdate`.
 * They carry no update_id unless `opts.updateId` is given (the fake assigns one).
 * Message ids grow across builders; dates are now.
 */
import type { Chat, ChatMember, MessageEntity, Update, User } from 'grammy/types';
import { buildChatMember, chatTypeOf, type MemberStatus } from './fake-bot-api-state.ts';

/** The bot the fake server plays by default. */
export const FAKE_BOT = { id: 7_000_000_001, username: 'test_bot', firstName: 'Test Bot' } as const;
/** Telegram's GroupAnonymousBot, the `from` of messages by anonymous group admins. */
export const GROUP_ANONYMOUS_BOT_ID = 1087968824;
/** Telegram's Channel_Bot, the `from` of messages sent on behalf of a channel. */
export const CHANNEL_BOT_ID = 136817688;

/** An Update as the builders return it: update_id only when asked for. */
export type NewUpdate = Omit<Update, 'update_id'> & { update_id?: number };
/** The message of a `message` update (the Message union narrowed to non-channel chats). */
type UpdateMessage = NonNullable<Update['message']>;

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

function nextMessageId(opts: BaseOpts): number {
  if (opts.messageId !== undefined) {
    lastMessageId = Math.max(lastMessageId, opts.messageId);
    return opts.messageId;
  }
  return ++lastMessageId;
}

function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}

function withUpdateId(update: NewUpdate, opts: BaseOpts): NewUpdate {
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

function privateChat(user: User): Chat.PrivateChat {
  const chat: Chat.PrivateChat = { id: user.id, type: 'private', first_name: user.first_name };
  if (user.username) chat.username = user.username;
  return chat;
}

export interface GroupOpts {
  chatType?: 'group' | 'supergroup';
  title?: string;
}

/** A group or supergroup chat; the type follows the id (-100… = supergroup) unless given. */
export function groupChat(chatId: number, opts: GroupOpts = {}): Chat.GroupChat | Chat.SupergroupChat {
  const type = opts.chatType ?? (chatTypeOf(chatId) === 'supergroup' ? 'supergroup' : 'group');
  return { id: chatId, type, title: opts.title ?? 'Test group' };
}

/** The chat a user-sent message lands in: the user's private chat, or a group for negative ids. */
function chatFor(user: User, chatId: number | undefined): Chat {
  return chatId === undefined || chatId === user.id ? privateChat(user) : chatId > 0 ? privateChat(testUser(chatId)) : groupChat(chatId);
}

/**
 * Entities Telegram adds on its own: a bot_command at the start (with its
 * `@botname` suffix) and a mention for every `@username`. Offsets are UTF-16.
 */
export function textEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const match of text.matchAll(/(^|[^\w@])(@[A-Za-z][A-Za-z0-9_]{3,31})/g)) {
    const offset = (match.index ?? 0) + match[1].length;
    if (command && offset < command[0].length) continue;
    entities.push({ type: 'mention', offset, length: match[2].length });
  }
  return entities;
}

function textMessage(base: Record<string, unknown>, text: string, entities?: MessageEntity[]): UpdateMessage {
  const found = entities ?? textEntities(text);
  // Built field by field from the Bot API reference; the cast spares the Message union's overloads.
  return { ...base, text, ...(found.length > 0 ? { entities: found } : {}) } as unknown as UpdateMessage;
}

export interface PrivateTextOpts extends BaseOpts, UserOpts {
  entities?: MessageEntity[];
}

/** A text message from the user in their private chat with the bot. */
export function privateText(userId: number, text: string, opts: PrivateTextOpts = {}): NewUpdate {
  const from = testUser(userId, opts);
  const base = { message_id: nextMessageId(opts), from, chat: privateChat(from), date: unixNow() };
  return withUpdateId({ message: textMessage(base, text, opts.entities) }, opts);
}

export interface GroupTextOpts extends BaseOpts, GroupOpts, UserOpts {
  /** Makes the message a reply to an earlier message of the bot (privacy mode lets those through). */
  replyToBot?: boolean;
  botUsername?: string;
  botId?: number;
  /** Sent on behalf of a channel or the group itself: from becomes Channel_Bot. */
  senderChat?: { id: number; title?: string; type?: 'channel' | 'supergroup' };
  entities?: MessageEntity[];
}

/** A text message from a user in a group; `@botname` in the text gets a mention entity. */
export function groupText(chatId: number, userId: number, text: string, opts: GroupTextOpts = {}): NewUpdate {
  const chat = groupChat(chatId, opts);
  const base: Record<string, unknown> = { message_id: nextMessageId(opts), from: testUser(userId, opts), chat, date: unixNow() };
  if (opts.senderChat) {
    const { id, title, type } = opts.senderChat;
    base.from = { id: CHANNEL_BOT_ID, is_bot: true, first_name: 'Channel', username: 'Channel_Bot' };
    base.sender_chat = { id, type: type ?? 'channel', title: title ?? 'Test channel' };
  }
  if (opts.replyToBot) {
    base.reply_to_message = {
      message_id: (base.message_id as number) - 1,
      from: botUser(opts.botId, opts.botUsername),
      chat,
      date: unixNow() - 60,
      text: 'Bot message',
    };
  }
  return withUpdateId({ message: textMessage(base, text, opts.entities) }, opts);
}

/** A message by an anonymous group admin: from GroupAnonymousBot, sender_chat = the group. */
export function anonymousAdminText(chatId: number, text: string, opts: BaseOpts & GroupOpts = {}): NewUpdate {
  const chat = groupChat(chatId, opts);
  const from: User = { id: GROUP_ANONYMOUS_BOT_ID, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };
  const base = { message_id: nextMessageId(opts), from, sender_chat: chat, chat, date: unixNow() };
  return withUpdateId({ message: textMessage(base, text) }, opts);
}

export interface CallbackOpts extends BaseOpts, UserOpts {
  chatId?: number;
  /** Text of the bot message that carried the button. */
  messageText?: string;
}

/** A button press on an inline keyboard of a bot message (in the user's private chat unless chatId). */
export function callback(userId: number, data: string, opts: CallbackOpts = {}): NewUpdate {
  const from = testUser(userId, opts);
  const chat = chatFor(from, opts.chatId);
  const message = textMessage(
    { message_id: nextMessageId(opts), from: botUser(), chat, date: unixNow() - 5 },
    opts.messageText ?? 'Menu',
    [],
  );
  const query = { id: `${userId}${String(++lastCallbackId).padStart(6, '0')}`, from, message, chat_instance: `-${Math.abs(chat.id)}77`, data };
  return withUpdateId({ callback_query: query }, opts);
}

export interface MediaOpts extends BaseOpts, UserOpts {
  chatId?: number;
  caption?: string;
}

function mediaMessage(userId: number, opts: MediaOpts, content: Record<string, unknown>): NewUpdate {
  const from = testUser(userId, opts);
  const base = { message_id: nextMessageId(opts), from, chat: chatFor(from, opts.chatId), date: unixNow(), ...content };
  if (opts.caption) Object.assign(base, { caption: opts.caption });
  return withUpdateId({ message: base as unknown as UpdateMessage }, opts);
}

/** A photo; the largest size carries `fileId` (register it with `registerFile` to serve bytes). */
export function photo(userId: number, fileId: string, opts: MediaOpts & { mediaGroupId?: string } = {}): NewUpdate {
  const sizes = [
    { file_id: `${fileId}_s`, file_unique_id: `${fileId}_us`, file_size: 1200, width: 90, height: 67 },
    { file_id: fileId, file_unique_id: `${fileId}_u`, file_size: 85000, width: 1280, height: 960 },
  ];
  return mediaMessage(userId, opts, { photo: sizes, ...(opts.mediaGroupId ? { media_group_id: opts.mediaGroupId } : {}) });
}

/** A shared location. */
export function location(userId: number, latitude: number, longitude: number, opts: MediaOpts = {}): NewUpdate {
  return mediaMessage(userId, opts, { location: { latitude, longitude } });
}

/** A sticker (something a text-only bot must ignore gracefully). */
export function sticker(userId: number, opts: MediaOpts & { emoji?: string } = {}): NewUpdate {
  const file = { file_id: 'CAACAgIAAxkBAAFakeSticker', file_unique_id: 'AgADFakeSticker', file_size: 20000 };
  const content = { ...file, type: 'regular', width: 512, height: 512, is_animated: false, is_video: false, emoji: opts.emoji ?? '👍' };
  return mediaMessage(userId, opts, { sticker: content });
}

/** A document sent by the user. */
export function document(
  userId: number,
  fileId: string,
  fileName: string,
  opts: MediaOpts & { mimeType?: string; fileSize?: number } = {},
): NewUpdate {
  const doc = { file_name: fileName, mime_type: opts.mimeType ?? 'application/octet-stream', file_id: fileId, file_unique_id: `${fileId}_u`, file_size: opts.fileSize ?? 1024 };
  return mediaMessage(userId, opts, { document: doc });
}

export interface MyChatMemberOpts extends BaseOpts, UserOpts {
  /** Default: from the id (positive = private, -100… = supergroup, else group). */
  chatType?: Chat['type'];
  title?: string;
  botId?: number;
  botUsername?: string;
}

/** The bot's own membership changed: added, promoted, removed, or (private chat) blocked/unblocked. */
export function myChatMember(
  chatId: number,
  actorUserId: number,
  oldStatus: MemberStatus,
  newStatus: MemberStatus,
  opts: MyChatMemberOpts = {},
): NewUpdate {
  const actor = testUser(actorUserId, opts);
  const type = opts.chatType ?? chatTypeOf(chatId);
  const chat: Chat =
    type === 'private'
      ? privateChat(chatId === actorUserId ? actor : testUser(chatId))
      : type === 'channel'
        ? { id: chatId, type, title: opts.title ?? 'Test channel' }
        : groupChat(chatId, { chatType: type, title: opts.title });
  const bot = botUser(opts.botId, opts.botUsername);
  const member = (status: MemberStatus): ChatMember => buildChatMember(status, bot);
  const update = { chat, from: actor, date: unixNow(), old_chat_member: member(oldStatus), new_chat_member: member(newStatus) };
  return withUpdateId({ my_chat_member: update }, opts);
}

/** Service message in the old group: it became the supergroup `newChatId`. */
export function migrateToChat(oldChatId: number, newChatId: number, opts: BaseOpts & GroupOpts & { userId?: number } = {}): NewUpdate {
  const base = { message_id: nextMessageId(opts), from: testUser(opts.userId ?? 1), chat: groupChat(oldChatId, { ...opts, chatType: 'group' }), date: unixNow(), migrate_to_chat_id: newChatId };
  return withUpdateId({ message: base as unknown as UpdateMessage }, opts);
}

/** Service message in the new supergroup: it was migrated from `oldChatId`. */
export function migrateFromChat(newChatId: number, oldChatId: number, opts: BaseOpts & GroupOpts & { userId?: number } = {}): NewUpdate {
  const base = { message_id: nextMessageId(opts), from: testUser(opts.userId ?? 1), chat: groupChat(newChatId, { ...opts, chatType: 'supergroup' }), date: unixNow(), migrate_from_chat_id: oldChatId };
  return withUpdateId({ message: base as unknown as UpdateMessage }, opts);
}

/** An edit of an earlier text message (private chat when chatId === userId). */
export function editedMessage(chatId: number, userId: number, messageId: number, text: string, opts: BaseOpts & UserOpts & GroupOpts = {}): NewUpdate {
  const from = testUser(userId, opts);
  const chat = chatId === userId ? privateChat(from) : groupChat(chatId, opts);
  const base = { message_id: messageId, from, chat, date: unixNow() - 60, edit_date: unixNow() };
  return withUpdateId({ edited_message: textMessage(base, text) as NonNullable<Update['edited_message']> }, opts);
}

/** An update the bot does not handle: a `poll` by default, or a key future Bot API versions might add. */
export function unknownUpdate(kind: 'poll' | 'made_up' = 'poll', opts: BaseOpts = {}): NewUpdate {
  if (kind === 'made_up') return withUpdateId({ some_future_update: { id: 1, note: 'unknown to every library' } } as unknown as NewUpdate, opts);
  const poll = {
    id: `${Date.now()}`, question: 'Test poll?', options: [{ text: 'Yes', voter_count: 1 }, { text: 'No', voter_count: 0 }],
    total_voter_count: 1, is_closed: false, is_anonymous: true, type: 'regular', allows_multiple_answers: false,
  };
  return withUpdateId({ poll } as unknown as NewUpdate, opts);
}

/** Service message: users joined the group (added by `actorUserId`, or joined themselves). */
export function newChatMembers(
  chatId: number,
  users: Array<number | (Partial<User> & { id: number })>,
  opts: BaseOpts & GroupOpts & { actorUserId?: number } = {},
): NewUpdate {
  const members = users.map((u) => (typeof u === 'number' ? testUser(u) : { ...testUser(u.id), ...u }));
  const from = opts.actorUserId !== undefined ? testUser(opts.actorUserId) : members[0];
  const base = { message_id: nextMessageId(opts), from, chat: groupChat(chatId, opts), date: unixNow(), new_chat_members: members };
  if (members.length === 1) Object.assign(base, { new_chat_member: members[0], new_chat_participant: members[0] });
  return withUpdateId({ message: base as unknown as UpdateMessage }, opts);
}

/** Service message: a user left the group (or was removed by `actorUserId`). */
export function leftChatMember(chatId: number, userId: number, opts: BaseOpts & GroupOpts & { actorUserId?: number } = {}): NewUpdate {
  const user = testUser(userId);
  const base = { message_id: nextMessageId(opts), from: testUser(opts.actorUserId ?? userId), chat: groupChat(chatId, opts), date: unixNow(), left_chat_member: user };
  return withUpdateId({ message: base as unknown as UpdateMessage }, opts);
}
