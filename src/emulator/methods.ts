/**
 * Built-in Bot API methods of the fake server with realistic results and
 * the validation errors a real bot runs into.
 */
import { badRequest, NOT_MODIFIED } from './errors.ts';
import { isTrue, type Params } from './params.ts';
import { chatTypeOf, mimeFromName, type ChatId, type FakeState, type StoredFile } from './state.ts';
import { checkCaption, checkMessageText, checkReplyMarkup, visibleText } from './text.ts';
import type { UpdateQueue } from './update-queue.ts';
import type { UploadedFile } from './multipart.ts';

/** What a method handler may use besides its params. */
export interface MethodContext {
  state: FakeState;
  queue: UpdateQueue;
  /** Current time in ms (injectable for limit tests). */
  now: () => number;
  /** Aborted when the client goes away (ends held long polls). */
  signal: AbortSignal;
}

/** A method implementation: returns the `result`, or throws `FakeApiError` for an error envelope. */
export type MethodHandler = (params: Params, ctx: MethodContext) => unknown;

const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;
const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

function requireChatId(params: Params): ChatId {
  const chatId = params.chat_id;
  if (chatId === undefined || chatId === null || chatId === '') throw badRequest('chat_id is empty');
  if (typeof chatId !== 'number' && typeof chatId !== 'string') throw badRequest('chat not found');
  return chatId;
}

function requireUserId(params: Params): number {
  if (typeof params.user_id !== 'number') throw badRequest('invalid user_id specified');
  return params.user_id;
}

function unixNow(ctx: MethodContext): number {
  return Math.floor(ctx.now() / 1000);
}

/** Message.reply_markup only ever holds an inline keyboard; reply keyboards are not echoed. */
function inlineMarkup(markup: unknown): Params | undefined {
  return markup && typeof markup === 'object' && 'inline_keyboard' in markup ? (markup as Params) : undefined;
}

function replyToId(params: Params): number | undefined {
  const id = params.reply_parameters?.message_id ?? params.reply_to_message_id;
  return typeof id === 'number' ? id : undefined;
}

/** A new outgoing message in the chat, with reply_to_message and inline markup as Telegram echoes them. */
function newMessage(ctx: MethodContext, chatId: ChatId, params: Params, content: Params): Params {
  checkReplyMarkup(params.reply_markup);
  const chat = ctx.state.chat(chatId);
  const topic = ctx.state.topics.place(chat, params.message_thread_id);
  const message: Params = {
    message_id: ctx.state.nextMessageId(chatId),
    from: ctx.state.botUser(),
    chat,
    date: unixNow(ctx),
    ...topic,
  };
  const replyId = replyToId(params);
  if (replyId !== undefined) {
    const original = ctx.state.getMessage(chatId, replyId);
    const allowMissing = isTrue(params.allow_sending_without_reply ?? params.reply_parameters?.allow_sending_without_reply);
    if (original) message.reply_to_message = withoutReply(original);
    else if (!allowMissing && !ctx.state.messageIdUsed(chatId, replyId)) throw badRequest('message to be replied not found');
  }
  Object.assign(message, content);
  const markup = inlineMarkup(params.reply_markup);
  if (markup) message.reply_markup = markup;
  ctx.state.storeMessage(message);
  return message;
}

function withoutReply(message: Params): Params {
  const { reply_to_message: _omit, ...rest } = message;
  return rest;
}

function sendMessage(params: Params, ctx: MethodContext): Params {
  const chatId = requireChatId(params);
  checkMessageText(params.text, params.parse_mode);
  return newMessage(ctx, chatId, params, { text: visibleText(String(params.text), params.parse_mode) });
}

/** Finds the message an edit refers to; ids used in the chat but unknown to the fake are accepted as the bot's. */
function messageToEdit(params: Params, ctx: MethodContext): Params {
  const chatId = requireChatId(params);
  if (typeof params.message_id !== 'number') throw badRequest('message identifier is not specified');
  const known = ctx.state.getMessage(chatId, params.message_id);
  if (known) return known;
  if (!ctx.state.messageIdUsed(chatId, params.message_id) || ctx.state.isDeleted(chatId, params.message_id)) {
    throw badRequest('message to edit not found');
  }
  const stub = { message_id: params.message_id, from: ctx.state.botUser(), chat: ctx.state.chat(chatId), date: unixNow(ctx) };
  ctx.state.storeMessage(stub);
  return stub;
}

