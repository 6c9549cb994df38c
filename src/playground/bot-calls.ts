/** What the page should show for one Bot API call the bot made (pure: call in, events out). */
import type { ApiCall } from '../emulator/calls.ts';
import { replyKeyboardOf, toChatMessage } from './chat-message.ts';
import type { ServerEvent } from './protocol.ts';

const SENDS = new Set([
  'sendMessage',
  'sendPhoto',
  'sendDocument',
  'sendLocation',
  'sendVideo',
  'sendAudio',
  'sendVoice',
  'sendAnimation',
  'sendSticker',
]);
const EDITS = new Set(['editMessageText', 'editMessageCaption', 'editMessageReplyMarkup']);

export function eventsOfCall(call: ApiCall): ServerEvent[] {
  const { method, params } = call;
  if (!call.ok) {
    if (method === 'getUpdates') return [];
    const chatId = typeof params.chat_id === 'number' ? params.chat_id : undefined;
    return [{ type: 'error', chatId, text: `${method}: ${call.error?.error_code} ${call.error?.description ?? ''}`.trim() }];
  }
  if (SENDS.has(method) && isMessage(call.result)) {
    const events: ServerEvent[] = [{ type: 'message', message: toChatMessage(call.result) }];
    const keyboard = replyKeyboardOf(params.reply_markup);
    if (keyboard !== undefined)
      events.push({
        type: 'keyboard',
        chatId: call.result.chat.id,
        rows: keyboard,
        ...(params.reply_markup?.one_time_keyboard ? { oneTime: true } : {}),
      });
    return events;
  }
  if (EDITS.has(method) && isMessage(call.result)) return [{ type: 'edit', message: toChatMessage(call.result) }];
  if (method === 'deleteMessage') return [{ type: 'delete', chatId: Number(params.chat_id), messageId: Number(params.message_id) }];
  if (method === 'answerCallbackQuery' && params.text)
    return [{ type: 'toast', text: String(params.text), alert: Boolean(params.show_alert) }];
  if (method === 'sendChatAction' && typeof params.chat_id === 'number') return [{ type: 'typing', chatId: params.chat_id }];
  return [];
}

function isMessage(result: unknown): result is { chat: { id: number }; message_id: number } {
  return typeof result === 'object' && result !== null && 'message_id' in result && 'chat' in result;
}
