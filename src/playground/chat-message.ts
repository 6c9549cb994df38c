/** Bot API Message JSON (from the bot's calls or built for a person) -> what the page draws. */
import type { Params } from '../emulator/params.ts';
import type { ChatMessage, InlineButton, ReplyButton } from './protocol.ts';

export const fileUrl = (fileId: string): string => `/files/${encodeURIComponent(fileId)}`;

const nameOf = (user: Params | undefined): string =>
  user ? [user.first_name, user.last_name].filter(Boolean).join(' ') || String(user.username ?? user.id) : '';

function inlineButtons(markup: Params | undefined): InlineButton[][] | undefined {
  const rows = markup?.inline_keyboard;
  if (!Array.isArray(rows) || rows.length === 0) return undefined;
  return rows.map((row: Params[]) =>
    row.map((b) => ({
      text: String(b.text),
      ...(b.callback_data !== undefined ? { data: String(b.callback_data) } : {}),
      ...(b.url ? { url: String(b.url) } : {}),
    })),
  );
}

export function toChatMessage(message: Params): ChatMessage {
  const out: ChatMessage = {
    id: message.message_id,
    chatId: message.chat.id,
    fromBot: Boolean(message.from?.is_bot),
    fromId: message.from?.id ?? 0,
    fromName: nameOf(message.from),
    date: message.date,
  };
  if (typeof message.text === 'string') out.text = message.text;
  if (typeof message.caption === 'string') out.caption = message.caption;
  const photo = Array.isArray(message.photo) ? message.photo.at(-1) : undefined;
  if (photo?.file_id) out.photo = fileUrl(photo.file_id);
  const doc = message.document;
  if (doc?.file_id) out.document = { name: String(doc.file_name ?? 'file'), url: fileUrl(doc.file_id), size: Number(doc.file_size ?? 0) };
  if (message.contact)
    out.contact = {
      phone: String(message.contact.phone_number),
      name: [message.contact.first_name, message.contact.last_name].filter(Boolean).join(' '),
    };
  if (message.location) out.location = { latitude: message.location.latitude, longitude: message.location.longitude };
  const buttons = inlineButtons(message.reply_markup);
  if (buttons) out.buttons = buttons;
  if (message.edit_date) out.edited = true;
  const reply = message.reply_to_message;
  if (reply) out.replyTo = { id: reply.message_id, text: String(reply.text ?? reply.caption ?? '').slice(0, 80) };
  return out;
}

/**
 * The reply keyboard a send sets for its chat: rows, null when removed, undefined when it does
 * not touch it (inline keyboards and plain messages leave the current one as it is).
 */
export function replyKeyboardOf(markup: unknown): ReplyButton[][] | null | undefined {
  if (!markup || typeof markup !== 'object') return undefined;
  const m = markup as Params;
  if (m.remove_keyboard) return null;
  if (!Array.isArray(m.keyboard)) return undefined;
  return m.keyboard.map((row: unknown[]) =>
    row.map((b) => {
      if (typeof b === 'string') return { text: b };
      const button = b as Params;
      return {
        text: String(button.text),
        ...(button.request_location ? { requestLocation: true } : {}),
        ...(button.request_contact ? { requestContact: true } : {}),
      };
    }),
  );
}
