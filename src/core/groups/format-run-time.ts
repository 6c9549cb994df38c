import type { Locale } from '../locale.ts';

const TAGS: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** "Mon, 16 Nov, 20:00" in the chat's language and zone: how a planned post time is shown. */
export function formatRunTime(instant: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(TAGS[locale], {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}
