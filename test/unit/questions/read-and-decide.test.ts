import { describe, expect, it } from 'vitest';
import { evaluate, evaluateOlder, summarize } from '../../../src/cli/eval-questions.ts';
import { exampleKnowledge } from '../../../src/cli/question-knowledge.ts';
import { continueRecent } from '../../../src/core/questions/answer-question.ts';
import { decide } from '../../../src/core/questions/decide.ts';
import { nameKeys } from '../../../src/core/questions/find-people.ts';
import { readMessage } from '../../../src/core/questions/read-message.ts';
import { HELD_OUT, HELD_OUT_3, QUESTIONS } from '../../fixtures/questions.ts';
import { loadTable } from '../../fixtures/question-tables/load.ts';

const k = exampleKnowledge();
const decided = (text: string) => decide(readMessage(text, k));
const personOf = (text: string) => {
  const d = decided(text);
  return d.kind === 'person' ? d.person.id : d.kind;
};
const placeOf = (text: string) => {
  const d = decided(text);
  return d.kind === 'answer' ? `${d.intent}@${d.place?.id ?? '-'}` : d.kind;
};

describe("reading residents' messages", () => {
  it.each([
    ['Аубакирова кто?', 'dastan-aubakirov'],
    ['Аубакировқа қанша дауыс берілді', 'dastan-aubakirov'],
    ['how many votes did Awbakirov get', 'dastan-aubakirov'],
    ['Қазыбаев кім?', 'askar-kazybaev'],
    ['кто такой Казыбаев', 'askar-kazybaev'],
    ['Kazybayev party?', 'askar-kazybaev'],
    ['Askar Kazybaev', 'askar-kazybaev'],
  ])('when "%s" names a candidate in any script or case, then it is %s', (text, id) => {
    expect(personOf(text)).toBe(id);
  });

  it('when two candidates share a surname, then the bot asks which one', () => {
    const twins = [
      ...k.people,
      nameKeys({ id: 'erlan-kazybaev', names: { kk: null, ru: 'Ерлан Казыбаев', en: 'Erlan Kazybaev' }, aliases: [] }),
    ];
    const d = decide(readMessage('кто такой Казыбаев', { ...k, people: twins }));
    expect(d.kind).toBe('which-person');
    expect(decide(readMessage('кто такой Аскар Казыбаев', { ...k, people: twins })).kind).toBe('person');
  });

  it('when a given name alone is written, then it names nobody', () => {
    expect(personOf('Аскар, ты где?')).toBe('quiet');
  });

  it.each([
    'Ойыл?=when@aqtobe/oiyl',
    'Aqtoghai=when@abai/aqtoghai',
    'кто продает сено в Ойыле?=quiet',
    'I will be late today=quiet',
    'Абай көшесінде дүкен ашылды=quiet',
    'see you on Abai street=quiet',
    'когда выборы в Ойыле Актюбинской области=when@aqtobe/oiyl',
    'Ақтөбе облысы Ойыл ауданы сайлау қашан=when@aqtobe/oiyl',
  ])('when "%s" comes (text=decision), then the decision holds', (pair) => {
    const [text, expected] = pair.split('=');
    expect(placeOf(text)).toBe(expected);
  });

  it('when a follow-up names only a place, then it continues the last question there', () => {
    const r = readMessage('а в Актогае?', k);
    const d = continueRecent(decide(r), r, { intent: 'results', areaId: 'aqtobe/oiyl', personId: null }, k.areas);
    expect(d).toMatchObject({ kind: 'answer', intent: 'results', place: { id: 'abai/aqtoghai' } });
  });

  it.each(['а кандидаты?', 'and the candidates?', 'ал кандидаттар ше?'])(
    'when "%s" follows a question about Oiyl, then it asks the new question about Oiyl',
    (text) => {
      const r = readMessage(text, k);
      const d = continueRecent(decide(r), r, { intent: 'when', areaId: 'aqtobe/oiyl', personId: null }, k.areas);
      expect(d).toMatchObject({ kind: 'answer', intent: 'candidates', place: { id: 'aqtobe/oiyl' } });
    },
  );

  it('when there is no recent question, then a lone place is a question about that place', () => {
    const r = readMessage('а в Актогае?', k);
    expect(continueRecent(decide(r), r, null, k.areas)).toMatchObject({ kind: 'answer', intent: 'when', place: { id: 'abai/aqtoghai' } });
  });
});

describe('question tables (regression guards; the honest figures come from `npm run eval:questions`)', () => {
  it('when the training table A is read, then every language keeps >= 95% both right and answers no everyday chat', () => {
    for (const s of summarize(evaluate(k, loadTable('never-tuned-a'))).slice(0, 3)) {
      expect(s.bothShare, s.lang).toBeGreaterThanOrEqual(0.95);
      expect(s.chatAnswered, s.lang).toMatch(/^0\.0%/);
    }
  });

  it("when the lexicon era's tables are read with coarse labels, then at least 93% intent and 97% place hold", () => {
    const rows = evaluateOlder(k, [...QUESTIONS, ...HELD_OUT, ...HELD_OUT_3]);
    expect(rows.filter((r) => r.intentOk).length / rows.length).toBeGreaterThanOrEqual(0.93);
    expect(rows.filter((r) => r.placeOk).length / rows.length).toBeGreaterThanOrEqual(0.97);
  });
});
