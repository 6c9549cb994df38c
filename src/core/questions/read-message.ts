import type { AreaEntry } from '../areas/area.ts';
import { phoneticKey, words } from '../areas/normalize.ts';
import { type AreaMatch, type AreaPick, pickArea, searchAreas } from '../areas/search-areas.ts';
import { type EntitySpan, hasElectionWord, tokens } from './features.ts';
import { findPeople, type NameKeys, type PersonPick, pickPerson } from './find-people.ts';
import type { IntentModel } from './intent-model.ts';
import type { QuestionIntent } from './intents.ts';
import { maskedWords } from './stop-words.ts';

/** What reading a message needs: the area tree, the people index and the intent model. */
export interface QuestionKnowledge {
  areas: readonly AreaEntry[];
  people: readonly NameKeys[];
  model: IntentModel;
}

export interface MessageReading {
  intent: QuestionIntent;
  confidence: number;
  runnerUp: QuestionIntent;
  place: AreaPick;
  person: PersonPick;
  /** Nothing but a place (and filler such as "а в ...?"): a fine question on its own. */
  placeOnly: boolean;
  /** Starts like a follow-up ("а ...", "ал ...", "and ...", "what about ..."). */
  followUp: boolean;
  /** Has a word of election talk (сайлау, выборы, vote, ...; see `hasElectionWord`). */
  electionWord: boolean;
}

/** Words with no meaning of their own around a place or in a follow-up, as phonetic keys. */
const FILLER = new Set(
  [
    'а',
    'ал',
    'ну',
    'и',
    'в',
    'во',
    'на',
    'по',
    'у',
    'из',
    'про',
    'там',
    'что',
    'and',
    'what',
    'about',
    'in',
    'at',
    'for',
    'of',
    'the',
    'she',
    'ше',
  ].map(phoneticKey),
);
const FOLLOW_UP_START = new Set(['а', 'ал', 'and', 'what about', 'ну а', 'ал енді', 'а что', 'а как'].map(phoneticKey));

/** Drops a match whose area is an ancestor of another match: "Ойыл ауданы, Ақтөбе облысы" is Oiyl. */
function childrenWin(areas: readonly AreaEntry[], matches: AreaMatch[]): AreaMatch[] {
  if (matches.length < 2) return matches;
  const byId = new Map(areas.map((a) => [a.id, a]));
  const isAncestor = (id: string, of: AreaEntry): boolean => {
    for (let p = of.parentId ? byId.get(of.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined)
      if (p.id === id) return true;
    return false;
  };
  return matches.filter((m) => !matches.some((o) => o !== m && (o.end <= m.start || o.start >= m.end) && isAncestor(m.area.id, o.area)));
}

const spansOf = (pick: AreaPick | PersonPick): { start: number; end: number }[] =>
  pick.kind === 'none' ? [] : pick.kind === 'one' ? [pick.match] : pick.matches;

/**
 * Reads a message: the candidate it names (surname in any script or case), the place (never a stop
 * word, a street name or words that named a person; a child area over its parent), and what it
 * asks (the intent model, with the place and the person replaced by entity tokens). Pure.
 */
export function locateEntities(
  text: string,
  areas: readonly AreaEntry[],
  people: readonly NameKeys[],
): { place: AreaPick; person: PersonPick; spans: EntitySpan[] } {
  const ws = words(text);
  const person = pickPerson(findPeople(people, text));
  const personSpans = spansOf(person);
  const masked = maskedWords(ws, (i) => personSpans.some((s) => i >= s.start && i < s.end));
  const query = ws.map((w, i) => (masked[i] ? 'ъ' : w)).join(' ');
  const place = pickArea(childrenWin(areas, searchAreas(areas, query, { prefix: false, minScore: 0.75 })));
  const spans: EntitySpan[] = [
    ...spansOf(place).map((s) => ({ kind: 'place' as const, start: s.start, end: s.end })),
    ...personSpans.map((s) => ({ kind: 'person' as const, start: s.start, end: s.end })),
  ];
  return { place, person, spans };
}

/**
 * Reads a message: the candidate it names (surname in any script or case), the place (never a stop
 * word, a street name or words that named a person; a child area over its parent), and what it
 * asks (the intent model, with the place and the person replaced by entity tokens). Pure.
 */
export function readMessage(text: string, k: QuestionKnowledge): MessageReading {
  const ws = words(text);
  const { place, person, spans } = locateEntities(text, k.areas, k.people);
  const toks = tokens(text, spans);
  const guess = k.model.guess(toks);
  const meaningful = toks.filter((t) => !FILLER.has(t));
  const first = ws.length > 1 ? phoneticKey(`${ws[0]} ${ws[1]}`) : '';
  return {
    ...guess,
    place,
    person,
    placeOnly: meaningful.length > 0 && meaningful.every((t) => t === '§p'),
    followUp: ws.length > 0 && (FOLLOW_UP_START.has(phoneticKey(ws[0])) || FOLLOW_UP_START.has(first)),
    electionWord: hasElectionWord(toks),
  };
}
