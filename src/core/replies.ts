import type { ChatId } from './ids.ts';
import type { CalendarReply } from './elections/calendar-event.ts';
import type { ResultsChart } from './elections/results-chart.ts';
import type { Locale } from './locale.ts';

/** Values a message key may interpolate. Dates are formatted by the renderer in the chat's zone. */
export type Vars = Record<string, string | number | Date | null | undefined>;

/**
 * What a message says, without the words: the renderer turns keys into text with Fluent.
 * - `{ key, vars }` one message key;
 * - `{ raw }` text that is data (a name, a description), shown as is;
 * - `{ lines }` parts joined by new lines (a summary built from several keys).
 */
export type Text = { key: string; vars?: Vars } | { raw: string } | { lines: Text[]; separator?: string };

/** Builds a keyed Text. Keep keys literal (`msg('cancel-done')`): a test checks every one exists in every locale. */
export const msg = (key: string, vars?: Vars): Text => ({ key, vars });
export const raw = (text: string): Text => ({ raw: text });
export const lines = (...parts: Text[]): Text => ({ lines: parts });

/** An inline button: callback data (written by a button family's codec, core/buttons.ts) or a URL. */
export type Button = { text: Text; data: string } | { text: Text; url: string };
export type Keyboard = Button[][];

export interface MessageReply {
  kind: 'message';
  text: Text;
  buttons?: Keyboard;
  /** Replace the message the pressed button belongs to instead of sending a new one. */
  edit?: boolean;
  /** Another chat (e.g. a private notification); default: the chat of the update. */
  chatId?: ChatId;
  /** Render in this locale instead of the update's (e.g. right after the language changed). */
  locale?: Locale;
  /** A results chart sent as a picture right before the text (not when the reply edits a message). */
  chart?: ResultsChart;
  /**
   * Private chats: a one-time keyboard under the input field instead of inline buttons; a button may
   * send the resident's location or phone number with one tap.
   */
  replyKeyboard?: ReplyButton[][];
  /** Takes away a reply keyboard shown earlier (once its answer came). */
  removeKeyboard?: boolean;
}

/** A reply-keyboard button: pressing it sends its text, or the location / own contact it asks for. */
export interface ReplyButton {
  text: Text;
  request?: 'location' | 'contact';
}

export interface DocumentReply {
  kind: 'document';
  filename: string;
  data: Buffer;
  caption?: Text;
  chatId?: ChatId;
}

/** Photos Telegram already holds, by file id (nothing is downloaded), sent as one album. */
export interface AlbumReply {
  kind: 'album';
  photos: string[];
  chatId?: ChatId;
}

/** A picture the bot drew (a report): PNG bytes uploaded as a photo, a caption and buttons under it. */
export interface PictureReply {
  kind: 'picture';
  filename: string;
  data: Buffer;
  caption?: Text;
  buttons?: Keyboard;
  chatId?: ChatId;
}

/** A map pin, with optional buttons under it. */
export interface LocationReply {
  kind: 'location';
  latitude: number;
  longitude: number;
  buttons?: Keyboard;
  chatId?: ChatId;
}

/** A short notice on the pressed button (answerCallbackQuery). */
export interface ToastReply {
  kind: 'toast';
  text: Text;
  alert?: boolean;
  /** A t.me link to this bot (deep link) the pressed button opens instead of the notice. */
  url?: string;
}

export type Reply = MessageReply | DocumentReply | PictureReply | AlbumReply | LocationReply | ToastReply | CalendarReply;

export const message = (text: Text, buttons?: Keyboard, extra: Partial<MessageReply> = {}): MessageReply => ({
  kind: 'message',
  text,
  buttons,
  ...extra,
});
export const edit = (text: Text, buttons?: Keyboard): MessageReply => ({ kind: 'message', text, buttons, edit: true });
export const album = (photos: string[]): AlbumReply => ({ kind: 'album', photos });
export const location = (latitude: number, longitude: number, buttons?: Keyboard): LocationReply => ({
  kind: 'location',
  latitude,
  longitude,
  buttons,
});
export const toast = (text: Text, alert = false): ToastReply => ({ kind: 'toast', text, alert });
export const urlButton = (text: Text, url: string): Button => ({ text, url });
