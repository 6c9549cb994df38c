import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/telegram/render.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import { importElectionData } from '../../../src/core/elections/import-election-data.ts';
import { InMemoryElectionStore } from '../../support/in-memory-election-store.ts';
import { userId } from '../../../src/core/ids.ts';
import type { UserRepository } from '../../../src/core/ports.ts';
import { answerQuestion, type QuestionDeps } from '../../../src/core/questions/answer-question.ts';
import { questionData } from '../../../src/core/questions/buttons.ts';
import { loadIntentModel } from '../../../src/core/questions/load-intent-model.ts';
import { readQuestionContext, questionContextState } from '../../../src/core/questions/question-context.ts';
import type { MessageReply } from '../../../src/core/replies.ts';
import { createI18n } from '../../../src/i18n/index.ts';
import { exampleText } from '../../fixtures/elections.ts';

const i18n = createI18n({ strict: true });
const model = loadIntentModel();
const users = { update: async () => undefined } as unknown as UserRepository;

async function deps(now = '2026-11-27T00:00:00Z', text = exampleText()): Promise<QuestionDeps> {
  const store = new InMemoryElectionStore();
  const outcome = await importElectionData(store, text);
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return { areas: store.areaRepository(), elections: store, users, clock: fixedClock(new Date(now)), model };
}

const req = { knownAreaId: null, locale: 'ru' as const, rememberFor: userId(1), isGroup: false, recent: null, helpShown: true };
const ask = async (text: string, d?: QuestionDeps, locale: 'kk' | 'ru' | 'en' = 'ru') => {
  const out = await answerQuestion(d ?? (await deps()), text, { ...req, locale });
  return out.replies.map((r) => renderText(i18n, (r as MessageReply).text, locale, 'Asia/Almaty')).join('\n');
};

describe("answers to residents' questions", () => {
  it('when asked who a candidate is, then the card lists each election with nomination, votes, share, outcome and statement fields', async () => {
    const text = await ask('кто такой Аубакиров?');
    expect(text).toMatch(/Дастан Аубакиров/);
    expect(text).toMatch(/Выдвижение: самовыдвижение/);
    expect(text).toMatch(/Голоса: 698/);
    expect(text).toMatch(/итоги признаны недействительными/);
    expect(text).toMatch(/Заявление: в данных нет/);
  });

  it('when asked in Kazakh and English about Kazybaev, then the card says he won, nominated by Amanat', async () => {
    expect(await ask('Қазыбаев кім?', undefined, 'kk')).toMatch(/Amanat[\s\S]*жеңді/);
    expect(await ask('did Kazybayev win', undefined, 'en')).toMatch(/Amanat[\s\S]*Outcome: won/);
  });

  it('when asked why the Aqtoghai vote was annulled, then the published reason is given', async () => {
    expect(await ask('почему отменили выборы в Актогае?')).toMatch(/Причина, как опубликовано: .*незарегистрированными/);
    expect(await ask('why was the Aqtoghai vote annulled', undefined, 'en')).toMatch(/not registered/);
  });

  it('when no reason was published, then the answer says so', async () => {
    const d = await deps('2026-11-27T00:00:00Z', exampleText().replace(/ {4}statusReason:\n( {6}.*\n){3}/, ''));
    expect(await ask('почему отменили выборы в Актогае?', d)).toMatch(/Причина в данных не опубликована/);
  });

  it('when asked about days left, turnout, against all and the akim, then each comes from the data', async () => {
    const before = await deps('2023-11-01T09:00:00Z');
    expect(await ask('сколько дней осталось до выборов в Ойыле', before)).toMatch(/через 4 дня/);
    expect(await ask('какая явка в Ойыле')).toMatch(/явка не публиковалась/);
    expect(await ask('сколько голосов против всех в Ойыле')).toMatch(/против всех — 141 голосов \(2,0%\)|против всех — 141/);
    expect(await ask('кто сейчас аким Актогая')).toMatch(/Нуркенже Габидуллин/);
    expect(await ask('какие документы нужны чтобы проголосовать')).toMatch(/удостоверение личности или паспорт/);
  });

  it('when a question is unclear, then the bot asks with buttons instead of guessing', async () => {
    const out = await answerQuestion(await deps(), 'выборы выборы?', req);
    const reply = out.replies[0] as MessageReply;
    if (reply.buttons) for (const b of reply.buttons.flat()) if ('data' in b) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
  });

  it('when buttons are encoded, then they decode to the same thing and forged data is refused', () => {
    const b = { op: 'i' as const, intent: 'turnout' as const, areaId: 'aqtobe/oiyl' };
    expect(questionData.decode(questionData.encode(b))).toEqual(b);
    expect(questionData.decode(questionData.encode({ op: 'h', personId: 'askar-kazybaev' }))).toEqual({
      op: 'h',
      personId: 'askar-kazybaev',
    });
    expect(questionData.decode('q:i:zz')).toBeNull();
    expect(questionData.decode('q:h:../x y')).toBeNull();
  });

  it('when the context is stored, then it is read back and expires for follow-ups after five minutes', () => {
    const now = new Date('2026-11-27T10:00:00Z');
    const state = questionContextState({ intent: 'results', areaId: 'aqtobe/oiyl', personId: null }, now, true, now);
    const ctx = readQuestionContext(state.data);
    expect(ctx.recentAt(new Date('2026-11-27T10:04:00Z'))).toEqual({ intent: 'results', areaId: 'aqtobe/oiyl', personId: null });
    expect(ctx.recentAt(new Date('2026-11-27T10:06:00Z'))).toBeNull();
    expect(readQuestionContext({ intent: 'drop table', at: 'x' }).recent).toBeNull();
  });
});
