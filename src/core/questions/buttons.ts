import type { AreaEntry } from '../areas/area.ts';
import { areaLabel } from '../areas/area.ts';
import type { Person } from '../elections/model.ts';
import { personName } from '../elections/model.ts';
import type { Locale } from '../locale.ts';
import { buttonFamily, field } from '../buttons.ts';
import { type Keyboard, msg, raw } from '../replies.ts';
import type { AnswerIntent } from './decide.ts';

const CODES: Record<AnswerIntent, string> = {
  candidates: 'c',
  when: 'w',
  'days-left': 'd',
  results: 'r',
  turnout: 't',
  'against-all': 'a',
  why: 'y',
  akim: 'k',
  'where-vote': 'p',
  documents: 'o',
  'how-to-vote': 'h',
  complain: 'x',
};
const BY_CODE = new Map(Object.entries(CODES).map(([intent, code]) => [code, intent as AnswerIntent]));
const intent = field.custom<AnswerIntent>(
  (i) => CODES[i],
  (t) => BY_CODE.get(t) ?? null,
);
const dataId = field.matching(/^[a-z0-9][a-z0-9._/-]{0,47}$/);

/**
 * Callback data of plain questions, `q:<op>:<args>` (ids are ASCII, <= 48 characters):
 * - `q:i:<intent code>:<areaId?>` answer this kind of question (for this place, if given): the
 *   "what did you mean?" buttons and "which place?" for the newer question kinds
 * - `q:h:<personId>` a candidate's card ("which one?" when two people match)
 */
export const questionData = buttonFamily('q', {
  i: { intent, areaId: field.optional(dataId) },
  h: { personId: dataId },
});
export type QuestionButton = NonNullable<ReturnType<typeof questionData.decode>>;

/** "What did you mean?": the usual kinds of questions, for the place named (if any). */
export function intentChoices(areaId: string | null, withComplaint: boolean): Keyboard {
  const row = (intent: AnswerIntent, key: string) => [questionData.button(msg(key), { op: 'i', intent, areaId })];
  return [
    row('candidates', 'questions-button-candidates'),
    row('when', 'questions-button-when'),
    row('results', 'questions-button-results'),
    row('how-to-vote', 'questions-button-how-to-vote'),
    ...(withComplaint ? [row('complain', 'questions-button-complain')] : []),
  ];
}

/** "Which one?": one button per person, with where they stood so namesakes are told apart. */
export const personChoices = (people: readonly { person: Person; where: string }[], locale: Locale): Keyboard =>
  people.slice(0, 10).map(({ person, where }) => [
    questionData.button(raw(where ? `${personName(person, locale)} — ${where}` : personName(person, locale)), {
      op: 'h',
      personId: person.id,
    }),
  ]);

/** "Which place?" for a question kind: one button per place. */
export const placeChoices = (all: readonly AreaEntry[], places: readonly AreaEntry[], intent: AnswerIntent, locale: Locale): Keyboard =>
  places.slice(0, 20).map((a) => [questionData.button(raw(areaLabel(all, a, locale)), { op: 'i', intent, areaId: a.id })]);
