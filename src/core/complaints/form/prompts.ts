import type { Locale } from '../../locale.ts';
import { lines, message, msg, raw, type Button, type MessageReply, type ReplyButton, type Text } from '../../replies.ts';
import { categoryName } from '../categories.ts';
import type { ComplaintLimits } from '../limits.ts';
import type { SettlementOption } from '../ports.ts';
import { neighbourExcerpt, neighbourView } from '../public-view.ts';
import type { Category, ComplaintRecord } from '../types.ts';
import { formData } from './buttons.ts';
import { SKIP_MARK, type ComplaintForm, type FormAction } from './state.ts';

/** The prompts of each form step. Category and settlement names are data (raw), the rest are keys. */

const formButton = (text: Text, action: FormAction, arg: string | number = ''): Button =>
  formData.button(text, { action, arg: String(arg) });
const cancelRow = (): Button[] => [formButton(msg('complaint-button-cancel'), 'cancel')];

export function askCategory(categories: Category[], locale: Locale): MessageReply {
  const rows: Button[][] = [];
  for (let i = 0; i < categories.length; i += 2) {
    rows.push(categories.slice(i, i + 2).map((c) => formButton(raw(categoryName(c, locale)), 'cat', c.code)));
  }
  return message(msg('complaint-ask-category'), [...rows, cancelRow()]);
}

export const emergencyNotice = (c: Category, locale: Locale): MessageReply =>
  message(msg('complaint-emergency', { category: categoryName(c, locale), number: c.emergency ?? '' }));

export const askSettlement = (): MessageReply => message(msg('complaint-ask-settlement'), [cancelRow()]);

/** Not in the directory (a new village, a typo beyond repair): try again, or file it without a place. */
export const settlementNotFound = (query: string): MessageReply =>
  message(msg('complaint-settlement-not-found', { query }), [
    [formButton(msg('complaint-button-no-settlement'), 'set', 'none')],
    cancelRow(),
  ]);

export const pickSettlement = (options: SettlementOption[]): MessageReply =>
  message(msg('complaint-pick-settlement'), [...options.map((o, i) => [formButton(raw(o.label), 'set', i)]), cancelRow()]);

/**
 * The "+1" offer. Another resident's complaint is named by category, settlement, filing date, status
 * and supporters; its words appear only when its author chose to show them, and then masked.
 */
export function offerSimilar(similar: ComplaintRecord[], names: { category: string; settlement: string }): MessageReply {
  const items: Text[] = similar.map((c) => {
    const { reference, createdAt, status, supporterCount } = neighbourView(c);
    const item = msg('complaint-similar-item', { reference, ...names, date: createdAt, status, supporters: supporterCount });
    const words = neighbourExcerpt(c);
    return words === null ? item : lines(item, raw(words));
  });
  return message(lines(msg('complaint-similar-found', { count: similar.length }), ...items), [
    ...similar.map((c) => [formButton(msg('complaint-button-join', { reference: c.reference }), 'join', c.id)]),
    [formButton(msg('complaint-button-new'), 'new')],
    cancelRow(),
  ]);
}

export const askDescription = (l: ComplaintLimits): MessageReply =>
  message(msg('complaint-ask-description', { min: l.descriptionMin, max: l.descriptionMax }), [cancelRow()]);

export const askPhotos = (l: ComplaintLimits): MessageReply =>
  message(msg('complaint-ask-photos', { max: l.maxPhotos }), [[formButton(msg('complaint-button-skip'), 'next')], cancelRow()]);

export const photosReceived = (count: number, l: ComplaintLimits): MessageReply =>
  message(msg('complaint-photos-received', { count, max: l.maxPhotos }), [[formButton(msg('complaint-button-done'), 'next')], cancelRow()]);

/** Reply-keyboard "skip": its text comes back as a message, recognised by SKIP_MARK in any language. */
const skipKey = (): ReplyButton => ({ text: { lines: [raw(SKIP_MARK + ' '), msg('complaint-button-skip')], separator: '' } });

/** One tap sends the place: a reply-keyboard button asking for the location (the 📎 menu still works). */
export const askLocation = (): MessageReply => ({
  ...message(msg('complaint-ask-location')),
  replyKeyboard: [[{ text: msg('complaint-button-send-location'), request: 'location' }], [skipKey()]],
});

/** After agreeing to be contacted: one tap shares the resident's own phone number, nobody types it. */
export const askContact = (): MessageReply => ({
  ...message(msg('complaint-ask-contact')),
  replyKeyboard: [[{ text: msg('complaint-button-share-contact'), request: 'contact' }], [skipKey()]],
});

/** Acknowledges the reply-keyboard answer and takes the keyboard away. */
export const keyboardDone = (
  key: 'complaint-location-received' | 'complaint-location-skipped' | 'complaint-contact-received' | 'complaint-contact-skipped',
): MessageReply => ({
  ...message(msg(key)),
  removeKeyboard: true,
});

export const askConsent = (): MessageReply =>
  message(msg('complaint-ask-consent'), [
    [formButton(msg('complaint-button-consent-no'), 'consent', 'n')],
    [formButton(msg('complaint-button-consent-yes'), 'consent', 'y')],
    cancelRow(),
  ]);

export function confirmScreen(form: ComplaintForm, category: string, settlement: string | null): MessageReply {
  return message(
    lines(
      msg('complaint-confirm-title'),
      msg('complaint-confirm-category', { category }),
      settlement === null ? msg('complaint-confirm-settlement-none') : msg('complaint-confirm-settlement', { settlement }),
      msg('complaint-confirm-photos', { count: form.photos.length }),
      form.latitude !== undefined ? msg('complaint-confirm-location-yes') : msg('complaint-confirm-location-no'),
      ...(form.address ? [msg('complaint-confirm-address', { address: form.address })] : []),
      form.consent ? msg('complaint-confirm-consent-yes') : msg('complaint-confirm-consent-no'),
      form.descriptionVisible ? msg('complaint-confirm-visible-yes') : msg('complaint-confirm-visible-no'),
      msg('complaint-confirm-description'),
      raw(form.description ?? ''),
    ),
    [
      [formButton(msg('complaint-button-send'), 'send')],
      [
        form.descriptionVisible
          ? formButton(msg('complaint-button-visible-off'), 'visible', 'n')
          : formButton(msg('complaint-button-visible-on'), 'visible', 'y'),
      ],
      cancelRow(),
    ],
  );
}

export const photosHint = (l: ComplaintLimits): MessageReply =>
  message(msg('complaint-hint-photo-expected'), [[formButton(msg('complaint-button-done'), 'next')], cancelRow()]);

/** The typed address is kept; the location keyboard stays for a pin, or "Skip" to go on without one. */
export const addressReceived = (address: string): MessageReply => ({
  ...askLocation(),
  text: msg('complaint-address-received', { address }),
});

export const locationHint = (): MessageReply => ({ ...askLocation(), text: msg('complaint-hint-location-expected') });

export const contactHint = (): MessageReply => ({ ...askContact(), text: msg('complaint-hint-contact-expected') });

/** "Filed, your reference is ...": the direct answer and the outbox's fallback say the same. */
export const filedReceipt = (filed: Pick<ComplaintRecord, 'reference' | 'dueAt'>): MessageReply =>
  message(msg('complaint-filed', { reference: filed.reference, due: filed.dueAt }));
