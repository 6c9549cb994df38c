/**
 * Updates as Telegram would send them when a person in the playground writes, presses a button,
 * shares a location or a file. Message ids come from the emulator, so they interleave with the bot's.
 */
import { randomUUID } from 'node:crypto';
import type { FakeBotApi } from '../emulator/bot-api.ts';
import { textEntities } from '../emulator/entities.ts';
import type { Params } from '../emulator/params.ts';
import type { Locale } from '../core/locale.ts';
import { GROUP, telegramUser, type Person } from './world.ts';

export interface Speaker {
  person: Person;
  lang: Locale;
  /** The chat the message goes to: the person's private chat with the bot, or the group. */
  chatId: number;
}

const unixNow = (): number => Math.floor(Date.now() / 1000);

export function chatJson(s: Speaker): Params {
  if (s.chatId === GROUP.id) return { id: GROUP.id, type: 'supergroup', title: GROUP.title };
  const p = s.person;
  return {
    id: p.id,
    type: 'private',
    first_name: p.firstName,
    ...(p.lastName ? { last_name: p.lastName } : {}),
    ...(p.username ? { username: p.username } : {}),
  };
}

/** A new message from the speaker with the given content (text, photo, location ...). */
export function personMessage(api: FakeBotApi, s: Speaker, content: Params): Params {
  return {
    message_id: api.state.nextMessageId(s.chatId),
    from: telegramUser(s.person, s.lang),
    chat: chatJson(s),
    date: unixNow(),
    ...content,
  };
}

export function textContent(text: string, replyTo?: Params): Params {
  const entities = textEntities(text);
  return { text, ...(entities.length ? { entities } : {}), ...(replyTo ? { reply_to_message: replyTo } : {}) };
}

/** A pressed inline button under `message` (a message the emulator knows). */
export function callbackUpdate(s: Speaker, message: Params, data: string): Params {
  return {
    callback_query: {
      id: randomUUID().replaceAll('-', '').slice(0, 18),
      from: telegramUser(s.person, s.lang),
      chat_instance: String(s.chatId),
      message,
      data,
    },
  };
}

/** Stores the bytes in the emulator (getFile and downloads serve them) and returns the message content. */
export function fileContent(
  api: FakeBotApi,
  file: { kind: 'photo' | 'document'; name: string; mime: string; data: Buffer; width?: number; height?: number; caption?: string },
): Params {
  const stored = api.registerFile(`pg-${randomUUID()}`, file.data, file.name, file.mime);
  const caption = file.caption ? { caption: file.caption } : {};
  if (file.kind === 'photo') {
    const size = {
      file_id: stored.fileId,
      file_unique_id: stored.fileUniqueId,
      file_size: stored.size,
      width: file.width ?? 1280,
      height: file.height ?? 960,
    };
    return { photo: [size], ...caption };
  }
  return {
    document: {
      file_id: stored.fileId,
      file_unique_id: stored.fileUniqueId,
      file_name: file.name,
      mime_type: stored.contentType,
      file_size: stored.size,
    },
    ...caption,
  };
}

/** The bot being added to the group by its moderator (what Telegram sends as my_chat_member). */
export function botAddedUpdate(api: FakeBotApi, moderator: Person, lang: Locale): Params {
  const bot = api.state.botUser();
  return {
    my_chat_member: {
      chat: { id: GROUP.id, type: 'supergroup', title: GROUP.title },
      from: telegramUser(moderator, lang),
      date: unixNow(),
      old_chat_member: { status: 'left', user: bot },
      new_chat_member: { status: 'member', user: bot },
    },
  };
}

/**
 * Whether Telegram hands a group message to a bot in privacy mode: commands, mentions of the bot
 * and replies to the bot's messages; other messages stay among the people.
 */
export function reachesBotInPrivacyMode(message: Params, botId: number, botUsername: string): boolean {
  const text = message.text ?? message.caption;
  if (typeof text === 'string' && (text.startsWith('/') || text.toLowerCase().includes(`@${botUsername.toLowerCase()}`))) return true;
  return message.reply_to_message?.from?.id === botId;
}