function sameMarkup(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Applies an edit, refusing a no-op like Telegram; editing without reply_markup removes the keyboard. */
function applyEdit(message: Params, changes: Params, markup: unknown, ctx: MethodContext): Params {
  const newMarkup = inlineMarkup(markup);
  const unchanged = Object.entries(changes).every(([k, v]) => message[k] === v) && sameMarkup(message.reply_markup, newMarkup);
  if (unchanged) throw badRequest(NOT_MODIFIED);
  Object.assign(message, changes, { edit_date: unixNow(ctx) });
  if (newMarkup) message.reply_markup = newMarkup;
  else delete message.reply_markup;
  return message;
}

function editMessageText(params: Params, ctx: MethodContext): Params | true {
  checkMessageText(params.text, params.parse_mode);
  checkReplyMarkup(params.reply_markup);
  if (params.inline_message_id) return true;
  const text = visibleText(String(params.text), params.parse_mode);
  return applyEdit(messageToEdit(params, ctx), { text }, params.reply_markup, ctx);
}

function editMessageCaption(params: Params, ctx: MethodContext): Params | true {
  checkCaption(params.caption, params.parse_mode);
  checkReplyMarkup(params.reply_markup);
  if (params.inline_message_id) return true;
  const caption = params.caption ? visibleText(String(params.caption), params.parse_mode) : undefined;
  return applyEdit(messageToEdit(params, ctx), { caption }, params.reply_markup, ctx);
}

function editMessageReplyMarkup(params: Params, ctx: MethodContext): Params | true {
  checkReplyMarkup(params.reply_markup);
  if (params.inline_message_id) return true;
  return applyEdit(messageToEdit(params, ctx), {}, params.reply_markup, ctx);
}

function deleteMessage(params: Params, ctx: MethodContext): true {
  const chatId = requireChatId(params);
  if (typeof params.message_id !== 'number') throw badRequest('message identifier is not specified');
  if (!ctx.state.deleteMessage(chatId, params.message_id)) throw badRequest('message to delete not found');
  return true;
}

/** Resolves an uploaded file, a known file_id or an URL into a stored file. */
function inputFile(value: unknown, kind: string, fallbackName: string, ctx: MethodContext): StoredFile {
  if (value === undefined || value === null || value === '') throw badRequest(`there is no ${kind} in the request`);
  if (typeof value === 'object' && Buffer.isBuffer((value as UploadedFile).data)) {
    const upload = value as UploadedFile;
    if (upload.data.length === 0) throw badRequest('file must be non-empty');
    return ctx.state.registerFile(undefined, upload.data, upload.filename || fallbackName, upload.contentType);
  }
  if (typeof value !== 'string') throw badRequest(`wrong type of the ${kind} field`);
  const known = ctx.state.file(value);
  if (known) return known;
  if (/^https?:\/\//i.test(value)) {
    // The fake never downloads: an URL becomes an empty placeholder file.
    const name = new URL(value).pathname.split('/').pop() || fallbackName;
    return ctx.state.registerFile(undefined, Buffer.alloc(0), name);
  }
  throw badRequest('wrong file identifier/HTTP URL specified');
}

function captionContent(params: Params): Params {
  checkCaption(params.caption, params.parse_mode);
  return params.caption ? { caption: visibleText(String(params.caption), params.parse_mode) } : {};
}

function sendDocument(params: Params, ctx: MethodContext): Params {
  const chatId = requireChatId(params);
  const caption = captionContent(params);
  const file = inputFile(params.document, 'document', 'document.dat', ctx);
  const document = {
    file_name: file.filename,
    mime_type: file.contentType || mimeFromName(file.filename),
    file_id: file.fileId,
    file_unique_id: file.fileUniqueId,
    file_size: file.size,
  };
  return newMessage(ctx, chatId, params, { document, ...caption });
}

function sendPhoto(params: Params, ctx: MethodContext): Params {
  const chatId = requireChatId(params);
  const caption = captionContent(params);
  const file = inputFile(params.photo, 'photo', 'photo.jpg', ctx);
  const size = file.size;
  const photo = [
    { file_id: `${file.fileId}_s`, file_unique_id: `${file.fileUniqueId}_s`, file_size: Math.ceil(size / 10), width: 90, height: 67 },
    { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: size, width: 1280, height: 960 },
  ];
  return newMessage(ctx, chatId, params, { photo, ...caption });
}

/** An album: 2-10 photos by file id or upload, one message each, sharing a media_group_id. */
function sendMediaGroup(params: Params, ctx: MethodContext): Params[] {
  const chatId = requireChatId(params);
  const media: unknown = params.media;
  if (!Array.isArray(media)) throw badRequest('field "media" must be an Array');
  if (media.length < 2 || media.length > 10) throw badRequest('wrong number of media in the album');
  const groupId = String(ctx.state.nextMessageId(chatId) * 1000 + 7);
  return (media as Params[]).map((item) => {
    if (item?.type !== 'photo') throw badRequest('unsupported media type in this fake');
    const file = inputFile(item.media, 'media', 'photo.jpg', ctx);
    const photo = [{ file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.size, width: 1280, height: 960 }];
    return newMessage(ctx, chatId, {}, { photo, media_group_id: groupId, ...(item.caption ? { caption: String(item.caption) } : {}) });
  });
}

function sendLocation(params: Params, ctx: MethodContext): Params {
  const chatId = requireChatId(params);
  const latitude = Number(params.latitude);
  const longitude = Number(params.longitude);
  if (!(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) throw badRequest('wrong latitude or longitude');
  return newMessage(ctx, chatId, params, { location: { latitude, longitude } });
}

function sendChatAction(params: Params): true {
  requireChatId(params);
  if (!CHAT_ACTIONS.has(String(params.action))) throw badRequest('wrong parameter action in request');
  return true;
}

function getChat(params: Params, ctx: MethodContext): Params {
  const chat = ctx.state.chat(requireChatId(params));
  return {
    ...chat,
    accent_color_id: 0,
    max_reaction_count: 11,
    accepted_gift_types: {
      unlimited_gifts: false,
      limited_gifts: false,
      unique_gifts: false,
      premium_subscription: false,
      gifts_from_channels: false,
    },
  };
}

function getChatAdministrators(params: Params, ctx: MethodContext): unknown {
  const chatId = requireChatId(params);
  if (chatTypeOf(chatId) === 'private') throw badRequest('there are no administrators in the private chat');
  return ctx.state.administrators(chatId);
}

function getChatMemberCount(params: Params, ctx: MethodContext): number {
  const chatId = requireChatId(params);
  if (chatTypeOf(chatId) === 'private') return 2;
  let count = 0;
  for (const { status } of ctx.state.members.get(chatId)?.values() ?? []) if (status !== 'left' && status !== 'kicked') count++;
  return Math.max(count, 1);
}

/** Commands are stored per scope and language_code, as Telegram does. */
function commandsKey(params: Params): string {
  return `${JSON.stringify(params.scope ?? { type: 'default' })}|${params.language_code ?? ''}`;
}

function setMyCommands(params: Params, ctx: MethodContext): true {
  const commands: unknown = params.commands;
  if (!Array.isArray(commands)) throw badRequest('field "commands" must be an Array');
  if (commands.length > 100) throw badRequest('too many commands');
  for (const command of commands as Params[]) {
    if (typeof command?.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(command.command)) throw badRequest('BOT_COMMAND_INVALID');
    if (typeof command.description !== 'string' || command.description.length < 1 || command.description.length > 256) {
      throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    }
  }
  ctx.state.commands.set(
    commandsKey(params),
    (commands as Params[]).map(({ command, description }) => ({ command, description })),
  );
  return true;
}

function getFile(params: Params, ctx: MethodContext): Params {
  const file = ctx.state.file(String(params.file_id ?? ''));
  if (!file) throw badRequest('invalid file_id');
  if (file.size > MAX_DOWNLOAD_BYTES) throw badRequest('file is too big');
  return { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.size, file_path: file.filePath };
}

/** Setters a bot may call at start-up or in moderation, answered with true and otherwise ignored. */
const ACCEPTED_METHODS = [
  'setMyName',
  'setChatMenuButton',
  'setMyDefaultAdministratorRights',
  'pinChatMessage',
  'unpinChatMessage',
  'unpinAllChatMessages',
  'deleteMessages',
  'leaveChat',
  'setMessageReaction',
];

function setMemberStatus(status: 'kicked' | 'left') {
  return (params: Params, ctx: MethodContext): true => {
    ctx.state.setMember(requireChatId(params), requireUserId(params), status);
    return true;
  };
}

function requireThreadId(params: Params): number {
  if (typeof params.message_thread_id !== 'number') throw badRequest('message thread not found');
  return params.message_thread_id;
}

/** The bot's profile texts per language, as Telegram keeps them (an empty text removes one). */
function profileText(kind: 'description' | 'short_description', max: number): Record<string, MethodHandler> {
  const key = (params: Params) => `${kind}|${params.language_code ?? ''}`;
  const suffix = kind === 'description' ? 'Description' : 'ShortDescription';
  return {
    [`setMy${suffix}`]: (params, ctx) => {
      const text = params[kind] ?? '';
      if (typeof text !== 'string' || text.length > max) throw badRequest(`${kind.toUpperCase()}_INVALID`);
      if (text) ctx.state.descriptions.set(key(params), text);
      else ctx.state.descriptions.delete(key(params));
      return true;
    },
    [`getMy${suffix}`]: (params, ctx) => ({
      [kind]: ctx.state.descriptions.get(key(params)) ?? ctx.state.descriptions.get(`${kind}|`) ?? '',
    }),
  };
}

/** Forum topic management, as a bot with the right to manage topics may call it. */
const FORUM_METHODS: Record<string, MethodHandler> = {
  createForumTopic: (params, ctx) => {
    const chatId = requireChatId(params);
    if (typeof params.name !== 'string' || params.name.length < 1 || params.name.length > 128) throw badRequest('TOPIC_TITLE_EMPTY');
    const threadId = ctx.state.nextMessageId(chatId);
    const topic = ctx.state.topics.create(
      chatId,
      threadId,
      params.name,
      typeof params.icon_color === 'number' ? params.icon_color : undefined,
    );
    return { message_thread_id: threadId, name: topic.name, icon_color: topic.iconColor };
  },
  editForumTopic: (params, ctx) => {
    const topic = ctx.state.topics.of(requireChatId(params)).get(requireThreadId(params));
    if (!topic || topic.deleted) throw badRequest('TOPIC_ID_INVALID');
    if (typeof params.name === 'string' && params.name) topic.name = params.name;
    return true;
  },
  closeForumTopic: (params, ctx) => (ctx.state.topics.setClosed(requireChatId(params), requireThreadId(params), true), true),
  reopenForumTopic: (params, ctx) => (ctx.state.topics.setClosed(requireChatId(params), requireThreadId(params), false), true),
  deleteForumTopic: (params, ctx) => (ctx.state.topics.delete(requireChatId(params), requireThreadId(params)), true),
  closeGeneralForumTopic: (params, ctx) => (ctx.state.topics.setGeneralClosed(requireChatId(params), true), true),
  reopenGeneralForumTopic: (params, ctx) => (ctx.state.topics.setGeneralClosed(requireChatId(params), false), true),
};

/** The built-in methods, by canonical name. */
export const BUILTIN_METHODS: Record<string, MethodHandler> = {
  getMe: (_, ctx) => ctx.state.bot,
  logOut: () => true,
  close: () => true,
  getUpdates: (params, ctx) => ctx.queue.getUpdates(params, ctx.signal),
  setWebhook: (params, ctx) => ctx.queue.setWebhook(params),
  deleteWebhook: (params, ctx) => ctx.queue.deleteWebhook(params),
  getWebhookInfo: (_, ctx) => ctx.queue.webhookInfo(),
  sendMessage,
  editMessageText,
  editMessageCaption,
  editMessageReplyMarkup,
  deleteMessage,
  answerCallbackQuery: (params) => {
    if (!params.callback_query_id) throw badRequest('query is too old and response timeout expired or query ID is invalid');
    return true;
  },
  sendDocument,
  sendPhoto,
  sendMediaGroup,
  sendLocation,
  sendChatAction,
  getChat,
  getChatMember: (params, ctx) => ctx.state.chatMember(requireChatId(params), requireUserId(params)),
  getChatAdministrators,
  getChatMemberCount,
  setMyCommands,
  getMyCommands: (params, ctx) => ctx.state.commands.get(commandsKey(params)) ?? [],
  deleteMyCommands: (params, ctx) => {
    ctx.state.commands.delete(commandsKey(params));
    return true;
  },
  getFile,
  banChatMember: setMemberStatus('kicked'),
  unbanChatMember: setMemberStatus('left'),
  ...FORUM_METHODS,
  ...profileText('description', 512),
  ...profileText('short_description', 120),
  ...Object.fromEntries(ACCEPTED_METHODS.map((name) => [name, () => true])),
};
