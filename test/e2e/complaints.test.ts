import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeComplaintStatus } from '../../src/core/complaints/change-status.ts';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { userId } from '../../src/core/ids.ts';
import type { ApiCall } from '../../src/emulator/bot-api.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, contact, document, groupText, location, photo, privateText, sticker } from '../support/updates.ts';
import { formData } from '../../src/core/complaints/form/buttons.ts';
import { myComplaintsData } from '../../src/core/complaints/buttons.ts';

const GROUP = -1005550001;

const keyboardOf = (calls: ApiCall[]): { text: string; callback_data?: string; url?: string }[] =>
  calls
    .filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText')
    .flatMap((c) => (c.params.reply_markup?.inline_keyboard ?? []).flat());
const toastOf = (calls: ApiCall[]) => calls.find((c) => c.method === 'answerCallbackQuery')?.params.text as string | undefined;

describe.each(FRAMEWORKS)('complaints under %s', (framework) => {
  let h: Harness;
  const say = async (user: number, text: string) => h.texts(await h.send(privateText(user, text))).join('\n');
  const press = (user: number, data: string) => h.send(callback(user, data));
  const pressText = async (user: number, data: string) => h.texts(await press(user, data)).join('\n');
  const complaints = () => new PrismaComplaintRepository(h.app.db.prisma);
  const conversation = (user: number) => h.app.db.prisma.conversationState.findFirst({ where: { userId: BigInt(user) } });

  /** Category (heating unless given), settlement Ойыл: leaves the form at the description step. */
  async function toDescription(user: number, category = 'heating') {
    expect(await say(user, '/complain')).toMatch(/О чём жалоба/);
    const afterCategory = await pressText(user, formData.encode({ action: 'cat', arg: category }));
    if (/В каком населённом пункте/.test(afterCategory)) expect(await say(user, 'Ойыл')).toMatch(/Опишите проблему/);
  }

  beforeAll(async () => {
    h = await startHarness({ framework });
    const prisma = h.app.db.prisma;
    await prisma.area.create({
      data: { id: 'aqtobe', kind: 'province', nameKk: 'Ақтөбе облысы', nameRu: 'Актюбинская область', nameEn: 'Aqtobe Region' },
    });
    await prisma.area.create({
      data: {
        id: 'aqtobe/oiyl',
        parentId: 'aqtobe',
        kind: 'settlement',
        nameKk: 'Ойыл',
        nameRu: 'Ойыл',
        nameEn: 'Oiyl',
        aliases: '["Oyil"]',
      },
    });
  });
  afterAll(async () => h?.stop());

  it('when the place is unknown to the bot, then the resident can still file without one', async () => {
    const user = 7801;
    await say(user, '/complain');
    await pressText(user, formData.encode({ action: 'cat', arg: 'roads' }));
    const lost = await h.send(privateText(user, 'Жаңаауыл-12'));
    expect(h.texts(lost).join('\n')).toMatch(/Не нашёл/);
    const skip = keyboardOf(lost).find((b) => b.callback_data === formData.encode({ action: 'set', arg: 'none' }));
    expect(skip?.text).toBe('Без населённого пункта');
    expect(await pressText(user, skip!.callback_data!)).toMatch(/Опишите проблему/);
    await press(user, formData.encode({ action: 'cancel', arg: '' }));
  });

  it('when a resident files with an album and a location, then one prompt per album and a reference at the end', async () => {
    const user = 3001;
    await toDescription(user, 'water');
    expect(await say(user, 'Третий день нет воды на улице Абая, дом 12')).toMatch(/Пришлите фото/);
    const mark = h.fake.mark();
    await Promise.all(['a1', 'a2', 'a3'].map((id) => h.send(photo(user, `photo-${id}`, { mediaGroupId: 'album-1' }))));
    const albumTexts = h.texts(h.fake.calls.filter((c) => c.index >= mark));
    expect(albumTexts.filter((t) => /Фото получено/.test(t))).toHaveLength(1);
    expect(await pressText(user, formData.encode({ action: 'next', arg: '' }))).toMatch(/место на карте/);
    expect(h.texts(await h.send(location(user, 49.07, 56.48))).join()).toMatch(/ваше имя/);
    expect(await pressText(user, formData.encode({ action: 'consent', arg: 'y' }))).toMatch(/номером телефона/);
    expect(h.texts(await h.send(contact(user, '+77011234567'))).join()).toMatch(/Проверьте жалобу[\s\S]*Фото: 3[\s\S]*Геопозиция: есть/);
    const filed = await pressText(user, formData.encode({ action: 'send', arg: '' }));
    const reference = /C-\d{4}-\d{6}/.exec(filed)?.[0];
    expect(reference).toBeDefined();
    const saved = await complaints().findByReference(reference!);
    expect(saved).toMatchObject({
      photos: ['photo-a1', 'photo-a2', 'photo-a3'],
      latitude: 49.07,
      areaId: 'aqtobe/oiyl',
      consent: true,
      contactName: 'Test',
    });
    expect(await conversation(user)).toBeNull();
  });

  it('when /cancel comes at any step, then the form ends and its old buttons are stale', async () => {
    const user = 3002;
    const steps: Array<() => Promise<unknown>> = [
      async () => say(user, '/complain'),
      async () => {
        await say(user, '/complain');
        await press(user, formData.encode({ action: 'cat', arg: 'roads' }));
      },
      async () => {
        await toDescription(user);
      },
      async () => {
        await toDescription(user);
        await say(user, 'Яма на дороге возле школы');
      },
      async () => {
        await toDescription(user);
        await say(user, 'Яма на дороге возле школы');
        await press(user, formData.encode({ action: 'next', arg: '' }));
      },
      async () => {
        await toDescription(user);
        await say(user, 'Яма на дороге возле школы');
        await press(user, formData.encode({ action: 'next', arg: '' }));
        await press(user, formData.encode({ action: 'skip', arg: '' }));
      },
    ];
    for (const reach of steps) {
      await reach();
      expect(await conversation(user)).not.toBeNull();
      expect(await say(user, '/cancel')).toMatch(/Отменено/);
      expect(await conversation(user)).toBeNull();
    }
    expect(toastOf(await press(user, formData.encode({ action: 'consent', arg: 'y' })))).toMatch(/устарела/);
    await say(user, '/complain');
    expect(await pressText(user, formData.encode({ action: 'cancel', arg: '' }))).toMatch(/Жалоба отменена/);
  });

  it('when the bot restarts mid-form, then the next step continues from the database', async () => {
    const user = 3003;
    await toDescription(user);
    await h.restart();
    expect(await say(user, 'Нет воды уже неделю, трубы сухие')).toMatch(/Пришлите фото/);
    await say(user, '/cancel');
  });

  it('when /complain is used in a group, then only a deep link comes, and it opens the form knowing the settlement', async () => {
    await h.send(groupText(GROUP, 3004, '/help'));
    await h.app.db.prisma.chat.update({ where: { id: BigInt(GROUP) }, data: { settlementId: 'aqtobe/oiyl' } });
    const calls = await h.send(groupText(GROUP, 3004, '/complain'));
    const link = keyboardOf(calls).find((b) => b.url)?.url;
    expect(link).toBe(`https://t.me/test_bot?start=c_${GROUP}`);
    expect(calls.filter((c) => c.method === 'sendMessage').every((c) => c.params.chat_id === GROUP)).toBe(true);
    expect(await say(3004, `/start c_${GROUP}`)).toMatch(/О чём жалоба/);
    expect(await pressText(3004, formData.encode({ action: 'cat', arg: 'waste' }))).toMatch(/Опишите проблему/);
    const state = await conversation(3004);
    expect(JSON.parse(state!.data)).toMatchObject({ settlementId: 'aqtobe/oiyl', source: 'group', sourceChatId: String(GROUP) });
    await say(3004, '/cancel');
  });

  it('when another resident has the same problem, then "+1" is offered and joining files no copy', async () => {
    const before = await h.app.db.prisma.complaint.count();
    await say(3005, '/complain');
    expect(await pressText(3005, formData.encode({ action: 'cat', arg: 'water' }))).toMatch(/В каком населённом пункте/);
    const offer = await say(3005, 'Ойыл');
    expect(offer).toMatch(/Похожая жалоба уже подана/);
    const first = await h.app.db.prisma.complaint.findFirst({ where: { categoryCode: 'water' }, orderBy: { id: 'asc' } });
    expect(await pressText(3005, formData.encode({ action: 'join', arg: String(first!.id) }))).toMatch(/Вы поддержали жалобу/);
    expect(await h.app.db.prisma.complaint.count()).toBe(before);
    expect(await complaints().supporterIds(first!.id)).toContain(userId(3005));
  });

  it('when staff change the status, then the author and the supporter are told privately', async () => {
    const first = await h.app.db.prisma.complaint.findFirst({ where: { categoryCode: 'water' }, orderBy: { id: 'asc' } });
    const mark = h.fake.mark();
    const deps = { complaints: complaints(), users: h.app.wiring.users, notifier: h.app.wiring.notifier, defaultLocale: 'ru' as const };
    const r = await changeComplaintStatus(deps, {
      reference: first!.reference,
      to: 'in_progress',
      note: 'Бригада выехала',
      now: new Date(),
    });
    expect(r.notified).toBe(2);
    const sent = h.fake.calls.filter((c) => c.index >= mark && c.method === 'sendMessage');
    expect(sent.map((c) => Number(c.params.chat_id)).sort()).toEqual([3001, 3005]);
    expect(sent.every((c) => /новый статус — решается[\s\S]*Бригада выехала/.test(String(c.params.text)))).toBe(true);
    const list = await say(3001, '/mycomplaints');
    expect(list).toMatch(/решается/);
    const detail = await pressText(3001, myComplaintsData.encode({ op: 'd', id: first!.id }));
    expect(detail).toMatch(/История:[\s\S]*Бригада выехала/);
    expect(toastOf(await press(3002, myComplaintsData.encode({ op: 'd', id: first!.id })))).toMatch(/не найдена/);
  });

  it('when plain text reads like a complaint, then the form is offered; other text is left alone', async () => {
    const offer = await h.send(privateText(3006, 'третий день нет воды'));
    expect(h.texts(offer).join()).toMatch(/Похоже на жалобу/);
    expect(keyboardOf(offer).map((b) => b.callback_data)).toContain(myComplaintsData.encode({ op: 's', category: 'water' }));
    expect(await pressText(3006, myComplaintsData.encode({ op: 's', category: 'water' }))).toMatch(/В каком населённом пункте/);
    await say(3006, '/cancel');
    expect(await say(3006, 'абырвалг')).not.toMatch(/Похоже на жалобу/);
  });

  it('when the input is wrong at any step, then a hint comes and nothing breaks', async () => {
    const user = 3007;
    await say(user, '/complain');
    expect(h.texts(await h.send(sticker(user))).join()).toMatch(/кнопкой/);
    expect(toastOf(await press(user, formData.encode({ action: 'cat', arg: 'nuclear' })))).toMatch(/устарела/);
    await press(user, formData.encode({ action: 'cat', arg: 'gas' }));
    expect(await say(user, 'Нигде')).toMatch(/Не нашёл/);
    expect(toastOf(await press(user, formData.encode({ action: 'set', arg: '42' })))).toMatch(/устарела/);
    expect(await say(user, 'Oyil')).toMatch(/Опишите проблему/);
    expect(h.texts(await h.send(photo(user, 'early'))).join()).toMatch(/Сначала опишите/);
    expect(await say(user, 'газ')).toMatch(/Слишком коротко/);
    expect(await say(user, 'я'.repeat(3000))).toMatch(/Слишком длинно: 3\s?000 символов/);
    await say(user, 'Пахнет газом в подъезде дома 5');
    expect(await say(user, 'вот')).toMatch(/жду фото/);
    expect(h.texts(await h.send(document(user, 'doc-1', 'photo.jpg'))).join()).toMatch(/как фото/);
    await press(user, formData.encode({ action: 'next', arg: '' }));
    expect(h.texts(await h.send(sticker(user))).join()).toMatch(/жду место/);
    // Typed text at the place step is the address or a landmark, not a wrong answer.
    expect(await say(user, 'у дома 5')).toMatch(/Адрес записан: у дома 5/);
    await press(user, formData.encode({ action: 'skip', arg: '' }));
    expect(await say(user, 'да')).toMatch(/кнопкой/);
    expect(toastOf(await press(user, formData.encode({ action: 'send', arg: '' })))).toMatch(/устарела/);
    await press(user, formData.encode({ action: 'consent', arg: 'n' }));
    expect(await pressText(user, formData.encode({ action: 'send', arg: '' }))).toMatch(/C-\d{4}-\d{6}/);
  });

  it('when the category is gas, then the emergency number comes before the form continues', async () => {
    await say(3008, '/complain');
    expect(await pressText(3008, formData.encode({ action: 'cat', arg: 'gas' }))).toMatch(/звоните 104[\s\S]*В каком населённом пункте/);
    await say(3008, '/cancel');
  });

  it('when a resident asks /forgetme and confirms, then personal data goes and complaints stay anonymised', async () => {
    expect(await say(3001, '/forgetme')).toMatch(/Удалить ваши личные данные/);
    expect(await pressText(3001, myComplaintsData.encode({ op: 'f', answer: 'y' }))).toMatch(/Сохранено без автора жалоб: 1/);
    const mine = await h.app.db.prisma.complaint.findMany({ where: { contactName: 'Test' } });
    expect(mine.filter((c) => c.authorId === 3001n)).toHaveLength(0);
    expect(await h.app.db.prisma.complaint.count({ where: { authorId: null } })).toBeGreaterThanOrEqual(1);
    expect(await say(3001, '/mycomplaints')).toMatch(/нет жалоб/);
  });
});
