import type { AreaEntry } from '../areas/area.ts';
import { areaLabel } from '../areas/area.ts';
import type { Person } from '../elections/model.ts';
import { personName } from '../elections/model.ts';
import type { Locale } from '../locale.ts';
import { type Keyboard, button, msg, raw } from '../replies.ts';
import type { AnswerIntent } from './decide.ts';

/**
 * Callback data of plain questions, `q:<op>:<args>` (ids are ASCII, <= 48 characters):
 * - `q:i:<intent code>:<areaId?>` answer this kind of question (for this place, if given): the
 *   "what did you mean?" buttons and "which place?" for the newer question kinds
 * - `q:h:<personId>` a candidate's card ("which one?" when two people match)
 */
export const PREFIX = 'q';

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

export type QuestionButton = { op: 'intent'; intent: AnswerIntent; areaId: string | null } | { op: 'person'; personId: string };

/** Encodes one button's data. */
export function encode(b: QuestionButton): string {
  return b.op === 'person' ? `${PREFIX}:h:${b.personId}` : [PREFIX, 'i', CODES[b.intent], ...(b.areaId ? [b.areaId] : [])].join(':');
}

/** Decodes the arguments after `q:`; null for anything stale or forged. */
export function decode([op, a, ...rest]: readonly string[]): QuestionButton | null {
  if (op === 'h' && a && /^[a-z0-9][a-z0-9._/-]{0,47}$/.test(a)) return { op: 'person', personId: a };
  const intent = op === 'i' && a ? BY_CODE.get(a) : undefined;
  if (!intent) return null;
  const areaId = rest.join(':') || null;
  if (areaId !== null && !/^[a-z0-9][a-z0-9._/-]{0,47}$/.test(areaId)) return null;
  return { op: 'intent', intent, areaId };
}

/** "What did you mean?": the usual kinds of questions, for the place named (if any). */
export function intentChoices(areaId: string | null, withComplaint: boolean): Keyboard {
  const row = (intent: AnswerIntent, key: string) => [button(msg(key), encode({ op: 'intent', intent, areaId }))];
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
  people
    .slice(0, 10)
    .map(({ person, where }) => [
      button(
        raw(where ? `${personName(person, locale)} — ${where}` : personName(person, locale)),
        encode({ op: 'person', personId: person.id }),
      ),
    ]);

/** "Which place?" for a question kind: one button per place. */
export const placeChoices = (all: readonly AreaEntry[], places: readonly AreaEntry[], intent: AnswerIntent, locale: Locale): Keyboard =>
  places.slice(0, 20).map((a) => [button(raw(areaLabel(all, a, locale)), encode({ op: 'intent', intent, areaId: a.id }))]);
