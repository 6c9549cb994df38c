import { DomainError } from '../errors.ts';
import type { UserId } from '../ids.ts';
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from '../locale.ts';
import type { UserRepository } from '../ports.ts';
import { button, edit, msg, raw, type Keyboard, type MessageReply } from '../replies.ts';

/** The three language buttons; data `lang:<code>`. */
export const languageKeyboard = (): Keyboard => [LOCALES.map((l) => button(raw(LOCALE_NAMES[l]), `lang:${l}`))];

export const askLanguage = (): MessageReply => ({ kind: 'message', text: msg('language-choose'), buttons: languageKeyboard() });

/** Saves a resident's language; the confirmation is already in the new language. */
export async function chooseLanguage(users: UserRepository, user: UserId, code: string): Promise<{ locale: Locale; reply: MessageReply }> {
  if (!isLocale(code)) throw new DomainError('BUTTON.STALE');
  await users.update(user, { locale: code });
  return { locale: code, reply: { ...edit(msg('language-saved')), locale: code } };
}
