import { chatId as toChatId } from '../../core/ids.ts';
import { localeFromLanguageCode, type Locale } from '../../core/locale.ts';
import type { I18n } from '../../i18n/index.ts';
import type { BotApi } from './bot-api.ts';
import { addressesBot, readCommand, type ParsedUpdate } from './parse.ts';

export interface ApologyDeps {
  api: BotApi;
  i18n: I18n;
  defaultLocale: Locale;
  bot: { id: number; username: string };
}

/**
 * The short localized apology for an update that failed before any handler ran (the database did not
 * answer, so neither the chat's nor the user's settings are known): in the language Telegram reports,
 * only to someone who addressed the bot, never into a group's chatter. Best effort, never throws.
 */
export async function apologise(deps: ApologyDeps, update: ParsedUpdate): Promise<void> {
  const cq = update.callback_query;
  const m = update.message;
  const from = cq?.from ?? m?.from;
  if (!from || from.is_bot) return;
  const text = deps.i18n.t(localeFromLanguageCode(from.language_code, deps.defaultLocale), 'error-unexpected');
  try {
    if (cq) return await deps.api.answerCallbackQuery(cq.id, { text, showAlert: true });
    if (!m || m.chat.type === 'channel') return;
    const command = readCommand(m);
    if (command?.target && command.target !== deps.bot.username.toLowerCase()) return;
    const addressed = m.chat.type === 'private' || command !== null || addressesBot(m, deps.bot.username, deps.bot.id);
    if (addressed) await deps.api.sendMessage(toChatId(m.chat.id), text);
  } catch {
    // Telegram unreachable as well: nothing more to do for this update.
  }
}
