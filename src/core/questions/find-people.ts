import { distance } from 'fastest-levenshtein';
import { FuzzyKeys, memoByContent } from '../areas/fuzzy-keys.ts';
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

/** Every surname spelling of every person in a letter-pair index (values: positions in the list). */
const surnameIndexOf = memoByContent<NameKeys, FuzzyKeys<number>>(
  (a, b) => a.person.id === b.person.id && a.surnames.size === b.surnames.size && [...a.surnames].every((x) => b.surnames.has(x)),
  (index) => {
    const keys = new FuzzyKeys<number>(edits);
    index.forEach((e, at) => {
      for (const s of e.surnames) keys.add(s, at);
    });
    return keys;
  },
);

/**
 * Finds the candidates a message names: by surname (any script, case ending, common spelling
 * variant or one typo), optionally with the given name next to it, which raises the score. A given
 * name alone never names a person ("Асқар, келесің бе?"). Surnames are indexed once per list of
 * people (see `FuzzyKeys`), so a message is not compared with every name.
 */
export function findPeople(index: readonly NameKeys[], text: string, minScore = 0.8): PersonMatch[] {
  const ws = words(text);
  const surnames = surnameIndexOf(index);
  const best = new Map<number, PersonMatch>();
  for (let i = 0; i < ws.length; i++) {
    const scores = new Map<number, number>();
    for (const { key, stripped } of stemKeys(ws[i])) {
      surnames.near(key, (at, target, d) => {
        const s = 1 - d / Math.max(key.length, target.length) - 0.01 * stripped;
        if (s > (scores.get(at) ?? 0)) scores.set(at, s);
      });
    }
    for (const [at, s] of scores) {
      if (s < minScore) continue;
      const entry = index[at];
      let start = i;
      let end = i + 1;
      let score = s * 0.95;
      if (i > 0 && wordScore(ws[i - 1], entry.given) >= minScore) [start, score] = [i - 1, Math.min(1, s + 0.05)];
      else if (i + 1 < ws.length && wordScore(ws[i + 1], entry.given) >= minScore) [end, score] = [i + 2, Math.min(1, s + 0.05)];
      const prev = best.get(at);
      if (!prev || score > prev.score) best.set(at, { person: entry.person, score, start, end });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.person.id.localeCompare(b.person.id));
}

/** One clear person, several close ones (ask "which one?"), or none. */
export function pickPerson(matches: readonly PersonMatch[], margin = 0.04): PersonPick {
  if (matches.length === 0) return { kind: 'none' };
  const [first, second] = matches;
  if (!second || first.score - second.score >= margin) return { kind: 'one', match: first };
  return { kind: 'many', matches: matches.filter((m) => first.score - m.score < margin) };
}
