import { distance } from 'fastest-levenshtein';

/** How many looked-up words each index remembers before it starts again. */
const FOUND_LIMIT = 20_000;

/** The distinct letter pairs of a key with its boundaries marked: "oil" -> ^o, oi, il, l$. */
function pairsOf(key: string): string[] {
  const padded = `^${key}$`;
  const out = new Set<string>();
  for (let i = 0; i + 2 <= padded.length; i++) out.add(padded.slice(i, i + 2));
  return [...out];
}

/**
 * Keys (phonetic keys of names) found again by a typed word within a few edits, without comparing
 * the word with every key: an index of letter pairs proposes the keys that share enough pairs with
 * the word (one edit changes at most two pairs, so a key within `d` edits shares all but `2d` of
 * its distinct pairs), and only those are measured (Levenshtein). Also finds keys by prefix.
 * Built once per name list; pure.
 */
export class FuzzyKeys<T> {
  private readonly keys: string[] = [];
  private readonly values: T[] = [];
  private readonly needed: number[] = [];
  /** Letter pair and key length -> keys, so a word only meets keys of a length it could reach. */
  private readonly byPair = new Map<string, number[]>();
  private readonly lengths = new Set<number>();
  /** Words already looked up (messages repeat the same words): key positions and distances. Bounded. */
  private readonly found = new Map<string, Int32Array>();
  /** Keys too short or repetitive for the pair filter (it would need no shared pair): always measured. */
  private readonly unfiltered: number[] = [];
  private sorted: number[] | null = null;
  private counts = new Int32Array(0);
  private stamps = new Int32Array(0);
  private stamp = 0;

  constructor(private readonly maxEdits: (keyLength: number) => number) {}

  add(key: string, value: T): void {
    const at = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    const pairs = pairsOf(key);
    const need = pairs.length - 2 * this.maxEdits(key.length);
    this.needed.push(need);
    if (need <= 0) this.unfiltered.push(at);
    for (const p of pairs) {
      const slot = `${p}${key.length}`;
      const list = this.byPair.get(slot);
      if (list) list.push(at);
      else this.byPair.set(slot, [at]);
    }
    this.lengths.add(key.length);
    this.sorted = null;
    this.found.clear();
  }

  get size(): number {
    return this.keys.length;
  }

  /** Every key within `maxEdits(key length)` edits of `word`, with the distance, in the order added. */
  near(word: string, visit: (value: T, key: string, edits: number) => void): void {
    let hits = this.found.get(word);
    if (!hits) {
      hits = this.lookUp(word);
      if (this.found.size >= FOUND_LIMIT) this.found.clear();
      this.found.set(word, hits);
    }
    for (let j = 0; j < hits.length; j += 2) visit(this.values[hits[j]], this.keys[hits[j]], hits[j + 1]);
  }

  private lookUp(word: string): Int32Array {
    const n = this.keys.length;
    if (this.counts.length < n) {
      this.counts = new Int32Array(n);
      this.stamps = new Int32Array(n);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const touched: number[] = [];
    const touch = (i: number) => {
      if (this.stamps[i] !== stamp) {
        this.stamps[i] = stamp;
        this.counts[i] = 0;
        touched.push(i);
      }
    };
    const pairs = pairsOf(word);
    for (const len of this.lengths) {
      if (Math.abs(len - word.length) > this.maxEdits(len)) continue;
      for (const p of pairs) {
        const list = this.byPair.get(`${p}${len}`);
        if (!list) continue;
        for (const i of list) {
          touch(i);
          this.counts[i]++;
        }
      }
    }
    for (const i of this.unfiltered) touch(i);
    const hits: number[] = [];
    for (const i of touched) {
      const key = this.keys[i];
      const allowed = this.maxEdits(key.length);
      if (this.counts[i] < this.needed[i] || Math.abs(key.length - word.length) > allowed) continue;
      const d = distance(word, key);
      if (d <= allowed) hits.push(i);
    }
    hits.sort((a, b) => a - b);
    const out = new Int32Array(hits.length * 2);
    hits.forEach((i, j) => {
      out[2 * j] = i;
      out[2 * j + 1] = distance(word, this.keys[i]);
    });
    return out;
  }

  /** Every key that starts with `prefix` (and is longer), in the order added. */
  withPrefix(prefix: string, visit: (value: T, key: string) => void): void {
    if (!this.sorted) {
      const keys = this.keys;
      this.sorted = keys.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
    }
    const sorted = this.sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[sorted[mid]] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let j = lo; j < sorted.length && this.keys[sorted[j]].startsWith(prefix); j++) {
      if (this.keys[sorted[j]] !== prefix) found.push(sorted[j]);
    }
    for (const i of found.sort((a, b) => a - b)) visit(this.values[i], this.keys[i]);
  }
}

/**
 * Remembers what was built from a list, so a list read again (the same array, or a fresh copy with
 * the same content, as a database returns) is not indexed again. `same` compares two items on every
 * field the index uses; a copy is recognised by comparing it with the lists kept (the last few),
 * item by item, which costs far less than indexing it again.
 */
export function memoByContent<T, I>(same: (a: T, b: T) => boolean, build: (list: readonly T[]) => I, keep = 4) {
  const byList = new WeakMap<readonly T[], I>();
  const kept: { list: readonly T[]; made: I }[] = [];
  const equal = (a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => same(x, b[i]));
  return (list: readonly T[]): I => {
    const known = byList.get(list);
    if (known) return known;
    let made = kept.find((k) => equal(k.list, list))?.made;
    if (made === undefined) {
      made = build(list);
      kept.unshift({ list, made });
      if (kept.length > keep) kept.pop();
    }
    byList.set(list, made);
    return made;
  };
}
