import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaElectionImportStore } from '../../src/adapters/db/repositories/prisma-election-import-store.ts';
import { importElectionData } from '../../src/core/elections/import-election-data.ts';
import { exampleText } from '../fixtures/elections.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { questionData } from '../../src/core/questions/buttons.ts';
import { callback, groupText, privateText } from '../support/updates.ts';
import { FAKE_BOT } from '../support/update-parts.ts';

/** The harness with the sample elections imported. */
async function withSampleData(h: Harness): Promise<Harness> {
  const outcome = await importElectionData(new PrismaElectionImportStore(h.app.db.prisma), exampleText());
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return h;
}

describe.each(FRAMEWORKS)('plain questions under %s', (framework) => {
  let h: Harness;
  beforeAll(async () => void (h = await withSampleData(await startHarness({ framework }))));
  afterAll(async () => h?.stop());

  it('when a resident asks who Kazybaev is in Kazakh, then the neutral card comes with nomination, votes and outcome', async () => {
    const [text] = h.texts(await h.send(privateText(4101, 'Қазыбаев кім?', { languageCode: 'kk' })));
    expect(text).toMatch(/Аскар Казыбаев/);
    expect(text).toMatch(/Ұсынылуы: Amanat/);
    expect(text).toMatch(/Қорытынды: жеңді/);
  });

  it('when a resident asks why the Aqtoghai vote was annulled, then the published reason is given', async () => {
    const [text] = h.texts(await h.send(privateText(4102, 'почему аннулировали выборы в Актогае?', { languageCode: 'ru' })));
    expect(text).toMatch(/незарегистрированными/);
  });

  it('when "а в Актогае?" follows a results question in private, then it gets Aqtoghai\'s results', async () => {
    await h.send(privateText(4103, 'кто победил в Ойыле?', { languageCode: 'ru' }));
    const [text] = h.texts(await h.send(privateText(4103, 'а в Актогае?', { languageCode: 'ru' })));
    expect(text).toMatch(/Итоги: Актогай/);
  });

  it('when everyday chat comes in private, then the short help comes once and later chat gets nothing', async () => {
    const [first] = h.texts(await h.send(privateText(4104, 'всем привет', { languageCode: 'ru' })));
    expect(first).toMatch(/вопросы о местных выборах/);
    expect(h.texts(await h.send(privateText(4104, 'продам диван недорого', { languageCode: 'ru' })))).toEqual([]);
  });

  it('when a group member replies to the bot with a follow-up, then it continues; a mention without a reply does not', async () => {
    const mention = `@${FAKE_BOT.username}`;
    await h.send(groupText(-7101, 4105, `${mention} кто победил в Ойыле?`, { languageCode: 'ru' }));
    const [followed] = h.texts(await h.send(groupText(-7101, 4105, 'а в Актогае?', { languageCode: 'ru', replyToBot: true })));
    expect(followed).toMatch(/Итоги: Актогай/);
    const [fresh] = h.texts(await h.send(groupText(-7101, 4105, `${mention} а в Актогае?`, { languageCode: 'ru' })));
    expect(fresh).not.toMatch(/Итоги/);
  });

  it('when group members reply to the bot with everyday chat, then the bot stays quiet in the group', async () => {
    const mention = `@${FAKE_BOT.username}`;
    await h.send(groupText(-7102, 4107, `${mention} кто победил в Ойыле?`, { languageCode: 'ru' }));
    for (const text of ['спасибо, понял', 'сдал экзамен, результат отличный!', 'с Новым годом!']) {
      expect(h.texts(await h.send(groupText(-7102, 4107, text, { languageCode: 'ru', replyToBot: true }))), text).toEqual([]);
    }
    expect(h.texts(await h.send(groupText(-7102, 4108, `${mention} selling hay in Oiyl, 2500 a bale`, { languageCode: 'en' })))).toEqual(
      [],
    );
  });

  it('when a resident asks vaguely about the elections, then the bot asks with buttons instead of guessing', async () => {
    const calls = await h.send(privateText(4109, 'вопрос про выборы', { languageCode: 'ru' }));
    const sent = calls.find((c) => c.method === 'sendMessage');
    expect(sent?.params.text).toMatch(/Не уверен, о чём вы спрашиваете/);
    const data = (sent?.params.reply_markup?.inline_keyboard ?? []).flat().map((b: { callback_data?: string }) => b.callback_data);
    expect(data).toContain(questionData.encode({ op: 'i', intent: 'candidates', areaId: null }));
    expect(data).toContain(questionData.encode({ op: 'i', intent: 'results', areaId: null }));
  });

  it('when an English resident writes "results for Uil", then "Uil" is the district, not the word "will"', async () => {
    const [text] = h.texts(await h.send(privateText(4110, 'results for Uil', { languageCode: 'en' })));
    expect(text).toMatch(/Oiyl/);
    expect(text).toMatch(/Kazybaev/);
  });

  it('when a question button is pressed, then it answers that question for its place, and forged data gets the stale toast', async () => {
    const answer = h.texts(
      await h.send(callback(4106, questionData.encode({ op: 'i', intent: 'against-all', areaId: 'aqtobe/oiyl' }), { languageCode: 'ru' })),
    );
    expect(answer.join('\n')).toMatch(/против всех — 141/);
    const forged = await h.send(callback(4106, 'q:i:zz:aqtobe/oiyl', { languageCode: 'ru' }));
    expect(forged.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
    expect(forged.some((c) => c.method === 'sendMessage')).toBe(false);
  });
});
