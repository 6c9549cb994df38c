import { z } from 'zod';

/** Telegram ids are whole numbers: a fractional one is an unknown shape, not a crash at BigInt(). */
const telegramId = z.number().int();

/** Only what the router reads; everything else passes through untouched (loose objects). */
const user = z.looseObject({
  id: telegramId,
  is_bot: z.boolean().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});
const chat = z.looseObject({
  id: telegramId,
  type: z.enum(['private', 'group', 'supergroup', 'channel']),
  title: z.string().optional(),
});
const entity = z.looseObject({ type: z.string(), offset: z.number(), length: z.number() });
const message = z.looseObject({
  message_id: z.number(),
  chat,
  from: user.optional(),
  sender_chat: z.looseObject({ id: telegramId }).optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  entities: z.array(entity).optional(),
  caption_entities: z.array(entity).optional(),
  reply_to_message: z
    .looseObject({ from: user.optional(), forum_topic_created: z.looseObject({ name: z.string() }).optional() })
    .optional(),
  /** Forum supergroups: the topic a message belongs to (with `is_topic_message`). */
  message_thread_id: telegramId.optional(),
  is_topic_message: z.boolean().optional(),
  forum_topic_created: z.looseObject({ name: z.string() }).optional(),
  forum_topic_edited: z.looseObject({ name: z.string().optional() }).optional(),
  forum_topic_closed: z.looseObject({}).optional(),
  forum_topic_reopened: z.looseObject({}).optional(),
  migrate_to_chat_id: telegramId.optional(),
  migrate_from_chat_id: telegramId.optional(),
});
const callback = z.looseObject({
  id: z.string(),
  from: user,
  data: z.string().optional(),
  message: z
    .looseObject({ message_id: z.number(), chat, message_thread_id: telegramId.optional(), is_topic_message: z.boolean().optional() })
    .optional(),
});
const member = z.looseObject({ status: z.string() });
const chatMemberUpdated = z.looseObject({
  chat,
  from: user,
  old_chat_member: member,
  new_chat_member: member,
});

export const updateSchema = z.looseObject({
  update_id: z.number().int(),
  message: message.optional(),
  edited_message: message.optional(),
  callback_query: callback.optional(),
  my_chat_member: chatMemberUpdated.optional(),
});

export type ParsedUpdate = z.infer<typeof updateSchema>;
export type ParsedMessage = z.infer<typeof message>;
export type ParsedUser = z.infer<typeof user>;
export type ParsedChat = z.infer<typeof chat>;

/** The Telegram account anonymous group admins post as. */
export const GROUP_ANONYMOUS_BOT_ID = 1087968824;

export interface CommandCall {
  name: string;
  /** The @bot part, lower-cased, or null. */
  target: string | null;
  args: string;
}

/** Reads `/cmd@bot args` from a message that starts with a bot_command entity. */
export function readCommand(msg: ParsedMessage): CommandCall | null {
  const text = msg.text;
  const first = msg.entities?.[0];
  const looksLikeCommand = text?.startsWith('/') && (!first || (first.type === 'bot_command' && first.offset === 0));
  if (!text || !looksLikeCommand) return null;
  const match = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!match) return null;
  return { name: match[1]!.toLowerCase(), target: match[2]?.toLowerCase() ?? null, args: (match[3] ?? '').trim() };
}

/** True when the message mentions the bot or replies to one of its messages. */
export function addressesBot(msg: ParsedMessage, botUsername: string, botId: number): boolean {
  if (msg.reply_to_message?.from?.id === botId) return true;
  const text = msg.text ?? msg.caption ?? '';
  return mentionPattern(botUsername).test(text);
}

/** `@bot` as a whole handle: `@test_bot_fan` is someone else, not `@test_bot`. */
const mentionPattern = (botUsername: string, flags = 'i') =>
  new RegExp('@' + botUsername.replace(/[^A-Za-z0-9_]/g, '') + '(?![A-Za-z0-9_])', flags);

/** Removes the bot's @mention so the rest reads as a plain question. */
export function stripMention(text: string, botUsername: string): string {
  return text.replace(mentionPattern(botUsername, 'ig'), ' ').replace(/\s+/g, ' ').trim();
}

/** The forum topic a message was written in; null in General, outside forums and for reply threads of plain groups. */
export function topicOf(msg: { message_thread_id?: number; is_topic_message?: boolean } | undefined | null): number | null {
  return msg?.is_topic_message && msg.message_thread_id !== undefined ? msg.message_thread_id : null;
}

/**
 * What a message carries, read once here so features never see Telegram's shapes. The first that
 * applies wins: a photo (with its caption), a location, a contact, text, a document, anything else.
 */
export type Incoming =
  | { kind: 'text'; text: string }
  | { kind: 'photo'; fileId: string; mediaGroupId: string | null }
  | { kind: 'location'; latitude: number; longitude: number }
  /** `own`: the sender shared their own number (not someone else's card). */
  | { kind: 'contact'; phone: string; own: boolean }
  | { kind: 'document'; fileId: string; fileName: string | null; fileSize: number | null }
  | { kind: 'other'; what: 'sticker' | 'voice' | 'video' | 'unknown' };

const photoSizes = z.array(z.looseObject({ file_id: z.string() })).min(1);
const locationShape = z.looseObject({ latitude: z.number(), longitude: z.number() });
const contactShape = z.looseObject({ phone_number: z.string(), user_id: z.number().optional() });
const documentShape = z.looseObject({ file_id: z.string(), file_name: z.string().optional(), file_size: z.number().optional() });

/** Reads a message's content; odd shapes (a forged update) read as `other`, never throw. */
export function toIncoming(msg: ParsedMessage): Incoming {
  const m = msg as ParsedMessage & Record<string, unknown>;
  const photo = photoSizes.safeParse(m.photo);
  // Telegram lists sizes smallest first: keep the largest.
  if (photo.success && photo.data.at(-1)!.file_id) {
    return {
      kind: 'photo',
      fileId: photo.data.at(-1)!.file_id,
      mediaGroupId: typeof m.media_group_id === 'string' ? m.media_group_id : null,
    };
  }
  const location = locationShape.safeParse(m.location);
  if (location.success) return { kind: 'location', latitude: location.data.latitude, longitude: location.data.longitude };
  const contact = contactShape.safeParse(m.contact);
  if (contact.success) {
    return {
      kind: 'contact',
      phone: contact.data.phone_number.slice(0, 32),
      own: contact.data.user_id !== undefined && contact.data.user_id === msg.from?.id,
    };
  }
  if (typeof msg.text === 'string') return { kind: 'text', text: msg.text };
  if (m.sticker) return { kind: 'other', what: 'sticker' };
  const document = documentShape.safeParse(m.document);
  if (document.success)
    return {
      kind: 'document',
      fileId: document.data.file_id,
      fileName: document.data.file_name ?? null,
      fileSize: document.data.file_size ?? null,
    };
  if (m.document) return { kind: 'other', what: 'unknown' };
  if (m.voice || m.audio || m.video_note) return { kind: 'other', what: 'voice' };
  if (m.video || m.animation) return { kind: 'other', what: 'video' };
  return { kind: 'other', what: 'unknown' };
}
