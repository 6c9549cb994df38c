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
 * Beginnings of words (phonetic keys) that only election talk uses much: сайлау, дауыс, кандидат,
 * әкім, учаске, бюллетень, үміткер; выборы, избиратель, голос, участок, явка, баллотироваться;
 * election, vote, ballot, poll, turnout. Everyday chat seldom has one, so a message without one
 * (and without a place or a candidate) needs a surer guess before the bot answers it.
 */
const ELECTION_STEMS = [
  'sail',
  'dauis',
  'kandidat',
  'akim',
  'ukhask',
  'ukhast',
  'biulet',
  'bulet',
  'umitker',
  'vibor',
  'izbir',
  'golos',
  'iavk',
  'balot',
  'elekt',
  'elect',
  'vote',
  'voti',
  'pols',
  'poling',
  'turnout',
  'komis',
  'deput',
  'mandat',
];

/** Whether a token list has a word of election talk (see `ELECTION_STEMS`): long stems anywhere in a word (проголосовать), short ones at its start. */
export const hasElectionWord = (toks: readonly string[]): boolean =>
  toks.some((t) => ELECTION_STEMS.some((s) => (s.length >= 5 ? t.includes(s) : t.startsWith(s))));

/**
 * Features of a token list: its length, whether it has a word of election talk, each token, each
 * pair of neighbours, and the character 3-, 4- and 5-grams of each word with its boundaries (so unseen inflections such as "ұтып" or "кімдер" share
 * most of their grams with the forms the corpus has).
 */
export function featuresOf(toks: readonly string[]): string[] {
  const out: string[] = [];
  const n = toks.length;
  out.push(`n${Math.min(n, 6)}`);
  out.push(hasElectionWord(toks) ? 'e1' : 'e0');
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
