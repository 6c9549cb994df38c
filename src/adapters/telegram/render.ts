import type { Locale } from '../../core/locale.ts';
import type { Keyboard, Text } from '../../core/replies.ts';
import type { I18n } from '../../i18n/index.ts';
import type { InlineKeyboard } from './bot-api.ts';

/** Telegram's limit on a message's text (telegram-facts.md); callback data is checked by its codec (core/buttons.ts). */
export const MAX_TEXT = 4096;

/** Turns a core Text into words in one locale and time zone. */
export function renderText(i18n: I18n, text: Text, locale: Locale, timeZone: string): string {
  if ('raw' in text) return text.raw;
  if ('lines' in text) return text.lines.map((t) => renderText(i18n, t, locale, timeZone)).join(text.separator ?? '\n');
  return i18n.t(locale, text.key, text.vars, timeZone);
}

export function renderKeyboard(i18n: I18n, keyboard: Keyboard | undefined, locale: Locale, timeZone: string): InlineKeyboard | undefined {
  if (!keyboard?.length) return undefined;
  return keyboard.map((row) =>
    row.map((b) => {
      const label = renderText(i18n, b.text, locale, timeZone).slice(0, 64) || '·';
      if ('url' in b) return { text: label, url: b.url };
      return { text: label, callback_data: b.data };
    }),
  );
}

/**
 * Splits a text into messages under Telegram's limit, at paragraph, then line, then word
 * boundaries, so nothing is cut mid-word.
 */
export function splitText(text: string, limit = MAX_TEXT): string[] {
  const parts: string[] = [];
  let rest = text.trim() === '' ? '·' : text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((i) => i > limit / 2) ?? limit;
    // A hard cut must not split a surrogate pair (an emoji): half of one is not valid text.
    if (cut === limit && /[\uD800-\uDBFF]/.test(rest[cut - 1]!)) cut--;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  // Only blank space after the last cut: nothing more to send (Telegram refuses an empty text).
  if (rest !== '' || parts.length === 0) parts.push(rest);
  return parts;
}
