/** What a masked fragment becomes. */
export const MASK = '•••';

/** t.me / telegram.me / telegram.dog links, with or without a scheme: they name a person or a chat. */
const TELEGRAM_LINK = /(?:https?:\/\/)?(?:www\.)?(?:t|telegram)\.(?:me|dog)\/[^\s,;)]*/giu;

/** E-mail addresses in any script (иван@почта.рф, әлия@mail.kz, a.b+c@x.co). */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** @handles (Telegram, Instagram ...): anything after an @ that is not part of a word before it. */
const HANDLE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]{2,}/gu;

/**
 * Runs of digits with the separators people put in numbers: spaces, dots, slashes, dashes and
 * brackets (+7 701 123 45 67, 8(701)1234567, 8.701.123.45.67, 8/701/1234567), a leading + allowed.
 */
const DIGIT_RUN = /\+?(?:\(\s?)?\d(?:[\s\u00a0./()\-–—]{0,3}\d)*/gu;

/**
 * Dates (12.03.2026, 1/12/25, 2026-03-12) and complaint references (C-2026-000123) are numbers a
 * complaint needs: they are cut out before digit runs are judged, so one next to a phone never hides
 * it and never gets masked with it.
 */
const DATE =
  /(?<!\d)((?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:\d{4}|\d{2})|\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|C-\d{4}-\d{6})(?!\d)/u;

/** What TELEGRAM_LINK needs (same flags, so the same letters match); EMAIL and HANDLE need an @. */
const LINK_HINT = /\.(?:me|dog)\//iu;
/** What DIGIT_RUN and DATE need. */
const DIGIT = /\d/u;

const digitCount = (s: string): number => s.replace(/\D/gu, '').length;

/**
 * A digit run that identifies someone: 10 or more digits (a mobile number with or without +7/8, an
 * IIN's 12 digits, a card), or 5 to 9 digits written in groups like a landline (2-15-34, 21 34 56).
 * House and flat numbers, years, amounts and dates stay.
 */
function isPersonalNumber(run: string): boolean {
  const digits = digitCount(run);
  if (digits >= 10) return true;
  if (digits < 5) return false;
  const groups = run.split(/[^\d]+/u).filter(Boolean);
  return groups.length >= 3 || run.startsWith('+');
}

/**
 * Masks what could identify a resident in their own words: phone numbers in every common Kazakh
 * form, e-mail addresses, @handles, t.me links and IINs (12 digits). The one function every place
 * uses that shows or logs a resident's text to someone else. Pure; idempotent.
 *
 * @example maskPersonalData('звоните 8(701)1234567, aliya@mail.kz') // 'звоните •••, •••'
 */
export function maskPersonalData(text: string): string {
  // Each pattern runs only on text with what it needs (a `.me/` / `.dog/` link, an @, a digit): most
  // complaints have few of them, and an export masks a million.
  let out = LINK_HINT.test(text) ? text.replace(TELEGRAM_LINK, MASK) : text;
  if (out.includes('@')) out = out.replace(EMAIL, MASK).replace(HANDLE, MASK);
  if (!DIGIT.test(out)) return out;
  return out
    .split(DATE)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(DIGIT_RUN, (run) => (isPersonalNumber(run) ? MASK : run))))
    .join('');
}

/** Masked and cut to `max` characters with an ellipsis (offers, digests). */
export function maskedExcerpt(text: string, max = 90): string {
  const masked = maskPersonalData(text).replace(/\s+/gu, ' ').trim();
  return masked.length > max ? masked.slice(0, max - 1) + '…' : masked;
}
