import { distance } from 'fastest-levenshtein';
import type { AreaEntry, AreaKind } from './area.ts';
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
  area: AreaEntry;
  text: string;
  key: string;
  wordCount: number;
}

/** How many letters may differ: none for short keys, more for long ones. */
const allowedEdits = (len: number): number => (len <= 3 ? 0 : len <= 5 ? 1 : len <= 8 ? 2 : 3);

/** Variants per area object: the tree is read once per message, its names do not change under it. */
const VARIANTS = new WeakMap<AreaEntry, Variant[]>();

function variantsOf(area: AreaEntry): Variant[] {
  const known = VARIANTS.get(area);
  if (known) return known;
  const made = makeVariants(area);
  VARIANTS.set(area, made);
  return made;
}

function makeVariants(area: AreaEntry): Variant[] {
  const texts = [area.names.kk, area.names.ru, area.names.en, ...area.aliases].filter(Boolean);
  const out: Variant[] = [];
  for (const text of new Set(texts)) {
    const keys = words(text)
      .map(phoneticKey)
      .filter((k) => k && !GENERIC_PLACE_WORDS.has(k));
    if (keys.length > 0) out.push({ area, text, key: keys.join(''), wordCount: keys.length });
  }
  return out;
}

/** Similarity of one query word-group (its stems) to a variant key, 0 when too far apart. */
function similarity(stems: { key: string; stripped: number }[], target: string, prefix: boolean): number {
  let best = 0;
  for (const { key, stripped } of stems) {
    const d = distance(key, target);
    if (d <= allowedEdits(target.length)) {
      best = Math.max(best, 1 - d / Math.max(key.length, target.length) - 0.01 * stripped);
    }
  }
  const whole = stems[0].key;
  if (prefix && whole.length >= 3 && target.startsWith(whole) && whole !== target) {
    best = Math.max(best, 0.6 + 0.3 * (whole.length / target.length));
  }
  return best;
}

/**
 * Finds the areas a query names: a bare name ("Ойыл") or a sentence ("когда выборы в Ойыле?").
 * Spelling-insensitive across Kazakh/Russian Cyrillic and Latin, tolerant of typos (Levenshtein on
 * phonetic keys) and of Kazakh/Russian case endings (Ойылда, Ойылға, Актогае). Pure: pass the whole
 * tree (`AreaRepository.listAll()`). Results: best first, one entry per area; namesakes come out with
 * equal scores, so use `pickArea` to decide between "found", "ask with buttons" and "not found".
 */
export function searchAreas(areas: readonly AreaEntry[], query: string, opts: AreaSearchOptions = {}): AreaMatch[] {
  const qWords = words(query);
  const keys = qWords.map(phoneticKey);
  const usable = keys.map((k) => k.length > 0 && !GENERIC_PLACE_WORDS.has(k) && !(opts.ignore?.(k) ?? false));
  const prefix = opts.prefix ?? usable.filter(Boolean).length === 1;
  const best = new Map<string, AreaMatch>();
  const candidates = opts.kinds ? areas.filter((a) => opts.kinds!.includes(a.kind)) : areas;
  // A span's stems are the same for every variant of its length: compute them once.
  const spans = new Map<string, { text: string; end: number; stems: ReturnType<typeof stemKeys> } | null>();
  const spanOf = (start: number, count: number) => {
    const id = `${start}:${count}`;
    if (!spans.has(id)) {
      const span = spanAt(qWords, usable, start, count);
      spans.set(id, span && { ...span, stems: stemKeys(span.text) });
    }
    return spans.get(id)!;
  };
  for (const variant of candidates.flatMap(variantsOf)) {
    for (let start = 0; start < qWords.length; start++) {
      const span = spanOf(start, variant.wordCount);
      if (!span) continue;
      const score = similarity(span.stems, variant.key, prefix && variant.wordCount === 1);
      const prev = best.get(variant.area.id);
      if (score > 0 && (!prev || score > prev.score)) {
        best.set(variant.area.id, { area: variant.area, score, matched: variant.text, start, end: span.end });
      }
    }
  }
  return [...best.values()]
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
