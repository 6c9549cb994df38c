import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiCall } from '../../src/emulator/bot-api.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { anonymousAdminText, callback, groupText, migrateFromChat, migrateToChat, myChatMember } from '../support/updates.ts';
import { groupsData } from '../../src/core/groups/buttons.ts';
import { languageData } from '../../src/core/start/buttons.ts';

const AREAS = [
  { id: 'aktobe', parentId: null, kind: 'province', nameKk: 'Ақтөбе облысы', nameRu: 'Актюбинская область', nameEn: 'Aktobe Region' },
  { id: 'aktobe/oiyl-d', parentId: 'aktobe', kind: 'district', nameKk: 'Ойыл ауданы', nameRu: 'Уилский район', nameEn: 'Oiyl District' },
  { id: 'aktobe/oiyl-d/karasu', parentId: 'aktobe/oiyl-d', kind: 'settlement', nameKk: 'Қарасу', nameRu: 'Карасу', nameEn: 'Karasu' },
  {
    id: 'aktobe/oiyl-d/koptogai',
    parentId: 'aktobe/oiyl-d',
    kind: 'settlement',
    nameKk: 'Көптоғай',
    nameRu: 'Коптогай',
    nameEn: 'Koptogai',
  },
];

const sent = (calls: ApiCall[]) => calls.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText');
const toastOf = (calls: ApiCall[]) => calls.find((c) => c.method === 'answerCallbackQuery')?.params.text as string | undefined;
const buttonsOf = (call: ApiCall | undefined): string[] =>
  (call?.params.reply_markup?.inline_keyboard ?? []).flat().map((b: { callback_data?: string }) => b.callback_data ?? '');

