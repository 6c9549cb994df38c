import { distance } from 'fastest-levenshtein';
import type { AreaEntry } from '../areas/area.ts';
import { phoneticKey, stemKeys, words } from '../areas/normalize.ts';
import { type AreaPick, pickArea, searchAreas } from '../areas/search-areas.ts';
import { HOW_MUCH, HOW_WORDS, type Intent, LEXICON, VOTE_WORDS } from './question-lexicon.ts';

export type { Intent } from './question-lexicon.ts';

export interface Understanding {
  intent: Intent;
  /** The place the question names: one, several close ones (ask), or none (use the remembered one). */
  place: AreaPick;
}

/** Lexicon phrases as sequences of phonetic keys. */
const PHRASES = LEXICON.map((e) => ({ ...e, keys: words(e.word).map(phoneticKey) }));

/** Edits tolerated against a lexicon word: none for short words, where a typo makes another word. */
const allowed = (len: number): number => (len <= 4 ? 0 : len <= 8 ? 1 : 2);

/** Two neighbouring letters swapped ("resluts"): one slip of the fingers, two Levenshtein edits. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/** Does a typed word match a lexicon stem: exact, an inflected form (prefix), or a typo of either. */
export function wordMatches(word: string, stem: string): boolean {
  const key = phoneticKey(word);
  if (key === stem) return true;
  if (stem.length >= 4 && (key.startsWith(stem) || swapped(key.slice(0, stem.length), stem))) return true;
  // Another case ending of the same stem ("дату" for "дата"): both lose their ending.
  // Short stems only from short words: "kak" from "какого" would catch "какая погода".
  const lexStems = stemKeys(stem).slice(1).map((s) => s.key).filter((k) => k.length >= 4 || (k.length === 3 && stem.length <= 4));
  if (lexStems.length > 0 && stemKeys(word).slice(1).some((s) => lexStems.includes(s.key))) return true;
  const edits = allowed(stem.length);
  if (edits === 0) return false;
  if (stemKeys(word).some((s) => distance(s.key, stem) <= edits)) return true;
  return stem.length >= 6 && key.length > stem.length && distance(key.slice(0, stem.length), stem) <= edits;
}

const isVocabulary = (wordKey: string): boolean =>
  PHRASES.some((p) => p.keys.length === 1 && (p.keys[0] === wordKey || (p.keys[0].length >= 4 && wordKey.startsWith(p.keys[0]))));

function scoreIntents(ws: string[]): Map<Intent, number> {
  const scores = new Map<Intent, number>();
  const add = (intent: Intent, weight: number) => scores.set(intent, (scores.get(intent) ?? 0) + weight);
  // A word counts once per intent (its strongest entry): "голосовать" is not three votes for results.
  for (const w of ws) {
    const best = new Map<Intent, number>();
    for (const p of PHRASES) {
      if (p.keys.length === 1 && wordMatches(w, p.keys[0])) best.set(p.intent, Math.max(best.get(p.intent) ?? 0, p.weight));
    }
    best.forEach((weight, intent) => add(intent, weight));
  }
  for (const p of PHRASES.filter((x) => x.keys.length > 1)) {
    for (let i = 0; i + p.keys.length <= ws.length; i++) {
      if (p.keys.every((k, j) => wordMatches(ws[i + j], k))) {
        add(p.intent, p.weight * p.keys.length);
        break;
      }
    }
  }
  const keys = ws.map(phoneticKey);
  const voting = keys.some((k) => VOTE_WORDS.some((v) => k.startsWith(phoneticKey(v))));
  const howMuch = keys.some((k) => HOW_MUCH.includes(k));
  // "how/where/what is needed" + voting = how to vote; "how many" + voting = counts and turnout.
  if (voting && howMuch) add('results', 1.5);
  else if (voting && keys.some((k) => HOW_WORDS.includes(k))) add('how-to-vote', 1.5);
  return scores;
}

/** On equal scores the more specific answer wins. */
const PRIORITY: Intent[] = ['complain', 'how-to-vote', 'results', 'candidates', 'when'];

/**
 * Reads a resident's question in kk/ru/en (either script, typos, case endings) and says what they
 * ask (candidates | when | results | how-to-vote | complain | unknown) and about which place.
 * Words that named the place do not count towards the intent. Pure: pass the area tree.
 */
export function understandQuestion(text: string, areas: readonly AreaEntry[]): Understanding {
  const ws = words(text);
  const matches = searchAreas(areas, text, { prefix: false, minScore: 0.75, ignore: isVocabulary });
  const place = pickArea(matches);
  const placeSpans = place.kind === 'none' ? [] : place.kind === 'one' ? [place.match] : place.matches;
  const rest = ws.filter((_, i) => !placeSpans.some((m) => i >= m.start && i < m.end));
  const scores = scoreIntents(rest);
  let intent: Intent = 'unknown';
  let best = 0;
  for (const candidate of PRIORITY) {
    const s = scores.get(candidate) ?? 0;
    if (s > best) {
      best = s;
      intent = candidate;
    }
  }
  // Hints alone ("кто?", "где?") are too weak to act on.
  if (best < 0.5) intent = 'unknown';
  return { intent, place };
}
