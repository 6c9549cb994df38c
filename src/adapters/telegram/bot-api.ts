import type { ChatId, UserId } from '../../core/ids.ts';

/** A rendered inline keyboard, as the Bot API takes it. */
export type InlineKeyboard = Array<Array<{ text: string; callback_data: string } | { text: string; url: string }>>;

/** A reply keyboard under the input field; a button may ask for the user's location or contact. */
export type ReplyKeyboard = Array<Array<{ text: string; request_location?: boolean; request_contact?: boolean }>>;

/** Where a command menu is shown: Telegram's BotCommandScope, `{ chat }` for one chat. */
export type CommandScope = 'default' | 'all_private_chats' | 'all_group_chats' | 'all_chat_administrators' | { chat: bigint };

/** A photo to send: new bytes (uploaded) or one Telegram already has (its file_id). */
export type PhotoInput = { filename: string; data: Buffer } | { fileId: string };

export interface SendOptions {
  keyboard?: InlineKeyboard;
  /** Private chats: a one-time reply keyboard (share location / contact) instead of inline buttons. */
  replyKeyboard?: ReplyKeyboard;
  /** Takes away a reply keyboard shown earlier. */
  removeKeyboard?: boolean;
  replyToMessageId?: number;
  /** Forum supergroups: the topic to post in (message_thread_id); absent = General. */
  threadId?: number;
}

/**
 * The Bot API calls the bot makes, framework-neutral. The telegraf and grammY adapters implement it
 * over their own clients; `ResilientBotApi` wraps either with Telegram's failure modes.
 */
export interface BotApi {
  getMe(): Promise<{ id: number; username: string }>;
  sendMessage(chat: ChatId, text: string, opts?: SendOptions): Promise<{ messageId: number }>;
  editMessageText(chat: ChatId, messageId: number, text: string, opts?: SendOptions): Promise<void>;
  /** `url` opens a t.me link to this bot (a deep link) instead of showing a notice. */
  answerCallbackQuery(id: string, opts?: { text?: string; showAlert?: boolean; url?: string }): Promise<void>;
  sendDocument(
    chat: ChatId,
    file: { filename: string; data: Buffer },
    opts?: { caption?: string; threadId?: number },
  ): Promise<{ messageId: number }>;
  /** Sends photos Telegram already has (file ids) as one album; a single photo goes as a photo. */
  sendPhotos(chat: ChatId, fileIds: string[]): Promise<void>;
  /** A map pin. */
  sendLocation(chat: ChatId, latitude: number, longitude: number, opts?: SendOptions): Promise<{ messageId: number }>;
  getChatMember(chat: ChatId, user: UserId): Promise<{ status: string }>;
  /** Sends a photo; answers with Telegram's file_id of it, to send it again without uploading. */
  sendPhoto(chat: ChatId, photo: PhotoInput, opts?: SendOptions & { caption?: string }): Promise<{ messageId: number; fileId: string }>;
  setMyCommands(
    commands: Array<{ command: string; description: string }>,
    opts: { languageCode?: string; scope?: CommandScope },
  ): Promise<void>;
  deleteMyCommands(opts: { languageCode?: string; scope?: CommandScope }): Promise<void>;
  /** The bot's profile texts: description (empty chat, up to 512) and short description (profile, up to 120). */
  setMyDescription(text: string, opts: { languageCode?: string; short?: boolean }): Promise<void>;
  /** Downloads a file the user sent (<= 20 MB, Telegram's getFile limit). */
  downloadFile(fileId: string): Promise<Buffer>;
  /** Opens a file Telegram holds as a stream (nothing stored), for the signed photo links. */
  openFile(fileId: string): Promise<{ body: ReadableStream<Uint8Array>; contentType: string | null; size: number | null }>;
}

/**
 * A Telegram answer with `ok: false`. Matched on `code` and `parameters`, never on `description`
 * (documented as subject to change). Network failures stay ordinary errors.
 */
export class BotApiError extends Error {
  constructor(
    readonly method: string,
    readonly code: number,
    readonly description: string,
    readonly parameters: { retry_after?: number; migrate_to_chat_id?: number } = {},
  ) {
    super(`${method}: ${code} ${description}`);
    this.name = 'BotApiError';
  }
}

/** Raised after a 403 or "chat not found": the chat is marked and nothing more is sent to it. */
export class ChatUnavailableError extends Error {
  constructor(
    readonly chat: ChatId,
    readonly reason: 'blocked' | 'left' | 'not_found',
  ) {
    super(`chat unavailable: ${reason}`);
    this.name = 'ChatUnavailableError';
  }
}

/** A CommandScope as the Bot API takes it. */
export const scopeObject = (scope: CommandScope = 'default') =>
  typeof scope === 'string' ? { type: scope } : { type: 'chat' as const, chat_id: Number(scope.chat) };

/** reply_markup for SendOptions: inline buttons, a one-time reply keyboard, or its removal. */
export function replyMarkup(o?: SendOptions): { reply_markup?: Record<string, unknown> } {
  if (o?.keyboard) return { reply_markup: { inline_keyboard: o.keyboard } };
  if (o?.replyKeyboard) return { reply_markup: { keyboard: o.replyKeyboard, resize_keyboard: true, one_time_keyboard: true } };
  if (o?.removeKeyboard) return { reply_markup: { remove_keyboard: true } };
  return {};
}
