import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/cli/eval-questions.ts';
import { exampleKnowledge } from '../../../src/cli/question-knowledge.ts';
import type { AreaEntry } from '../../../src/core/areas/area.ts';
import { decide } from '../../../src/core/questions/decide.ts';
import { hasElectionWord, tokens } from '../../../src/core/questions/features.ts';
import type { QuestionIntent } from '../../../src/core/questions/intents.ts';
import { locateEntities, type MessageReading } from '../../../src/core/questions/read-message.ts';
import { maskedWords } from '../../../src/core/questions/stop-words.ts';
import { parseTable } from '../../fixtures/question-tables/load.ts';

const oiyl: AreaEntry = {
  id: 'aqtobe/oiyl',
  parentId: 'aqtobe',
  kind: 'district',
  names: { kk: 'Ойыл ауданы', ru: 'Уилский район', en: 'Oiyl District' },
  aliases: ['Ойыл', 'Uil', 'Уил'],
};

const reading = (over: Partial<MessageReading> & { intent: QuestionIntent; confidence: number }): MessageReading => ({
  runnerUp: 'chat',
  place: { kind: 'none' },
  person: { kind: 'none' },
  placeOnly: false,
  followUp: false,
  electionWord: false,
  ...over,
});
const withPlace = { kind: 'one', match: { area: oiyl, score: 1, matched: 'Ойыл', start: 0, end: 1 } } as const;

describe('deciding on a reading: everyday chat stays quiet, an unsure guess asks', () => {
  it('when a guess has no election word, place or context, then it is answered only when very sure', () => {
    expect(decide(reading({ intent: 'results', confidence: 0.8 })).kind).toBe('quiet');
    expect(decide(reading({ intent: 'results', confidence: 0.95 })).kind).toBe('answer');
    expect(decide(reading({ intent: 'results', confidence: 0.8, electionWord: true })).kind).toBe('answer');
  });

  it('when a complaint has no election word, then a middling guess stays quiet', () => {
    expect(decide(reading({ intent: 'complain', confidence: 0.6 })).kind).toBe('quiet');
    expect(decide(reading({ intent: 'complain', confidence: 0.75 })).kind).toBe('answer');
  });

  it('when a place is the only tie to elections, then a middling guess stays quiet', () => {
    expect(decide(reading({ intent: 'candidates', confidence: 0.6, place: withPlace })).kind).toBe('quiet');
    expect(decide(reading({ intent: 'candidates', confidence: 0.8, place: withPlace }))).toMatchObject({
      kind: 'answer',
      place: { id: 'aqtobe/oiyl' },
    });
  });

  it('when a follow-up comes within the context, then it needs no election word', () => {
    const r = reading({ intent: 'results', confidence: 0.7, followUp: true });
    expect(decide(r).kind).toBe('quiet');
    expect(decide(r, { context: true }).kind).toBe('answer');
  });

  it('when an election question is unsure and chat is not the runner-up, then it asks with buttons', () => {
    expect(decide(reading({ intent: 'when', confidence: 0.4, runnerUp: 'days-left', electionWord: true })).kind).toBe('ask');
    expect(decide(reading({ intent: 'when', confidence: 0.4, runnerUp: 'chat', electionWord: true })).kind).toBe('quiet');
  });
});

describe('words of election talk and stop words', () => {
  it.each([
    ['когда выборы', true],
    ['мне 18, как проголосовать', true],
    ['сайлауға неше күн қалды', true],
    ['who is on the ballot', true],
    ['таким образом всё', false],
    ['вот и всё', false],
    ['lost my keys', false],
  ])('when "%s" is read, then election talk is %s', (text, expected) => {
    expect(hasElectionWord(tokens(text))).toBe(expected);
  });

  it('when "will" is written, then it is a stop word, but "Уил" and "Uil" are the district', () => {
    expect(maskedWords(['i', 'will', 'uil', 'уил'], () => false)).toEqual([false, true, false, false]);
    const { place } = locateEntities('results for Uil', [oiyl], []);
    expect(place).toMatchObject({ kind: 'one', match: { area: { id: 'aqtobe/oiyl' } } });
    expect(locateEntities('I will come', [oiyl], []).place.kind).toBe('none');
  });
});

describe('question tables with follow-ups', () => {
  it('when a line is written `first >> follow-up`, then it is scored on the follow-up after the first', () => {
    const [c] = parseTable('ru | results | @O | когда выборы в Уиле? >> а итоги?\n');
    expect(c).toMatchObject({ text: 'а итоги?', before: 'когда выборы в Уиле?', place: 'aqtobe/oiyl' });
    const [row] = evaluate(exampleKnowledge(), [c]);
    expect(row).toMatchObject({ intent: 'results', entity: 'aqtobe/oiyl' });
    const [alone] = evaluate(exampleKnowledge(), [{ ...c, before: null }]);
    expect(alone.entity).toBeNull();
  });
});

describe('a candidate named in full', () => {
  const aibek = { id: 'aibek-sultanov', names: { kk: '', ru: 'Айбек Султанов', en: 'Aibek Sultanov' }, aliases: [] };
  const named = (start: number, end: number) =>
    ({ kind: 'one', match: { person: aibek, score: 1, start, end } }) as MessageReading['person'];

  it('when the full name is written, then chat must be all but certain to keep the card back', () => {
    expect(decide(reading({ intent: 'chat', confidence: 0.9, person: named(0, 2) })).kind).toBe('person');
    expect(decide(reading({ intent: 'chat', confidence: 0.99, person: named(0, 2) })).kind).toBe('quiet');
    expect(decide(reading({ intent: 'chat', confidence: 0.9, person: named(0, 1) })).kind).toBe('quiet');
  });
});

describe('the honest estimate stays honest', () => {
  it('when training tables are listed, then table E (the round estimate) is not among them', async () => {
    const { TRAINING_TABLES } = await import('../../../src/cli/training-tables.ts');
    expect(TRAINING_TABLES).not.toContain('never-tuned-e');
  });
});
