import type { AreaEntry } from '../areas/area.ts';
import type { Person } from '../elections/model.ts';
import type { QuestionIntent } from './intents.ts';
import type { MessageReading } from './read-message.ts';

/** Below this probability the bot asks what was meant instead of guessing. */
export const CONFIDENCE_THRESHOLD = 0.5;
/**
 * A message with no word of election talk, no place and no candidate (and not continuing a
 * question) is answered only above this probability; below it, it is everyday chat and stays quiet.
 */
export const UNANCHORED_THRESHOLD = 0.9;
/** A message whose only tie to elections is a place inside it ("кто идёт на той в Актогае") needs this. */
export const PLACE_ONLY_THRESHOLD = 0.75;
/** A complaint without a word of election talk is taken only above this. */
export const COMPLAINT_THRESHOLD = 0.7;
/** A candidate named in full is taken as a question about them unless chat is at least this sure. */
export const FULL_NAME_CHAT = 0.97;

export interface DecideOptions {
  threshold?: number;
  unanchored?: number;
  placeOnly?: number;
  complaint?: number;
  /** The message may continue the chat's last question (a follow-up within the time limit). */
  context?: boolean;
}

export type AnswerIntent = Exclude<QuestionIntent, 'chat' | 'person'>;

/** What to do with a message, before any data is read. */
export type QuestionDecision =
  | { kind: 'quiet' }
  | { kind: 'ask'; place: AreaEntry | null }
  | { kind: 'which-person'; people: Person[] }
  | { kind: 'which-place'; intent: AnswerIntent; places: AreaEntry[] }
  | { kind: 'person'; person: Person }
  | { kind: 'answer'; intent: AnswerIntent; place: AreaEntry | null; placeOnly: boolean };

/**
 * Decides from a reading: a named candidate gets their card (unless the message is plainly chat
 * or a complaint), a place alone is a question about that place, everyday chat stays quiet (so
 * does a guess without a word of election talk, a place or a follow-up's context unless it is very
 * sure), and an unsure guess asks with buttons rather than answering the wrong question.
 */
export function decide(r: MessageReading, opts: DecideOptions = {}): QuestionDecision {
  const {
    threshold = CONFIDENCE_THRESHOLD,
    unanchored = UNANCHORED_THRESHOLD,
    placeOnly = PLACE_ONLY_THRESHOLD,
    complaint = COMPLAINT_THRESHOLD,
    context = false,
  } = opts;
  const sure = r.confidence >= threshold;
  const place = r.place.kind === 'one' ? r.place.match.area : null;
  // A full name ("Айбек Сұлтанов туралы") is a question about the candidate unless chat is all but certain.
  const fullName = r.person.kind === 'one' && r.person.match.end - r.person.match.start > 1;
  const chatSure = r.intent === 'chat' && r.confidence >= (fullName ? FULL_NAME_CHAT : threshold);
  if (r.person.kind !== 'none' && r.intent !== 'complain' && !chatSure) {
    return r.person.kind === 'one'
      ? { kind: 'person', person: r.person.match.person }
      : { kind: 'which-person', people: r.person.matches.map((m) => m.person) };
  }
  if (r.placeOnly && r.place.kind !== 'none') return withPlace(r, 'when', true);
  if (r.intent === 'chat') return { kind: 'quiet' };
  const needed = r.electionWord || (context && r.followUp) ? 0 : r.place.kind !== 'none' ? placeOnly : unanchored;
  // A complaint needs no election word, but a middling one ("the internet is bad today") is chat.
  if (r.confidence < (r.intent === 'complain' ? Math.min(needed, complaint) : needed)) return { kind: 'quiet' };
  if (!sure) return r.runnerUp === 'chat' ? { kind: 'quiet' } : { kind: 'ask', place };
  if (r.intent === 'person') return place ? withPlace(r, 'candidates', false) : { kind: 'ask', place };
  return withPlace(r, r.intent, false);
}

function withPlace(r: MessageReading, intent: AnswerIntent, placeOnly: boolean): QuestionDecision {
  if (r.place.kind === 'many') return { kind: 'which-place', intent, places: r.place.matches.map((m) => m.area) };
  return { kind: 'answer', intent, place: r.place.kind === 'one' ? r.place.match.area : null, placeOnly };
}
