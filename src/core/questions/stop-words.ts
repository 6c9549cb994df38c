import { phoneticKey } from '../areas/normalize.ts';

/**
 * Common words of the three languages that are never places, even when their phonetic key is close
 * to a place name ("will" is not Uil, "ой" is not Oiyl), as written (lower case). Compared as
 * written, not by phonetic key: "will" and "Уил" share the key `uil`, and only the spelling tells
 * the verb from the district.
 */
const STOP_WORDS = new Set(
  [
    'will',
    'well',
    'all',
    'who',
    'why',
    'way',
    'aloud',
    'while',
    'abbey',
    'okay',
    'ok',
    'yes',
    'our',
    'out',
    'tell',
    'ой',
    'уж',
    'или',
    'уйти',
    'ура',
    'ай',
    'вот',
    'так',
    'тут',
    'там',
    'кто',
    'как',
    'где',
    'вы',
    'мы',
    'они',
    'уехал',
    'утро',
    'ой',
    'ойлан',
    'ойым',
    'ойыма',
    'үй',
    'үйде',
    'үйге',
    'үйі',
    'иә',
    'жоқ',
    'бар',
    'ақ',
    'ақша',
    'той',
    'тойға',
    'ойын',
    'ойынға',
  ].map((w) => w.toLowerCase()),
);

/** Street words: where the street's own name stands (before the word in Kazakh and English, after it in Russian). */
const STREET_BEFORE = ['koshe', 'dangil', 'street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane'].map(phoneticKey);
const STREET_AFTER = ['ulis', 'ul', 'prospekt', 'pr', 'pereulok', 'bulvar'].map(phoneticKey);

const isStreetWord = (key: string, stems: readonly string[]): boolean => stems.some((s) => (s.length <= 3 ? key === s : key.startsWith(s)));

/**
 * Which words may not name a place: stop words, words `exclude` claims (a person's name), and
 * the name of a street ("Абай көшесі", "улица Абая", "Abai street": a street, not the area Abai).
 */
export function maskedWords(ws: readonly string[], exclude: (i: number) => boolean): boolean[] {
  const keys = ws.map(phoneticKey);
  const masked = ws.map((w, i) => STOP_WORDS.has(w.toLowerCase()) || exclude(i));
  keys.forEach((k, i) => {
    if (i > 0 && isStreetWord(k, STREET_BEFORE)) masked[i - 1] = true;
    if (i + 1 < keys.length && isStreetWord(k, STREET_AFTER)) masked[i + 1] = true;
  });
  return masked;
}
