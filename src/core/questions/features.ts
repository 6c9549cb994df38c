import { GENERIC_PLACE_WORDS, phoneticKey, words } from '../areas/normalize.ts';

/** Word spans (in `words(text)` positions) that named a place or a person. */
export interface EntitySpan {
  kind: 'place' | 'person';
  start: number;
  end: number;
}

/**
 * Tokens of a message for the intent model: phonetic keys (so both scripts and the usual
 * transliterations meet), digits folded to `0`, and each named place or person replaced by one
 * token, so "кто такой <person>" generalises to every candidate and "<place>" to every area.
 */
export function tokens(text: string, spans: readonly EntitySpan[] = []): string[] {
  const ws = words(text);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const span = spans.find((s) => i >= s.start && i < s.end);
    if (span) {
      if (i === span.start) out.push(span.kind === 'place' ? '§p' : '§h');
      continue;
    }
    const key = phoneticKey(ws[i]).replace(/[0-9]+/g, '0');
    if (key) out.push(key);
  }
  // "Ойыл ауданында", "Uil district": the generic word belongs to the place, not to the question.
  return out.filter((t, i) => !GENERIC_PLACE_WORDS.has(t) || (out[i - 1] !== '§p' && out[i + 1] !== '§p'));
}

/**
 * Features of a token list: each token, each pair of neighbours, and the character 3-, 4- and
 * 5-grams of each word with its boundaries (so unseen inflections such as "ұтып" or "кімдер" share
 * most of their grams with the forms the corpus has).
 */
export function featuresOf(toks: readonly string[]): string[] {
  const out: string[] = [];
  const n = toks.length;
  out.push(`n${Math.min(n, 6)}`);
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    out.push(`w${t}`);
    out.push(`b${i === 0 ? '^' : toks[i - 1]}_${t}`);
    if (t.startsWith('§')) continue;
    const padded = `^${t}$`;
    for (let len = 3; len <= 5; len++) {
      for (let j = 0; j + len <= padded.length; j++) out.push(padded.slice(j, j + len));
    }
  }
  if (n > 0) out.push(`b${toks[n - 1]}_$`);
  return out;
}