describe.each(FRAMEWORKS)('group chats under %s', (framework) => {
  let h: Harness;
  const chat = (id: number) => h.app.db.prisma.chat.findUnique({ where: { id: BigInt(id) } });
  const audit = (id: number) => h.app.db.prisma.auditEntry.findMany({ where: { chatId: BigInt(id) }, orderBy: { id: 'asc' } });
  /** The bot is added by `admin` (a creator) and greets. */
  async function addBot(group: number, admin: number): Promise<ApiCall[]> {
    h.fake.setChatMember(group, admin, 'creator');
    return h.send(myChatMember(group, admin, 'left', 'member'));
  }

  beforeAll(async () => {
    h = await startHarness({ framework });
    for (const a of AREAS) await h.app.db.prisma.area.create({ data: a });
  });
  afterAll(async () => h?.stop());

  it('when the bot is added, then it greets once with a setup button; a promotion says nothing', async () => {
    const calls = await addBot(-5001, 51);
    expect(h.texts(calls)).toHaveLength(1);
    expect(h.texts(calls)[0]).toMatch(/\/setup/);
    expect(buttonsOf(sent(calls)[0])).toEqual([groupsData.encode({ op: 'm' })]);
    expect((await chat(-5001))?.greetedAt).not.toBeNull();
    expect(h.texts(await h.send(myChatMember(-5001, 51, 'member', 'administrator')))).toEqual([]);
  });

  it('when the creator runs /setup and replies with a settlement name, then it is saved and recorded', async () => {
    await addBot(-5002, 52);
    const panel = await h.send(groupText(-5002, 52, '/setup'));
    expect(h.texts(panel)).toHaveLength(1);
    expect(h.texts(panel)[0]).toMatch(/Настройки группы/);
    expect(buttonsOf(sent(panel)[0])).toEqual([
      groupsData.encode({ op: 's' }),
      groupsData.encode({ op: 'l' }),
      groupsData.encode({ op: 'z' }),
      groupsData.encode({ op: 'p' }),
      groupsData.encode({ op: 'x' }),
    ]);
    expect(h.texts(await h.send(callback(52, groupsData.encode({ op: 'q' }), { chatId: -5002 })))[0]).toMatch(/Ответьте на это сообщение/);
    const saved = await h.send(groupText(-5002, 52, 'Карасу', { replyToBot: true }));
    expect(h.texts(saved)[0]).toMatch(/сохранён: Карасу, Уилский район/);
    expect(await chat(-5002)).toMatchObject({ settlementId: 'aktobe/oiyl-d/karasu', setupDone: true });
    expect((await audit(-5002)).map((a) => [a.action, a.target, a.actorId])).toEqual([
      ['group.settlement.add', 'aktobe/oiyl-d/karasu', 52n],
    ]);
    // A name that matches nothing keeps the question open; "/setup <name>" works in one go.
    await h.send(callback(52, groupsData.encode({ op: 'q' }), { chatId: -5002 }));
    expect(h.texts(await h.send(groupText(-5002, 52, 'Париж', { replyToBot: true })))[0]).toMatch(/Не нашёл/);
    expect(h.texts(await h.send(groupText(-5002, 52, 'Коптогай', { replyToBot: true })))[0]).toMatch(/сохранён: Коптогай/);
    expect(h.texts(await h.send(groupText(-5002, 52, '/setup@test_bot Карасу')))[0]).toMatch(/сохранён: Карасу/);
    expect((await audit(-5002)).map((a) => a.target)).toEqual(['aktobe/oiyl-d/karasu', 'aktobe/oiyl-d/koptogai']);
  });

  it('when an administrator picks a settlement from the tree and switches to Kazakh, then the panel speaks Kazakh', async () => {
    await addBot(-5003, 53);
    h.fake.setChatMember(-5003, 54, 'administrator');
    const tree = await h.send(callback(54, groupsData.encode({ op: 't', areaId: '', page: null }), { chatId: -5003 }));
    expect(buttonsOf(sent(tree)[0])).toEqual([
      groupsData.encode({ op: 't', areaId: 'aktobe', page: null }),
      groupsData.encode({ op: 's' }),
    ]);
    const district = await h.send(callback(54, groupsData.encode({ op: 't', areaId: 'aktobe/oiyl-d', page: null }), { chatId: -5003 }));
    expect(buttonsOf(sent(district)[0])).toContain(groupsData.encode({ op: 'a', areaId: 'aktobe/oiyl-d/koptogai' }));
    const chosen = await h.send(callback(54, groupsData.encode({ op: 'a', areaId: 'aktobe/oiyl-d/koptogai' }), { chatId: -5003 }));
    expect(toastOf(chosen)).toMatch(/Коптогай/);
    const kk = await h.send(callback(54, groupsData.encode({ op: 'lc', locale: 'kk' }), { chatId: -5003 }));
    expect(h.texts(kk)[0]).toMatch(/Топ баптаулары/);
    expect(h.texts(kk)[0]).toMatch(/Көптоғай/);
    expect(await chat(-5003)).toMatchObject({ locale: 'kk', settlementId: 'aktobe/oiyl-d/koptogai' });
    expect((await audit(-5003)).map((a) => a.action)).toEqual(['group.settlement.add', 'group.language']);
    // Answers in the group's language, without asking.
    expect(h.texts(await h.send(groupText(-5003, 99, '/help')))[0]).toMatch(/\/setup/);
    expect(h.texts(await h.send(groupText(-5003, 99, '/help')))[0]).not.toMatch(/Group settings|Настройки/);
  });

  it('when an anonymous admin sets a custom cron by mentioning the bot, then the next three runs are shown', async () => {
    await addBot(-5004, 55);
    expect(h.texts(await h.send(anonymousAdminText(-5004, '/setup')))[0]).toMatch(/Настройки группы/);
    // Buttons pressed by an anonymous admin carry their real id (an administrator); replies come from GroupAnonymousBot.
    h.fake.setChatMember(-5004, 56, 'administrator');
    await h.send(callback(56, groupsData.encode({ op: 'zc', zone: 'UTC' }), { chatId: -5004 })); // UTC
    expect(h.texts(await h.send(callback(56, groupsData.encode({ op: 'kc', kind: 'digest' }), { chatId: -5004 })))[0]).toMatch(
      /cron.*\(UTC\)/,
    );
    const bad = await h.send(anonymousAdminText(-5004, '@test_bot 0 25 * * *'));
    expect(h.texts(bad)).toHaveLength(1);
    expect(h.texts(bad)[0]).toMatch(/«25».*«час»/);
    const good = await h.send(anonymousAdminText(-5004, '@test_bot 30 19 * * 5'));
    expect(h.texts(good)[0]).toMatch(/Ближайшие рассылки:\n• .*19:30\n• .*19:30\n• .*19:30/);
    const sub = await h.app.db.prisma.chatSubscription.findUnique({ where: { chatId_kind: { chatId: -5004n, kind: 'digest' } } });
    expect(sub).toMatchObject({ cron: '30 19 * * 5', enabled: true });
    expect((await audit(-5004)).map((a) => [a.action, a.actorId, JSON.parse(a.details).anonymous])).toEqual([
      ['group.time-zone', 56n, undefined],
      ['group.subscription', 1087968824n, true],
    ]);
    // The prompt is closed for everyone: a later mention is an ordinary question again.
    expect(h.texts(await h.send(groupText(-5004, 56, '@test_bot 0 20 * * *')))[0] ?? '').not.toMatch(/Ближайшие/);
    expect(h.texts(await h.send(anonymousAdminText(-5004, '/setup')))[0]).toMatch(/Сводка жалоб — по расписанию 30 19 \* \* 5/);
  });

  it('when a member runs /setup or presses an admin panel button, then they are refused and nothing changes', async () => {
    await addBot(-5005, 57);
    h.fake.setChatMember(-5005, 58, 'member');
    expect(h.texts(await h.send(groupText(-5005, 58, '/setup')))).toEqual([expect.stringMatching(/только администраторы/)]);
    for (const data of [
      groupsData.encode({ op: 'm' }),
      groupsData.encode({ op: 'zc', zone: 'Asia/Oral' }),
      groupsData.encode({ op: 'kp', kind: 'results', preset: 'd20' }),
      groupsData.encode({ op: 'lc', locale: 'en' }),
      groupsData.encode({ op: 'a', areaId: 'aktobe/oiyl-d/karasu' }),
    ]) {
      const pressed = await h.send(callback(58, data, { chatId: -5005 }));
      expect(toastOf(pressed)).toMatch(/только администраторы/);
      expect(h.texts(pressed)).toEqual([]);
    }
    expect(await chat(-5005)).toMatchObject({ timeZone: null, locale: null, settlementId: null });
    expect(await audit(-5005)).toEqual([]);
    expect(await h.app.db.prisma.chatSubscription.count({ where: { chatId: -5005n } })).toBe(0);
    // A demoted admin's half-finished prompt does not let them change anything either.
    h.fake.setChatMember(-5005, 59, 'administrator');
    await h.send(callback(59, groupsData.encode({ op: 'q' }), { chatId: -5005 }));
    h.fake.setChatMember(-5005, 59, 'member');
    expect(h.texts(await h.send(groupText(-5005, 59, 'Карасу', { replyToBot: true })))[0]).toMatch(/только администраторы/);
    expect((await chat(-5005))?.settlementId).toBeNull();
  });

  it('when an admin switches the language with /language, then the change is recorded; a member pressing it is refused', async () => {
    await addBot(-5010, 65);
    h.fake.setChatMember(-5010, 66, 'member');
    expect(toastOf(await h.send(callback(66, languageData.encode({ locale: 'en' }), { chatId: -5010 })))).toMatch(/только администраторы/);
    expect(h.texts(await h.send(groupText(-5010, 65, '/language')))).toHaveLength(1);
    expect(h.texts(await h.send(callback(65, languageData.encode({ locale: 'en' }), { chatId: -5010 })))[0]).toMatch(
      /English in this group/,
    );
    expect((await audit(-5010)).map((a) => [a.action, a.target, a.actorId])).toEqual([['group.language', 'en', 65n]]);
    expect(h.texts(await h.send(groupText(-5010, 66, '/setup')))[0]).toMatch(/Only the group's admins/);
  });

  it('when the bot is removed and re-added, then nothing is sent meanwhile and the old settings come back', async () => {
    await addBot(-5006, 60);
    await h.send(callback(60, groupsData.encode({ op: 'a', areaId: 'aktobe/oiyl-d/karasu' }), { chatId: -5006 }));
    await h.send(callback(60, groupsData.encode({ op: 'kp', kind: 'results', preset: 'd20' }), { chatId: -5006 }));
    const removed = await h.send(myChatMember(-5006, 60, 'member', 'kicked'));
    expect(removed.filter((c) => c.method !== 'getChatMember')).toEqual([]);
    expect((await chat(-5006))?.status).toBe('left');
    const back = await h.send(myChatMember(-5006, 60, 'kicked', 'member'));
    expect(h.texts(back)).toHaveLength(1);
    expect(h.texts(back)[0]).toMatch(/Настройки группы сохранены/);
    expect(await chat(-5006)).toMatchObject({ status: 'active', settlementId: 'aktobe/oiyl-d/karasu' });
    const panel = await h.send(groupText(-5006, 60, '/setup'));
    expect(h.texts(panel)[0]).toMatch(/Итоги выборов — ежедневно в 20:00/);
  });

  it('when the group becomes a supergroup mid-way, then settings follow and the old id is not used again', async () => {
    const [oldId, newId] = [-5007, -1005007000001];
    await addBot(oldId, 61);
    await h.send(callback(61, groupsData.encode({ op: 'a', areaId: 'aktobe/oiyl-d/karasu' }), { chatId: oldId }));
    await h.send(callback(61, groupsData.encode({ op: 'kp', kind: 'reminders', preset: 'w1' }), { chatId: oldId }));
    await h.app.db.prisma.outboxMessage.create({ data: { chatId: BigInt(oldId), kind: 'reminders', text: 'pending' } });
    await h.send(callback(61, groupsData.encode({ op: 'kc', kind: 'digest' }), { chatId: oldId })); // a prompt is open when the migration comes
    expect(h.texts(await h.send(migrateToChat(oldId, newId)))).toEqual([]);
    expect(h.texts(await h.send(migrateFromChat(newId, oldId)))).toEqual([]);
    expect(await chat(oldId)).toMatchObject({ status: 'migrated', migratedToId: BigInt(newId) });
    expect(await chat(newId)).toMatchObject({ status: 'active', settlementId: 'aktobe/oiyl-d/karasu', setupDone: true });
    expect(await h.app.db.prisma.chatSubscription.findMany({ where: { chatId: BigInt(newId) } })).toMatchObject([
      { kind: 'reminders', cron: '0 9 * * 1' },
    ]);
    expect(
      (await h.app.db.prisma.outboxMessage.findFirst({ where: { text: 'pending', kind: 'reminders' }, orderBy: { id: 'desc' } }))?.chatId,
    ).toBe(BigInt(newId));
    h.fake.setChatMember(newId, 61, 'creator');
    const panel = await h.send(groupText(newId, 61, '/setup@test_bot'));
    expect(h.texts(panel)[0]).toMatch(/Карасу/);
    expect(sent(panel).every((c) => c.params.chat_id === newId)).toBe(true);
    // The prompt opened before the migration is answered in the supergroup.
    const answered = await h.send(groupText(newId, 61, '0 21 * * *', { replyToBot: true }));
    expect(h.texts(answered)[0]).toMatch(/Ближайшие рассылки/);
    expect(answered.every((c) => c.params.chat_id === undefined || c.params.chat_id === newId)).toBe(true);
  });

  it('when a reply hits a group that migrated without the service message, then it is resent to the new id and later sends go there', async () => {
    const [oldId, newId] = [-5008, -1005008000001];
    await addBot(oldId, 62);
    await h.send(callback(62, groupsData.encode({ op: 'a', areaId: 'aktobe/oiyl-d/karasu' }), { chatId: oldId }));
    h.fake.migrateChat(oldId, newId);
    h.fake.setChatMember(newId, 62, 'creator');
    const calls = await h.send(groupText(oldId, 62, '/setup'));
    // The admin check is the first call to hit the old id: it fails 400, moves the chat and is retried.
    expect(calls.filter((c) => c.params.chat_id === oldId).map((c) => [c.method, c.ok])).toEqual([['getChatMember', false]]);
    expect(calls.filter((c) => c.method === 'sendMessage').map((c) => [c.params.chat_id, c.ok])).toEqual([[newId, true]]);
    expect(await chat(newId)).toMatchObject({ settlementId: 'aktobe/oiyl-d/karasu' });
    const again = await h.send(groupText(oldId, 62, '/help'));
    expect(again.filter((c) => c.method === 'sendMessage').map((c) => c.params.chat_id)).toEqual([newId]);
  });

  it('when commands name this bot or another, then only ours are answered; plain chatter gets no answer', async () => {
    await addBot(-5009, 63);
    expect(h.texts(await h.send(groupText(-5009, 64, '/help@test_bot')))).toHaveLength(1);
    expect(await h.send(groupText(-5009, 64, '/help@other_bot'))).toEqual([]);
    expect(await h.send(groupText(-5009, 64, '/setup@other_bot'))).toEqual([]);
    expect(await h.send(groupText(-5009, 64, '/unknown'))).toEqual([]);
    expect(h.texts(await h.send(groupText(-5009, 64, '/unknown@test_bot')))).toHaveLength(1);
    expect(await h.send(groupText(-5009, 64, 'hello neighbours, when is the vote?'))).toEqual([]);
    expect(await h.send(groupText(-5009, 64, 'ask @test_bot_fan, not the bot'))).toEqual([]);
    // Addressed everyday chat stays quiet in a group too; an addressed question is answered.
    expect(h.texts(await h.send(groupText(-5009, 64, 'hello', { replyToBot: true })))).toHaveLength(0);
    expect(h.texts(await h.send(groupText(-5009, 64, '@test_bot when is the vote?')))).toHaveLength(1);
  });
});
