import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiCall } from '../../src/emulator/bot-api.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, contact, location, privateText } from '../support/updates.ts';
import { formData } from '../../src/core/complaints/form/buttons.ts';

const lastSent = (calls: ApiCall[]) => calls.filter((c) => c.method === 'sendMessage' && c.ok).at(-1)!;
const sentWith = (calls: ApiCall[], key: 'keyboard' | 'remove_keyboard') =>
  calls.filter((c) => c.method === 'sendMessage' && c.params.reply_markup?.[key]);

describe.each(FRAMEWORKS)('private form keyboards under %s', (framework) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ framework });
    await h.app.db.prisma.area.create({
      data: { id: 'aqtobe', kind: 'province', nameKk: 'Ақтөбе облысы', nameRu: 'Актюбинская область', nameEn: 'Aqtobe Region' },
    });
    await h.app.db.prisma.area.create({
      data: { id: 'aqtobe/oiyl', parentId: 'aqtobe', kind: 'settlement', nameKk: 'Ойыл', nameRu: 'Уил', nameEn: 'Oiyl' },
    });
  });
  afterAll(async () => h?.stop());

  /** Through category, settlement, description and photos: the form asks for the place next. */
  async function toLocation(user: number, lang: string): Promise<ApiCall[]> {
    await h.send(privateText(user, '/complain', { languageCode: lang }));
    await h.send(callback(user, formData.encode({ action: 'cat', arg: 'water' }), { languageCode: lang }));
    await h.app.db.prisma.user.update({ where: { id: BigInt(user) }, data: { settlementId: 'aqtobe/oiyl' } });
    const texts = h.texts(await h.send(privateText(user, 'Ойыл', { languageCode: lang })));
    expect(texts.join()).not.toMatch(/^$/);
    await h.send(privateText(user, 'Третий день нет воды на улице Абая', { languageCode: lang }));
    return h.send(callback(user, formData.encode({ action: 'next', arg: '' }), { languageCode: lang }));
  }

  it('when the form asks for the place, then a reply-keyboard button sends the location, and the keyboard is removed afterwards', async () => {
    const user = 7301;
    const asked = lastSent(await toLocation(user, 'ru'));
    const markup = asked.params.reply_markup;
    expect(markup.keyboard[0][0]).toEqual({ text: '📍 Отправить моё местоположение', request_location: true });
    expect(markup.one_time_keyboard).toBe(true);
    expect(markup.inline_keyboard).toBeUndefined();
    // Pressing the button makes Telegram send the location as a message.
    const after = await h.send(location(user, 49.07, 56.48, { languageCode: 'ru' }));
    expect(sentWith(after, 'remove_keyboard').map((c) => c.params.text)).toEqual(['📍 Местоположение получено.']);
    expect(h.texts(after).join('\n')).toMatch(/ваше имя/);
    const row = await h.app.db.prisma.conversationState.findFirst({ where: { userId: BigInt(user) } });
    expect(JSON.parse(row!.data)).toMatchObject({ latitude: 49.07, longitude: 56.48 });
  });

  it('when the resident agrees to be contacted, then one tap shares their own number (not a typed or forwarded one) and it is filed with the complaint', async () => {
    const user = 7302;
    await toLocation(user, 'en');
    await h.send(privateText(user, '⏭ Skip', { languageCode: 'en' }));
    const asked = lastSent(await h.send(callback(user, formData.encode({ action: 'consent', arg: 'y' }), { languageCode: 'en' })));
    expect(asked.params.reply_markup.keyboard[0][0]).toEqual({ text: '📱 Share my phone number', request_contact: true });
    // Someone else's contact card or a typed number is not taken.
    expect(h.texts(await h.send(contact(user, '+77000000000', { ownerId: 999, languageCode: 'en' }))).join()).toMatch(/Only the button/);
    expect(h.texts(await h.send(privateText(user, '+7 701 123 45 67', { languageCode: 'en' }))).join()).toMatch(/Only the button/);
    const shared = await h.send(contact(user, '+77011234567', { languageCode: 'en' }));
    expect(sentWith(shared, 'remove_keyboard')).toHaveLength(1);
    expect(h.texts(shared).join('\n')).toMatch(/Number received[\s\S]*check your complaint/);
    const row = await h.app.db.prisma.conversationState.findFirst({ where: { userId: BigInt(user) } });
    expect(JSON.parse(row!.data)).toMatchObject({ consent: true, contactPhone: '+77011234567' });
    const filed = h.texts(await h.send(callback(user, formData.encode({ action: 'send', arg: '' }), { languageCode: 'en' }))).join();
    const reference = /C-\d{4}-\d{6}/.exec(filed)?.[0];
    expect(reference).toBeDefined();
    expect(await h.app.db.prisma.complaint.findUnique({ where: { reference: reference! } })).toMatchObject({
      consent: true,
      contactPhone: '+77011234567',
    });
  });

  it('when /cancel comes while a keyboard is shown, then the keyboard goes with the form', async () => {
    const user = 7303;
    await toLocation(user, 'kk');
    const cancelled = await h.send(privateText(user, '/cancel', { languageCode: 'kk' }));
    expect(sentWith(cancelled, 'remove_keyboard')).toHaveLength(1);
  });
});
