import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { FuzzyKeys, memoByContent } from '../../../src/core/areas/fuzzy-keys.ts';
import { random } from '../../../src/core/questions/train-intent-model.ts';

const edits = (len: number): number => (len <= 3 ? 0 : len <= 5 ? 1 : len <= 8 ? 2 : 3);

/** Random keys from a small alphabet, so many share letter pairs and many are a few edits apart. */
function keysOf(n: number, seed: number): string[] {
  const rand = random(seed);
  return Array.from({ length: n }, () => {
    const len = 2 + Math.floor(rand() * 10);
    return Array.from({ length: len }, () => 'aiklnost'[Math.floor(rand() * 8)]).join('');
  });
}

describe('FuzzyKeys: keys within a few edits without a scan', () => {
  it('when words are looked up, then exactly the keys a full Levenshtein scan finds come back, with their distances', () => {
    const keys = keysOf(600, 3);
    const index = new FuzzyKeys<number>(edits);
    keys.forEach((k, i) => index.add(k, i));
    for (const word of keysOf(300, 4)) {
      const expected = keys.flatMap((k, i) => (distance(word, k) <= edits(k.length) ? [[i, distance(word, k)]] : []));
      const found: number[][] = [];
      index.near(word, (i, key, d) => {
        expect(key).toBe(keys[i]);
        found.push([i, d]);
      });
      expect(found, word).toEqual(expected);
      const again: number[][] = [];
      index.near(word, (i, _, d) => again.push([i, d]));
      expect(again).toEqual(found);
    }
  });

  it('when a prefix is looked up, then every longer key that starts with it comes back in the order added', () => {
    const keys = keysOf(400, 5);
    const index = new FuzzyKeys<number>(edits);
    keys.forEach((k, i) => index.add(k, i));
    for (const prefix of ['a', 'ki', 'nos', 'tt']) {
      const found: number[] = [];
      index.withPrefix(prefix, (i) => found.push(i));
      expect(found).toEqual(keys.flatMap((k, i) => (k.startsWith(prefix) && k !== prefix ? [i] : [])));
    }
  });
});

describe('memoByContent: an index built once per content', () => {
  it('when the same list or a copy with the same content comes, then nothing is built again; a changed copy is built', () => {
    let builds = 0;
    const memo = memoByContent<{ id: string; name: string }, number>(
      (a, b) => a.id === b.id && a.name === b.name,
      () => ++builds,
    );
    const list = [
      { id: 'a', name: 'Ойыл' },
      { id: 'b', name: 'Ақтоғай' },
    ];
    expect(memo(list)).toBe(1);
    expect(memo(list)).toBe(1);
    expect(memo(list.map((x) => ({ ...x })))).toBe(1);
    expect(memo([list[0], { id: 'b', name: 'Актогай' }])).toBe(2);
    expect(memo([list[0]])).toBe(3);
    expect(builds).toBe(3);
  });
});
