export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * Picks the first locale from Telegram's `language_code` ("ru", "kk", "en-US", "uk" ...).
 * Languages the bot does not speak fall back to the configured default.
 */
export function localeFromLanguageCode(code: string | undefined | null, fallback: Locale): Locale {
  const base = (code ?? '').toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : fallback;
}

/** Native names, shown on the /language buttons. */
export const LOCALE_NAMES: Record<Locale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
