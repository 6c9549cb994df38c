/**
 * What the fake Bot API knows about the world: users, chats, members,
 * messages, files and commands. Learns from pushed updates so that replies,
 * edits and member look-ups stay consistent with what the bot was shown.
 */
import type { BotCommand, Chat, ChatMember, User, UserFromGetMe } from 'grammy/types';
import { ForumTopics } from './forum-topics.ts';
import type { Params } from './params.ts';

/** The bot the emulator plays unless told otherwise. */
export const DEFAULT_BOT = { id: 7_000_000_001, username: 'test_bot', firstName: 'Test Bot' } as const;

export type MemberStatus = ChatMember['status'];
export type ChatId = number | string;

/** A file the fake can serve through getFile and `/file/bot<token>/<path>`. */
export interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  filename: string;
  contentType: string;
  data: Buffer;
  /** Bytes Telegram reports; equals data.length except for placeholders of files seen in updates. */
  size: number;
  filePath: string;
}

const MIME_BY_EXT: Record<string, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv',
  txt: 'text/plain',
  json: 'application/json',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Guesses a MIME type from a file name, as Telegram does for uploads sent as octet-stream. */
export function mimeFromName(filename: string, fallback = 'application/octet-stream'): string {
  const ext = /\.([^.]+)$/.exec(filename)?.[1]?.toLowerCase();
  return (ext && MIME_BY_EXT[ext]) || fallback;
}

/** The chat type Telegram uses for an id: positive = private, -100… = supergroup, other negatives = group. */
export function chatTypeOf(chatId: ChatId): Chat['type'] {
  if (typeof chatId === 'string') return 'channel';
  if (chatId > 0) return 'private';
  return chatId < -1_000_000_000_000 ? 'supergroup' : 'group';
}

export class FakeState {
  readonly users = new Map<number, User>();
  readonly chats = new Map<ChatId, Chat>();
  readonly members = new Map<ChatId, Map<number, { status: MemberStatus; user: User }>>();
  /** Chats whose calls fail with 403, with the description to use. */
  readonly blocked = new Map<ChatId, string>();
  /** Old group id -> new supergroup id. */
  readonly migrations = new Map<ChatId, number>();
  readonly commands = new Map<string, BotCommand[]>();
  /** setMyDescription / setMyShortDescription texts by `<kind>|<language_code>`. */
  readonly descriptions = new Map<string, string>();
  /** Forum topics per chat (learnt from updates or made with createForumTopic). */
  readonly topics = new ForumTopics();
  private readonly lastMessageIds = new Map<ChatId, number>();
  private readonly messages = new Map<string, Params>();
  private readonly deleted = new Set<string>();
  private readonly files = new Map<string, StoredFile>();
  private readonly filesByPath = new Map<string, StoredFile>();
  private fileCounter = 0;

  constructor(readonly bot: UserFromGetMe) {}

  /** A user as the fake knows it, or the default test user. */
  user(userId: number): User {
    if (userId === this.bot.id) return this.botUser();
    return this.users.get(userId) ?? { id: userId, is_bot: false, first_name: 'Test', language_code: 'ru' };
  }

  /** The bot as `from` of its own messages (getMe's extra fields left out, as in real messages). */
  botUser(): User {
    const { id, first_name, username } = this.bot;
    return { id, is_bot: true, first_name, username };
  }

  /** The Chat object for an id: learnt from updates, else derived from the id's sign. */
  chat(chatId: ChatId): Chat {
    const known = this.chats.get(chatId);
    if (known) return known;
    const type = chatTypeOf(chatId);
    if (type === 'private') {
      const user = this.user(chatId as number);
      return user.username
        ? { id: user.id, type, first_name: user.first_name, username: user.username }
        : { id: user.id, type, first_name: user.first_name };
    }
    if (type === 'channel') {
      const username = String(chatId).replace(/^@/, '');
      return { id: -1_009_999_999_999, type, title: username, username };
    }
    return { id: chatId as number, type, title: 'Test group' };
  }

  nextMessageId(chatId: ChatId): number {
    const next = (this.lastMessageIds.get(chatId) ?? 0) + 1;
    this.lastMessageIds.set(chatId, next);
    return next;
  }

