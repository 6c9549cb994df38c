import { describe, expect, it } from 'vitest';
import { renderText, splitText } from '../../src/adapters/telegram/render.ts';
import { addressesBot, readCommand, stripMention } from '../../src/adapters/telegram/parse.ts';
import { lines, msg, raw } from '../../src/core/replies.ts';
import { createI18n } from '../../src/i18n/index.ts';

const i18n = createI18n({ strict: true });
const m = (text: string, extra: Record<string, unknown> = {}) => ({
  message_id: 1,
  chat: { id: 1, type: 'private' as const },
  text,
  ...extra,
});

describe('rendering', () => {
  it('when a text is longer than 4096, then it splits at line breaks under the limit and loses nothing', () => {
    const text = Array.from({ length: 500 }, (_, i) => `строка номер ${i} с текстом`).join('\n');
    const parts = splitText(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096);
    expect(parts.join('\n')).toBe(text);
  });

  it('when a word is longer than the limit, then it is cut hard rather than looping', () => {
    const parts = splitText('x'.repeat(9000));
    expect(parts.map((p) => p.length)).toEqual([4096, 4096, 808]);
  });

  it('when a long text ends in blank space past the limit, then no empty part is left to send (Telegram refuses empty texts)', () => {
    const parts = splitText(`${'a'.repeat(4090)} ${'\n'.repeat(10)}`);
    expect(parts).toEqual(['a'.repeat(4090)]);
  });

  it('when a hard cut would fall inside an emoji, then the emoji stays whole in the next part', () => {
    const parts = splitText(`x${'😀'.repeat(3000)}`);
    expect(parts.join('')).toBe(`x${'😀'.repeat(3000)}`);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(4096);
      // No lone surrogate (half an emoji) at either end of a part.
      expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it('when Text has lines and raw data, then they are joined and data is shown as is', () => {
    expect(renderText(i18n, lines(msg('cancel-done'), raw('<b>Ойыл</b>')), 'ru', 'Asia/Almaty')).toBe(
      'Отменено. Ничего не сохранено.\n<b>Ойыл</b>',
    );
  });
});

describe('reading commands', () => {
  it('when a command is addressed with @botname or has arguments, then name, target and args are read', () => {
    expect(readCommand(m('/results@AkimBot Ойыл район'))).toEqual({ name: 'results', target: 'akimbot', args: 'Ойыл район' });
    expect(readCommand(m('/START'))).toEqual({ name: 'start', target: null, args: '' });
    expect(readCommand(m('hello /start'))).toBeNull();
    expect(readCommand(m('/'))).toBeNull();
  });

  it('when a group message mentions the bot or replies to it, then it is addressed to the bot', () => {
    expect(addressesBot(m('@AkimBot когда выборы?'), 'akimbot', 42)).toBe(true);
    expect(addressesBot(m('просто разговор'), 'akimbot', 42)).toBe(false);
    expect(addressesBot(m('да', { reply_to_message: { from: { id: 42 } } }), 'akimbot', 42)).toBe(true);
    expect(stripMention('@AkimBot когда   выборы?', 'AkimBot')).toBe('когда выборы?');
  });
});
