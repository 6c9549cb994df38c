import type { UserId } from '../ids.ts';
import { LOCALE_NAMES, LOCALES, type Locale } from '../locale.ts';
import type { UserRepository } from '../ports.ts';
import { languageData } from './buttons.ts';
import { edit, msg, raw, type Keyboard, type MessageReply } from '../replies.ts';

/** The three language buttons. */
export const languageKeyboard = (): Keyboard => [LOCALES.map((locale) => languageData.button(raw(LOCALE_NAMES[locale]), { locale }))];

export const askLanguage = (): MessageReply => ({ kind: 'message', text: msg('language-choose'), buttons: languageKeyboard() });

/** Saves a resident's language; the confirmation is already in the new language. */
export async function chooseLanguage(users: UserRepository, user: UserId, code: Locale): Promise<{ locale: Locale; reply: MessageReply }> {
  await users.update(user, { locale: code });
  return { locale: code, reply: { ...edit(msg('language-saved')), locale: code } };
}
