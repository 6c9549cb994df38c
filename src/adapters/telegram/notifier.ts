import type { Logger } from 'pino';
import type { ChatId } from '../../core/ids.ts';
import type { Locale } from '../../core/locale.ts';
import type { Notifier } from '../../core/ports.ts';
import type { Reply } from '../../core/replies.ts';
import type { I18n } from '../../i18n/index.ts';
import { ChatUnavailableError, type BotApi } from './bot-api.ts';
import type { ChatLanes } from './chat-lanes.ts';
import { renderKeyboard, renderText, splitText } from './render.ts';

/**
 * Sends notifications (status changes, ...) to a resident's private chat, rendered in their locale.
 * A resident who blocked the bot is skipped: the chat is marked and the status change still stands.
 */
export class TelegramNotifier implements Notifier {
  constructor(
    private readonly api: BotApi,
    private readonly i18n: I18n,
    private readonly log: Logger,
    private readonly timeZone: string,
    private readonly lanes?: ChatLanes,
  ) {}

  async notify(chat: ChatId, locale: Locale, replies: Reply[]): Promise<void> {
    for (const r of replies) {
      if (r.kind !== 'message') continue;
      const loc = r.locale ?? locale;
      const parts = splitText(renderText(this.i18n, r.text, loc, this.timeZone));
      const keyboard = renderKeyboard(this.i18n, r.buttons, loc, this.timeZone);
      try {
        for (let i = 0; i < parts.length; i++) {
          const target = r.chatId ?? chat;
          const send = () => this.api.sendMessage(target, parts[i]!, { keyboard: i === parts.length - 1 ? keyboard : undefined });
          // A rate-limited resident waits in their own queue, not in the staff member's handler.
          if (this.lanes) await this.lanes.send(target, send);
          else await send();
        }
      } catch (err) {
        if (err instanceof ChatUnavailableError) return;
        this.log.warn({ err }, 'notification not delivered');
      }
    }
  }
}