  /** True if the id was ever used in the chat (Telegram says "not found" only for ids never used). */
  messageIdUsed(chatId: ChatId, messageId: number): boolean {
    return messageId >= 1 && messageId <= (this.lastMessageIds.get(chatId) ?? 0);
  }

  storeMessage(message: Params): void {
    const chatId = message.chat.id as ChatId;
    const key = `${chatId}:${message.message_id}`;
    this.messages.set(key, message);
    this.deleted.delete(key);
    if ((this.lastMessageIds.get(chatId) ?? 0) < message.message_id) {
      this.lastMessageIds.set(chatId, message.message_id);
    }
  }

  getMessage(chatId: ChatId, messageId: number): Params | undefined {
    return this.messages.get(`${chatId}:${messageId}`);
  }

  /** Deletes a message; false if it never existed or was already deleted ("message to delete not found"). */
  deleteMessage(chatId: ChatId, messageId: number): boolean {
    const key = `${chatId}:${messageId}`;
    if (this.deleted.has(key) || !this.messageIdUsed(chatId, messageId)) return false;
    this.messages.delete(key);
    this.deleted.add(key);
    return true;
  }

  isDeleted(chatId: ChatId, messageId: number): boolean {
    return this.deleted.has(`${chatId}:${messageId}`);
  }

  setMember(chatId: ChatId, userId: number, status: MemberStatus, user?: Partial<User>): void {
    const merged: User = { ...this.user(userId), ...user, id: userId };
    if (userId !== this.bot.id && chatTypeOf(userId) === 'private') this.users.set(userId, merged);
    let chatMembers = this.members.get(chatId);
    if (!chatMembers) this.members.set(chatId, (chatMembers = new Map()));
    chatMembers.set(userId, { status, user: merged });
  }

  /** getChatMember: a known status, 'member' for a user's own private chat or the bot, else 'left'. */
  chatMember(chatId: ChatId, userId: number): ChatMember {
    const known = this.members.get(chatId)?.get(userId);
    if (known) return buildChatMember(known.status, known.user);
    const own = chatId === userId || userId === this.bot.id;
    return buildChatMember(own ? 'member' : 'left', this.user(userId));
  }

  /** getChatAdministrators: creators and administrators set for the chat (the bot too if set). */
  administrators(chatId: ChatId): ChatMember[] {
    const result: ChatMember[] = [];
    for (const { status, user } of this.members.get(chatId)?.values() ?? []) {
      if (status === 'creator' || status === 'administrator') result.push(buildChatMember(status, user));
    }
    return result;
  }

  /** Stores file bytes under a file_id (a fresh one if not given) so getFile and downloads work. */
  registerFile(fileId: string | undefined, data: Buffer, filename: string, contentType?: string, size = data.length): StoredFile {
    const n = ++this.fileCounter;
    const ext = /\.([^.]+)$/.exec(filename)?.[1] ?? 'dat';
    const folder = mimeFromName(filename).startsWith('image/') ? 'photos' : 'documents';
    const file: StoredFile = {
      fileId: fileId ?? `BQACAgIAAxkBAAI${String(n).padStart(6, '0')}fake`,
      fileUniqueId: `AgAD${String(n).padStart(6, '0')}`,
      filename,
      contentType: contentType && contentType !== 'application/octet-stream' ? contentType : mimeFromName(filename),
      data,
      size,
      filePath: `${folder}/file_${n}.${ext}`,
    };
    this.files.set(file.fileId, file);
    this.filesByPath.set(file.filePath, file);
    return file;
  }

