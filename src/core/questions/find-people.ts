import { distance } from 'fastest-levenshtein';
import { phoneticKey, stemKeys, words } from '../areas/normalize.ts';
import type { Person } from '../elections/model.ts';

/** A person named in a message, with the word span that named them. */
export interface PersonMatch {
  person: Person;
  /** 0..1; 1 = the full name exactly (spelling-insensitive). */
  score: number;
  start: number;
  end: number;
}

export type PersonPick = { kind: 'none' } | { kind: 'one'; match: PersonMatch } | { kind: 'many'; matches: PersonMatch[] };

export interface NameKeys {
  person: Person;
  surnames: Set<string>;
  given: Set<string>;
}

/** Surnames need a close match: none for short ones, where one letter makes another word. */
const edits = (len: number): number => (len <= 5 ? 0 : len <= 8 ? 1 : 2);

/** Every spelling of a person's surname and given name, as phonetic keys. Names are "Given Surname". */
export function nameKeys(person: Person): NameKeys {
  const surnames = new Set<string>();
  const given = new Set<string>();
  for (const name of [person.names.en, person.names.ru, person.names.kk, ...person.aliases]) {
    const ws = name ? words(name).map(phoneticKey).filter(Boolean) : [];
    if (ws.length === 0) continue;
    surnames.add(ws[ws.length - 1]);
    ws.slice(0, -1).forEach((w) => given.add(w));
  }
  return { person, surnames, given };
}

/** How well one typed word (with its case endings) matches a set of name keys, 0 = not at all. */
function wordScore(word: string, keys: Set<string>): number {
  let best = 0;
  for (const { key, stripped } of stemKeys(word)) {
    for (const target of keys) {
      const d = distance(key, target);
      if (d <= edits(target.length)) best = Math.max(best, 1 - d / Math.max(key.length, target.length) - 0.01 * stripped);
    }
  }
  return best;
}

/**
 * Finds the candidates a message names: by surname (any script, case ending, common spelling
 * variant or one typo), optionally with the given name next to it, which raises the score. A given
 * name alone never names a person ("Асқар, келесің бе?").
 */
export function findPeople(index: readonly NameKeys[], text: string, minScore = 0.8): PersonMatch[] {
  const ws = words(text);
  const out: PersonMatch[] = [];
  for (const entry of index) {
    let best: PersonMatch | null = null;
    for (let i = 0; i < ws.length; i++) {
      const s = wordScore(ws[i], entry.surnames);
      if (s < minScore) continue;
      let start = i;
      let end = i + 1;
      let score = s * 0.95;
      if (i > 0 && wordScore(ws[i - 1], entry.given) >= minScore) [start, score] = [i - 1, Math.min(1, s + 0.05)];
      else if (i + 1 < ws.length && wordScore(ws[i + 1], entry.given) >= minScore) [end, score] = [i + 2, Math.min(1, s + 0.05)];
      if (!best || score > best.score) best = { person: entry.person, score, start, end };
    }
    if (best) out.push(best);
  }
  return out.sort((a, b) => b.score - a.score || a.person.id.localeCompare(b.person.id));
}

/** One clear person, several close ones (ask "which one?"), or none. */
export function pickPerson(matches: readonly PersonMatch[], margin = 0.04): PersonPick {
  if (matches.length === 0) return { kind: 'none' };
  const [first, second] = matches;
  if (!second || first.score - second.score >= margin) return { kind: 'one', match: first };
  return { kind: 'many', matches: matches.filter((m) => first.score - m.score < margin) };
}
