import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaElectionImportStore } from '../../src/adapters/db/repositories/prisma-election-import-store.ts';
import { importElectionData } from '../../src/core/elections/import-election-data.ts';
import { exampleText } from '../fixtures/elections.ts';
import type { ApiCall } from '../../src/emulator/bot-api.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, groupText, privateText } from '../support/updates.ts';
import { electionsData } from '../../src/core/elections/buttons.ts';

type Markup = { inline_keyboard: { text: string; callback_data?: string }[][] };
const sent = (calls: ApiCall[]) => calls.find((c) => c.method === 'sendMessage' || c.method === 'editMessageText')!;
const buttonsOf = (calls: ApiCall[]) => ((sent(calls).params.reply_markup as Markup | undefined)?.inline_keyboard ?? []).flat();
const messageIdOf = (calls: ApiCall[]) => (calls.find((c) => c.method === 'sendMessage')!.result as { message_id: number }).message_id;

describe.each(FRAMEWORKS)('elections under %s', (framework) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ framework });
    const outcome = await importElectionData(new PrismaElectionImportStore(h.app.db.prisma), exampleText());
    expect(outcome.ok).toBe(true);
  });
  afterAll(async () => h?.stop());

  it('when /results names Oiyl in Russian, then the official results come in ballot (alphabetical) order with shares and against all', async () => {
    const [text] = h.texts(await h.send(privateText(3001, '/results Ойыл', { languageCode: 'ru' })));
    expect(text).toMatch(/Официальные итоги/);
    expect(text).toMatch(/Аскар Казыбаев: 3\s?742 голоса \(53,6%\)/);
    expect(text).toMatch(/Против всех: 141 \(2,0%\)/);
    expect(text).toMatch(/Победитель: Аскар Казыбаев/);
    // By surname, as on Kazakhstan's ballots: Aldiyar, Kazybaev, Sultanov (not by votes).
    expect(text.indexOf('Арсланбек Алдияр')).toBeLessThan(text.indexOf('Аскар Казыбаев'));
    expect(text.indexOf('Аскар Казыбаев')).toBeLessThan(text.indexOf('Айбек Султанов'));
  });

  it('when a resident asks "когда выборы в Ойыле", then the elections are listed and the place is remembered for /candidates', async () => {
    const [list] = h.texts(await h.send(privateText(3002, 'когда выборы в Ойыле', { languageCode: 'ru' })));
    expect(list).toMatch(/Выборы: Уилский район/);
    expect(list).toMatch(/5 ноября 2023/);
    const user = await h.app.db.prisma.user.findUnique({ where: { id: 3002n } });
    expect(user?.settlementId).toBe('aqtobe/oiyl');
    const [candidates] = h.texts(await h.send(privateText(3002, '/candidates', { languageCode: 'ru' })));
    expect(candidates).toMatch(/Кандидаты: Уилский район/);
    expect(candidates).toMatch(/По алфавиту фамилий/);
    expect(candidates).toMatch(/от партии Amanat/);
  });

  it('when asked "who won in Aktogay" in English, then the rerun winner is named and missing counts are said to be unreported', async () => {
    const [text] = h.texts(await h.send(privateText(3003, 'who won in Aktogay', { languageCode: 'en' })));
    expect(text).toMatch(/Results: Aqtoghai, October 12, 2023/);
    expect(text).toMatch(/Winner: Nurkenzhe Gabidullin/);
    expect(text).toMatch(/Vote counts were not reported/);
  });

  it('when asked in Kazakh "Ойылда кім түседі?", then the candidates are listed in Kazakh', async () => {
    const [text] = h.texts(await h.send(privateText(3004, 'Ойылда кім түседі?', { languageCode: 'kk' })));
    expect(text).toMatch(/Кандидаттар: Ойыл ауданы/);
    expect(text).toMatch(/Тегі бойынша әліпби ретімен/);
  });

  it('when a resident browses with buttons, then area > election > results leads to the annulled vote and its rerun', async () => {
    const ask = await h.send(privateText(3005, '/elections', { languageCode: 'en' }));
    expect(h.texts(ask)[0]).toMatch(/Choose a region/);
    const messageId = messageIdOf(ask);
    const province = buttonsOf(ask).find((b) => b.text === 'Abai Region')!;
    const step = await h.send(callback(3005, province.callback_data!, { messageId, languageCode: 'en' }));
    const place = buttonsOf(step).find((b) => b.text.startsWith('Aqtoghai'))!;
    const list = await h.send(callback(3005, place.callback_data!, { messageId, languageCode: 'en' }));
    expect(h.texts(list)[0]).toMatch(/Elections: Aqtoghai/);
    const annulled = buttonsOf(list).find((b) => b.text.startsWith('September 17, 2023'))!;
    const card = await h.send(callback(3005, annulled.callback_data!, { messageId, languageCode: 'en' }));
    expect(h.texts(card)[0]).toMatch(/Status: annulled/);
    const results = await h.send(
      callback(3005, buttonsOf(card).find((b) => b.text === 'Results')!.callback_data!, { messageId, languageCode: 'en' }),
    );
    const text = h.texts(results)[0];
    expect(text).toMatch(/ANNULLED/);
    expect(text).toMatch(/Rerun date: October 12, 2023\./);
    expect(text).not.toMatch(/Winner/);
    for (const calls of [ask, step, list, card, results]) {
      for (const b of buttonsOf(calls)) expect(Buffer.byteLength(b.callback_data ?? '', 'utf8')).toBeLessThanOrEqual(64);
    }
  });

  it('when a forged or stale elections button arrives, then a polite toast answers', async () => {
    const calls = await h.send(
      callback(3006, electionsData.encode({ op: 'c', electionId: 'no/such/election', page: 0 }), { languageCode: 'en' }),
    );
    expect(calls.find((c) => c.method === 'answerCallbackQuery')?.params.text).toMatch(/out of date/);
  });

  it('when /results is sent in a group without a settlement, then it says an admin must run /setup', async () => {
    const [text] = h.texts(await h.send(groupText(-100_3007, 3007, '/results', { languageCode: 'ru' })));
    expect(text).toMatch(/\/setup/);
  });

  it('when a group with a settlement mentions the bot with a question, then it answers for the group settlement', async () => {
    await h.send(groupText(-100_3008, 3008, '/results', { languageCode: 'ru' }));
    await h.app.db.prisma.chat.update({ where: { id: -100_3008n }, data: { settlementId: 'aqtobe/oiyl', locale: 'ru' } });
    const [text] = h.texts(await h.send(groupText(-100_3008, 3008, '@test_bot кто победил?', { languageCode: 'en' })));
    expect(text).toMatch(/Итоги: Уилский район/);
    expect(await h.app.db.prisma.user.findUnique({ where: { id: 3008n } }).then((u) => u?.settlementId ?? null)).toBeNull();
  });

  it('when an election, a region or a district is added or results corrected right after a resident asked, then the next answer or browse has them (kept reads dropped by the write)', async () => {
    const ask = async (text: string) => h.texts(await h.send(privateText(3011, text, { languageCode: 'ru' })))[0]!;
    expect(await ask('когда выборы в Ойыле?')).not.toMatch(/7 марта 2027/);
    // Written straight through the database client (as a tool or another feature would).
    await h.app.db.prisma.election.create({
      data: { id: 'aqtobe/oiyl/2027-03-07', areaId: 'aqtobe/oiyl', pollDate: new Date('2027-03-07T03:00:00Z') },
    });
    expect(await ask('когда выборы в Ойыле?')).toMatch(/7 марта 2027/);
    await h.app.db.prisma.election.delete({ where: { id: 'aqtobe/oiyl/2027-03-07' } });
    expect(await ask('когда выборы в Ойыле?')).not.toMatch(/7 марта 2027/);
    // Results corrected, then the data file imported again (the import's own transaction).
    const where = { electionId: 'aqtobe/oiyl/2023-11-05', personId: 'askar-kazybaev' };
    await h.app.db.prisma.candidacy.updateMany({ where, data: { votes: 3800 } });
    expect(await ask('кто победил в Ойыле?')).toMatch(/Аскар Казыбаев: 3\s?800/);
    expect((await importElectionData(new PrismaElectionImportStore(h.app.db.prisma), exampleText())).ok).toBe(true);
    expect(await ask('кто победил в Ойыле?')).toMatch(/Аскар Казыбаев: 3\s?742/);

    // A region and a district added through the client show in the very next browse (kept lists dropped).
    const regions = async () => buttonsOf(await h.send(privateText(3012, '/elections', { languageCode: 'en' })));
    expect((await regions()).map((b) => b.text)).not.toContain('Test Region');
    await h.app.db.prisma.area.create({
      data: { id: 'test-region', kind: 'province', nameKk: 'Test Region', nameRu: 'Test Region', nameEn: 'Test Region' },
    });
    const region = (await regions()).find((b) => b.text === 'Test Region')!;
    expect(region).toBeDefined();
    await h.app.db.prisma.area.create({
      data: {
        id: 'test-region/test-district',
        parentId: 'test-region',
        kind: 'district',
        nameKk: 'Test District',
        nameRu: 'Test District',
        nameEn: 'Test District',
      },
    });
    const step = await h.send(callback(3012, region.callback_data!, { languageCode: 'en' }));
    expect(buttonsOf(step).some((b) => b.text.startsWith('Test District'))).toBe(true);
  });
});