  file(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  fileByPath(filePath: string): StoredFile | undefined {
    return this.filesByPath.get(filePath);
  }

  /** Learns chats, users, message ids, members, blocks and migrations from an update pushed by a test. */
  observeUpdate(update: Params): void {
    for (const key of ['message', 'edited_message', 'channel_post', 'edited_channel_post']) {
      if (update[key]) this.observeMessage(update[key]);
    }
    const query = update.callback_query;
    if (query) {
      this.observeUser(query.from);
      if (query.message) this.observeMessage(query.message);
    }
    const myMember = update.my_chat_member;
    if (myMember) this.observeMyChatMember(myMember);
    const member = update.chat_member;
    if (member) {
      this.observeChat(member.chat);
      this.setMember(member.chat.id, member.new_chat_member.user.id, member.new_chat_member.status, member.new_chat_member.user);
    }
  }

  private observeMessage(message: Params): void {
    this.observeChat(message.chat);
    this.topics.observe(message);
    this.observeUser(message.from);
    if (message.reply_to_message) this.observeMessage(message.reply_to_message);
    this.storeMessage(message);
    for (const user of message.new_chat_members ?? []) this.setMember(message.chat.id, user.id, 'member', user);
    if (message.left_chat_member) this.setMember(message.chat.id, message.left_chat_member.id, 'left');
    if (message.migrate_to_chat_id) this.migrations.set(message.chat.id, message.migrate_to_chat_id);
    this.observeFiles(message);
  }

  /**
   * Files users sent become known file_ids (empty placeholders of the reported size),
   * so the bot may resend them or call getFile; registerFile supplies real bytes.
   */
  private observeFiles(message: Params): void {
    const files: Params[] = [...(message.photo ?? [])];
    for (const key of ['document', 'sticker', 'video', 'audio', 'voice', 'animation', 'video_note']) {
      if (message[key]?.file_id) files.push(message[key]);
    }
    for (const file of files) {
      if (this.files.has(file.file_id)) continue;
      const name = file.file_name ?? (message.photo?.includes(file) ? 'photo.jpg' : 'file.dat');
      this.registerFile(file.file_id, Buffer.alloc(0), name, file.mime_type, file.file_size ?? 0);
    }
  }

  private observeMyChatMember(update: Params): void {
    this.observeChat(update.chat);
    this.observeUser(update.from);
    const chatId = update.chat.id as ChatId;
    const status = update.new_chat_member.status as MemberStatus;
    this.setMember(chatId, this.bot.id, status);
    if (status === 'kicked' || status === 'left') this.blocked.set(chatId, blockDescription(chatId, status));
    else this.blocked.delete(chatId);
  }

  private observeChat(chat: Chat | undefined): void {
    if (chat && typeof chat.id === 'number') this.chats.set(chat.id, chat);
  }

  private observeUser(user: User | undefined): void {
    if (user && !user.is_bot) this.users.set(user.id, user);
  }
}

/** The 403 description Telegram gives for a chat the bot cannot write to. */
export function blockDescription(chatId: ChatId, status: 'kicked' | 'left' = 'kicked'): string {
  const type = chatTypeOf(chatId);
  if (type === 'private') return 'bot was blocked by the user';
  const kind = type === 'supergroup' ? 'supergroup chat' : type === 'channel' ? 'channel chat' : 'group chat';
  return status === 'left' ? `bot is not a member of the ${kind}` : `bot was kicked from the ${kind}`;
}

/** A ChatMember of the given status with the fields the Bot API always sends for it. */
export function buildChatMember(status: MemberStatus, user: User): ChatMember {
  switch (status) {
    case 'creator':
      return { status, user, is_anonymous: false };
    case 'administrator':
      return {
        status,
        user,
        can_be_edited: false,
        is_anonymous: false,
        can_manage_chat: true,
        can_delete_messages: true,
        can_manage_video_chats: true,
        can_restrict_members: true,
        can_promote_members: false,
        can_change_info: true,
        can_invite_users: true,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
        can_pin_messages: true,
        can_manage_topics: false,
        can_send_welcome_messages: false,
      };
    case 'member':
      return { status, user };
    case 'restricted':
      return {
        status,
        user,
        is_member: true,
        can_send_messages: false,
        can_send_audios: false,
        can_send_documents: false,
        can_send_photos: false,
        can_send_videos: false,
        can_send_video_notes: false,
        can_send_voice_notes: false,
        can_send_polls: false,
        can_send_other_messages: false,
        can_add_web_page_previews: false,
        can_react_to_messages: false,
        can_change_info: false,
        can_invite_users: false,
        can_edit_tag: false,
        can_pin_messages: false,
        can_manage_topics: false,
        until_date: 0,
      };
    case 'left':
      return { status, user };
    case 'kicked':
      return { status, user, until_date: 0 };
  }
}
