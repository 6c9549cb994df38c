/**
 * Validation of message texts, captions and inline keyboards, so that a bot
 * which would be refused by Telegram is refused by the fake too.
 */
import { badRequest } from './errors.ts';

export const MAX_TEXT_LENGTH = 4096;
export const MAX_CAPTION_LENGTH = 1024;
export const MAX_CALLBACK_DATA_BYTES = 64;

/** Tags Telegram accepts with parse_mode HTML. */
const HTML_TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'span',
  'tg-spoiler',
  'a',
  'tg-emoji',
  'tg-time',
  'code',
  'pre',
  'blockquote',
]);

/** Checks a message text: 1-4096 characters after entity parsing (UTF-16 code units). */
export function checkMessageText(text: unknown, parseMode: unknown): void {
  if (text === undefined || text === null || text === '') throw badRequest('message text is empty');
  const visible = visibleText(String(text), parseMode);
  if (visible.trim() === '') throw badRequest('message text is empty');
  if (visible.length > MAX_TEXT_LENGTH) throw badRequest('message is too long');
}

/** Checks an optional caption: at most 1024 characters after entity parsing. */
export function checkCaption(caption: unknown, parseMode: unknown): void {
  if (caption === undefined || caption === null || caption === '') return;
  if (visibleText(String(caption), parseMode).length > MAX_CAPTION_LENGTH) {
    throw badRequest('message caption is too long');
  }
}

/**
 * The text as the user will see it: markup removed. HTML is validated like
 * Telegram does (unknown or unbalanced tags are refused), because a bot that
 * forgets to escape `<` in user input fails in production exactly this way.
 * MarkdownV2/Markdown are approximated by dropping markup characters.
 */
export function visibleText(text: string, parseMode: unknown): string {
  const mode = typeof parseMode === 'string' ? parseMode.toLowerCase() : '';
  if (mode === 'html') return stripHtml(text);
  if (mode === 'markdownv2' || mode === 'markdown') {
    return (
      text
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\\(.)/g, '\u0000$1')
        .replace(/[*_~`|]/g, '')
        // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the placeholder set two lines up
        .replace(/\u0000/g, '')
    );
  }
  return text;
}

function stripHtml(text: string): string {
  const open: string[] = [];
  const tagRe = /<(\/?)([^\s>/]*)[^>]*>|</g;
  let out = '';
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = tagRe.exec(text))) {
    out += text.slice(last, match.index);
    last = tagRe.lastIndex;
    const offset = Buffer.byteLength(text.slice(0, match.index));
    const name = (match[2] ?? '').toLowerCase();
    if (match[0] === '<' || !HTML_TAGS.has(name)) {
      throw badRequest(`can't parse entities: Unsupported start tag "${name}" at byte offset ${offset}`);
    }
    if (match[1] !== '/') {
      open.push(name);
      continue;
    }
    const expected = open.pop();
    if (expected !== name) {
      throw badRequest(
        `can't parse entities: Unmatched end tag at byte offset ${offset}, expected "</${expected ?? ''}>", found "</${name}>"`,
      );
    }
  }
  if (open.length > 0) {
    throw badRequest(`can't parse entities: Can't find end tag corresponding to start tag "${open[open.length - 1]}"`);
  }
  return decodeEntities(out + text.slice(last));
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot);/gi, (_, code: string) => {
    const lower = code.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'amp') return '&';
    if (lower === 'quot') return '"';
    const point = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return String.fromCodePoint(point);
  });
}

/**
 * Checks every inline button: callback_data must be 1-64 bytes of UTF-8
 * (Cyrillic takes 2 bytes a letter, so 33 Russian letters are already too many).
 */
export function checkReplyMarkup(markup: unknown): void {
  if (!markup || typeof markup !== 'object') return;
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (rows === undefined) return;
  if (!Array.isArray(rows)) throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array');
  for (const row of rows) {
    if (!Array.isArray(row)) throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
    for (const button of row as Array<Record<string, unknown>>) checkButton(button);
  }
}

/** Fields that give an inline button an action; a button with text only is refused. */
const BUTTON_ACTIONS = [
  'callback_data',
  'url',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
  'pay',
];

function checkButton(button: Record<string, unknown>): void {
  if (!button || typeof button.text !== 'string') {
    throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String');
  }
  if (!BUTTON_ACTIONS.some((key) => key in button)) {
    throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  }
  if (!('callback_data' in button)) return;
  const data = button.callback_data;
  const bytes = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : 0;
  if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw badRequest('BUTTON_DATA_INVALID');
}
