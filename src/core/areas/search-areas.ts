import type { AreaEntry, AreaKind } from './area.ts';
import { FuzzyKeys, memoByContent } from './fuzzy-keys.ts';
import { GENERIC_PLACE_WORDS, phoneticKey, stemKeys, words } from './normalize.ts';

/** One area found in a query, with where in the query's words it was found. */
export interface AreaMatch {
  area: AreaEntry;
  /** 0..1; 1 = exact spelling-insensitive match. */
  score: number;
  /** The name or alias that matched, as written in the data. */
  matched: string;
  /** Word span of the query that named the area: words(query).slice(start, end). */
  start: number;
  end: number;
}

export interface AreaSearchOptions {
  /** Only these kinds (e.g. settlements for a complaint). Default: all. */
  kinds?: readonly AreaKind[];
  /** Default 10. */
  limit?: number;
  /** Matches below this are dropped. Default 0.6. */
  minScore?: number;
  /** Allow "Акто" to find Aktogay (typing a name). Default: true when the query is one word. */
  prefix?: boolean;
  /** Words (by phonetic key) that must never be taken for a place: question vocabulary. */
  ignore?: (wordKey: string) => boolean;
}

interface Variant {
  /** Position of the area in the list the index was built from (the same content in every copy). */
  at: number;
  text: string;
  key: string;
  wordCount: number;
  /** Order of the variant in the whole list: ties go to the first, as in a plain scan. */
  order: number;
}

/** How many letters may differ: none for short keys, more for long ones. */
const allowedEdits = (len: number): number => (len <= 3 ? 0 : len <= 5 ? 1 : len <= 8 ? 2 : 3);

/** Every name and alias of every area, by how many words it has, in a letter-pair index. */
interface AreaIndex {
  byWords: Map<number, FuzzyKeys<Variant>>;
}

function variantsOf(area: AreaEntry): { text: string; key: string; wordCount: number }[] {
  const texts = [area.names.kk, area.names.ru, area.names.en, ...area.aliases].filter(Boolean);
  const out: { text: string; key: string; wordCount: number }[] = [];
  for (const text of new Set(texts)) {
    const keys = words(text)
      .map(phoneticKey)
      .filter((k) => k && !GENERIC_PLACE_WORDS.has(k));
    if (keys.length > 0) out.push({ text, key: keys.join(''), wordCount: keys.length });
  }
  return out;
}

function buildIndex(areas: readonly AreaEntry[]): AreaIndex {
  const byWords = new Map<number, FuzzyKeys<Variant>>();
  let order = 0;
  areas.forEach((area, at) => {
    for (const v of variantsOf(area)) {
      let keys = byWords.get(v.wordCount);
      if (!keys) byWords.set(v.wordCount, (keys = new FuzzyKeys<Variant>(allowedEdits)));
      keys.add(v.key, { ...v, at, order: order++ });
    }
  });
  return { byWords };
}

/** The same tree read again (or a copy with the same names, as the database returns it) is not indexed again. */
const indexOf = memoByContent<AreaEntry, AreaIndex>(
  (a, b) =>
    a.id === b.id &&
    a.kind === b.kind &&
    a.names.kk === b.names.kk &&
    a.names.ru === b.names.ru &&
    a.names.en === b.names.en &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((x, i) => x === b.aliases[i]),
  buildIndex,
);

/**
 * Finds the areas a query names: a bare name ("Ойыл") or a sentence ("когда выборы в Ойыле?").
 * Spelling-insensitive across Kazakh/Russian Cyrillic and Latin, tolerant of typos (Levenshtein on
 * phonetic keys) and of Kazakh/Russian case endings (Ойылда, Ойылға, Актогае). Pure: pass the whole
 * tree (`AreaRepository.listAll()`); its names are indexed once (letter pairs, see `FuzzyKeys`), so a
 * query does not scan every area. Results: best first, one entry per area; namesakes come out with
 * equal scores, so use `pickArea` to decide between "found", "ask with buttons" and "not found".
 */
export function searchAreas(areas: readonly AreaEntry[], query: string, opts: AreaSearchOptions = {}): AreaMatch[] {
  const qWords = words(query);
  const keys = qWords.map(phoneticKey);
  const usable = keys.map((k) => k.length > 0 && !GENERIC_PLACE_WORDS.has(k) && !(opts.ignore?.(k) ?? false));
  const prefix = opts.prefix ?? usable.filter(Boolean).length === 1;
  const best = new Map<number, { score: number; order: number; start: number; end: number; text: string }>();
  const offer = (v: Variant, score: number, start: number, end: number) => {
    if (score <= 0 || (opts.kinds && !opts.kinds.includes(areas[v.at].kind))) return;
    const prev = best.get(v.at);
    if (!prev || score > prev.score || (score === prev.score && (v.order < prev.order || (v.order === prev.order && start < prev.start)))) {
      best.set(v.at, { score, order: v.order, start, end, text: v.text });
    }
  };
  for (const [count, index] of indexOf(areas).byWords) {
    for (let start = 0; start < qWords.length; start++) {
      const span = spanAt(qWords, usable, start, count);
      if (!span) continue;
      // Best score of each variant over the span's stems (the word and the word without an ending).
      const scores = new Map<Variant, number>();
      for (const { key, stripped } of stemKeys(span.text)) {
        index.near(key, (v, target, d) => {
          const score = 1 - d / Math.max(key.length, target.length) - 0.01 * stripped;
          if (score > (scores.get(v) ?? 0)) scores.set(v, score);
        });
      }
      const whole = phoneticKey(span.text);
      if (prefix && count === 1 && whole.length >= 3) {
        index.withPrefix(whole, (v, target) => {
          const score = 0.6 + 0.3 * (whole.length / target.length);
          if (score > (scores.get(v) ?? 0)) scores.set(v, score);
        });
      }
      for (const [v, score] of scores) offer(v, score, start, span.end);
    }
  }
  return [...best.entries()]
    .map(([at, m]) => ({ area: areas[at], score: m.score, matched: m.text, start: m.start, end: m.end }))
    .filter((m) => m.score >= (opts.minScore ?? 0.6))
    .sort((a, b) => b.score - a.score || a.area.names.en.localeCompare(b.area.names.en))
    .slice(0, opts.limit ?? 10);
}

/** `count` usable words from `start` on (generic words like "district" are skipped over), joined. */
function spanAt(qWords: string[], usable: boolean[], start: number, count: number): { text: string; end: number } | null {
  if (!usable[start]) return null;
  const parts: string[] = [];
  let i = start;
  while (i < qWords.length && parts.length < count) {
    if (usable[i]) parts.push(qWords[i]);
    else if (!GENERIC_PLACE_WORDS.has(phoneticKey(qWords[i]))) return null;
    i++;
  }
  return parts.length === count ? { text: parts.join(''), end: i } : null;
}

export type AreaPick = { kind: 'none' } | { kind: 'one'; match: AreaMatch } | { kind: 'many'; matches: AreaMatch[] };

/**
 * Decides what to do with search results: one clear winner, several close ones (ask with buttons),
 * or nothing. A match wins when it is clearly better (by `margin`) than the next one.
 */
export function pickArea(matches: readonly AreaMatch[], margin = 0.08): AreaPick {
  if (matches.length === 0) return { kind: 'none' };
  const [first, second] = matches;
  if (!second || first.score - second.score >= margin) return { kind: 'one', match: first };
  return { kind: 'many', matches: matches.filter((m) => first.score - m.score < margin) };
}
