import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupsData } from '../../src/core/groups/buttons.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, document, editedMessage, groupText, location, photo, privateText, sticker } from '../support/updates.ts';

const user = (id: number) => ({ id, is_bot: false, first_name: 'T', language_code: 'ru' });
const chat = (id: number) => ({ id, type: 'private', first_name: 'T' });

/** Updates a sloppy client, a forged request or a future Bot API could send. */
function oddUpdates(): Array<[string, Record<string, unknown>]> {
  return [
    ['message without from', { message: { message_id: 1, date: 0, chat: chat(8101), text: '/start' } }],
    [
      'message with a chat of an unknown type',
      { message: { message_id: 1, date: 0, chat: { id: 8102, type: 'secret' }, from: user(8102), text: 'hi' } },
    ],
    ['callback without data', { callback_query: { id: 'cb1', from: user(8103), chat_instance: 'x' } }],
    ['callback with 200 bytes of data', callback(8104, 'x'.repeat(200))],
    ['callback into a group the bot never saw', callback(8105, groupsData.encode({ op: 'm' }), { chatId: -1009999 })],
    ['only whitespace', privateText(8106, '   \n\t ')],
    ['a bare slash', privateText(8107, '/')],
    ['a command for another bot', privateText(8108, '/start@someone_else_bot')],
    ['entities pointing past the text', privateText(8109, '/help', { entities: [{ type: 'bot_command', offset: 0, length: 99 }] })],
    ['emoji and RTL text', privateText(8110, '🙂‏مرحبا 𝕏 \u0000')],
    ['an edited message', editedMessage(8111, 8111, 5, 'edited')],
    ['a channel post', { channel_post: { message_id: 1, date: 0, chat: { id: -1001, type: 'channel' }, text: 'news' } }],
    ['a photo without a form', photo(8112, 'AgAC-photo')],
    ['a location without a form', location(8113, 43.2, 76.9)],
    ['a document from a resident', document(8114, 'BQAC-doc', 'notes.pdf')],
    ['a sticker', sticker(8115)],
    ['group chatter with a photo', photo(8116, 'AgAC-x', { chatId: -1008116 })],
    ['a group message replying to someone else', groupText(-1008117, 8117, 'ответ', { chatType: 'supergroup' })],
    ['fields of the wrong type', { message: { message_id: 'one', date: 0, chat: 'nope', text: 5 } }],
    ['an array where an object belongs', { callback_query: [] }],
    [
      'a fractional chat and user id',
      {
        message: {
          message_id: 1,
          date: 0,
          chat: { id: 1.5, type: 'private' },
          from: { id: 1.5, is_bot: false, first_name: 'x' },
          text: '/help',
        },
      },
    ],
  ];
}

describe.each(FRAMEWORKS)('odd and hostile updates under %s', (framework) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ framework });
  });
  afterAll(async () => h?.stop());

  it('when any of them arrives, then nothing crashes and the bot answers at most once', async () => {
    for (const [label, update] of oddUpdates()) {
      const calls = await h.send(update);
      const messages = calls.filter((c) => c.method === 'sendMessage');
      expect(messages.length, label).toBeLessThanOrEqual(1);
      expect(
        calls.filter((c) => !c.ok).map((c) => `${c.method}: ${c.error?.description}`),
        label,
      ).toEqual([]);
    }
    // Still alive and answering in the user's language afterwards.
    const texts = h.texts(await h.send(privateText(8199, '/help', { languageCode: 'kk' })));
    expect(texts[0]).toMatch(/Мен не істей аламын/);
  });

  it('when a group member sends ordinary chatter, then the bot stays quiet', async () => {
    for (const text of ['всем привет', 'кто знает, когда дадут воду?', 'https://example.kz']) {
      expect(await h.send(groupText(-1008120, 8120, text, { chatType: 'supergroup' }))).toEqual([]);
    }
  });
});
