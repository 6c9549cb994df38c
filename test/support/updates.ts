/**
 * Builders of real Bot API Update JSON for tests, to pass to `FakeBotApi.pushUpdate`.
 * They carry no update_id unless `opts.updateId` is given (the fake assigns one).
 * Message ids grow across builders; dates are now.
 */
import type { Chat, ChatMember, MessageEntity, Update, User } from 'grammy/types';
import { buildChatMember, chatTypeOf, mimeFromName, type MemberStatus } from '../../src/emulator/state.ts';
import {
  botUser,
  CHANNEL_BOT_ID,
  chatFor,
  groupChat,
  GROUP_ANONYMOUS_BOT_ID,
  nextCallbackId,
  nextMessageId,
  privateChat,
  testUser,
  textMessage,
  unixNow,
  withUpdateId,
  type BaseOpts,
  type GroupOpts,
  type NewUpdate,
  type UpdateMessage,
  type UserOpts,
} from './update-parts.ts';

export {
  botUser,
  CHANNEL_BOT_ID,
  FAKE_BOT,
  groupChat,
  GROUP_ANONYMOUS_BOT_ID,
  testUser,
  textEntities,
  type BaseOpts,
  type GroupOpts,
  type NewUpdate,
  type UserOpts,
} from './update-parts.ts';

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
  /** Written in this forum topic (the chat becomes a forum); `topicName` is what its creation was called. */
  threadId?: number;
  topicName?: string;
}

/** A text message from a user in a group; `@botname` in the text gets a mention entity. */
export function groupText(chatId: number, userId: number, text: string, opts: GroupTextOpts = {}): NewUpdate {
  const chat = groupChat(chatId, opts.threadId ? { ...opts, forum: true } : opts);
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
  if (opts.threadId) {
    Object.assign(base, { message_thread_id: opts.threadId, is_topic_message: true });
    // In a topic, a message that replies to nothing else replies to the topic's creation.
    if (!opts.replyToBot) base.reply_to_message = topicCreatedMessage(chat, opts.threadId, opts.topicName ?? `Topic ${opts.threadId}`);
  }
  return withUpdateId({ message: textMessage(base, text, opts.entities) }, opts);
}

function topicCreatedMessage(chat: Chat, threadId: number, name: string): Record<string, unknown> {
  return {
    message_id: threadId,
    message_thread_id: threadId,
    is_topic_message: true,
    from: testUser(1, {}),
    chat,
    date: unixNow() - 3600,
    forum_topic_created: { name, icon_color: 7322096 },
  };
}

/** The service message of a new forum topic (its id is the topic's message_thread_id). */
export function topicCreated(chatId: number, threadId: number, name: string, opts: BaseOpts = {}): NewUpdate {
  return withUpdateId(
    { message: topicCreatedMessage(groupChat(chatId, { forum: true }), threadId, name) as unknown as UpdateMessage },
    opts,
  );
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
  /** The bot message with the button is in this forum topic. */
  threadId?: number;
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
  if (opts.threadId)
    Object.assign(message, { message_thread_id: opts.threadId, is_topic_message: true, chat: { ...chat, is_forum: true } });
  const query = { id: nextCallbackId(userId), from, message, chat_instance: `-${Math.abs(chat.id)}77`, data };
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

/** A shared contact: the sender's own (the request_contact button) unless `ownerId` names someone else. */
export function contact(userId: number, phone: string, opts: MediaOpts & { ownerId?: number | null; firstName?: string } = {}): NewUpdate {
  const owner = opts.ownerId === undefined ? userId : opts.ownerId;
  return mediaMessage(userId, opts, {
    contact: { phone_number: phone, first_name: opts.firstName ?? 'Test', ...(owner !== null ? { user_id: owner } : {}) },
  });
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
  const doc = {
    file_name: fileName,
    mime_type: opts.mimeType ?? mimeFromName(fileName),
    file_id: fileId,
    file_unique_id: `${fileId}_u`,
    file_size: opts.fileSize ?? 1024,
  };
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

type ServiceOpts = BaseOpts & GroupOpts & { userId?: number };

/** A service message in a group; `content` holds the service field (migrate_to_chat_id, new_chat_members…). */
function serviceMessage(chat: Chat, fromId: number, opts: BaseOpts, content: Record<string, unknown>): NewUpdate {
  const message = { message_id: nextMessageId(opts), from: testUser(fromId), chat, date: unixNow(), ...content };
  return withUpdateId({ message: message as unknown as UpdateMessage }, opts);
}

/** Service message in the old group: it became the supergroup `newChatId`. */
export function migrateToChat(oldChatId: number, newChatId: number, opts: ServiceOpts = {}): NewUpdate {
  const chat = groupChat(oldChatId, { ...opts, chatType: 'group' });
  return serviceMessage(chat, opts.userId ?? 1, opts, { migrate_to_chat_id: newChatId });
}

/** Service message in the new supergroup: it was migrated from `oldChatId`. */
export function migrateFromChat(newChatId: number, oldChatId: number, opts: ServiceOpts = {}): NewUpdate {
  const chat = groupChat(newChatId, { ...opts, chatType: 'supergroup' });
  return serviceMessage(chat, opts.userId ?? 1, opts, { migrate_from_chat_id: oldChatId });
}

/** An edit of an earlier text message (private chat when chatId === userId). */
export function editedMessage(
  chatId: number,
  userId: number,
  messageId: number,
  text: string,
  opts: BaseOpts & UserOpts & GroupOpts = {},
): NewUpdate {
  const from = testUser(userId, opts);
  const chat = chatId === userId ? privateChat(from) : groupChat(chatId, opts);
  const base = { message_id: messageId, from, chat, date: unixNow() - 60, edit_date: unixNow() };
  return withUpdateId({ edited_message: textMessage(base, text) as NonNullable<Update['edited_message']> }, opts);
}

/** An update the bot does not handle: a `poll` by default, or a key future Bot API versions might add. */
export function unknownUpdate(kind: 'poll' | 'made_up' = 'poll', opts: BaseOpts = {}): NewUpdate {
  if (kind === 'made_up') {
    const future = { some_future_update: { id: 1, note: 'unknown to every library' } };
    return withUpdateId(future as unknown as NewUpdate, opts);
  }
  const poll = {
    id: `${Date.now()}`,
    question: 'Test poll?',
    options: [
      { text: 'Yes', voter_count: 1 },
      { text: 'No', voter_count: 0 },
    ],
    total_voter_count: 1,
    is_closed: false,
    is_anonymous: true,
    type: 'regular',
    allows_multiple_answers: false,
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
  const content: Record<string, unknown> = { new_chat_members: members };
  // Single joins also carry the legacy fields Telegram still sends.
  if (members.length === 1) Object.assign(content, { new_chat_member: members[0], new_chat_participant: members[0] });
  const update = serviceMessage(groupChat(chatId, opts), opts.actorUserId ?? members[0].id, opts, content);
  // The joining user's own names, not the default ones, when they joined themselves.
  if (opts.actorUserId === undefined) Object.assign(update.message!, { from: members[0] });
  return update;
}

/** Service message: a user left the group (or was removed by `actorUserId`). */
export function leftChatMember(chatId: number, userId: number, opts: BaseOpts & GroupOpts & { actorUserId?: number } = {}): NewUpdate {
  const content = { left_chat_member: testUser(userId) };
  return serviceMessage(groupChat(chatId, opts), opts.actorUserId ?? userId, opts, content);
}
