/**
 * Spelling-insensitive keys for place names. Residents write the same place as Ойыл, Oiyl, Oyil,
 * Ақтоғай, Актогай, Aqtoghai or Aktogay; all of them must meet in one key. Both scripts are mapped
 * to a coarse Latin "phonetic key": Kazakh and Russian Cyrillic, Kazakh Latin (2021: ä ö ü ū ı ş ğ ñ q)
 * and the usual English spellings (kh, gh, zh, y) collapse to the same letters, so transliteration
 * works both ways without choosing a direction.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'io',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

const LATIN_LETTERS: Record<string, string> = {
  ä: 'a',
  á: 'a',
  ö: 'o',
  ó: 'o',
  ü: 'u',
  ú: 'u',
  ū: 'u',
  ı: 'i',
  í: 'i',
  ş: 'sh',
  ç: 'ch',
  ğ: 'g',
  ǵ: 'g',
  ñ: 'n',
  ń: 'n',
  q: 'k',
  w: 'u',
  x: 'h',
  y: 'i',
  j: 'zh',
  c: 'k',
  é: 'e',
};

/** Digraphs of English-style transliteration, applied before single letters. */
const DIGRAPHS: [RegExp, string][] = [
  [/shch/g, 'sh'],
  [/sch/g, 'sh'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/dzh/g, 'zh'],
  [/ts/g, 's'],
];

/**
 * Keys already computed: place names and common words come back in every message, and the mapping
 * is pure. Bounded: cleared when it grows past the limit, so odd input cannot grow it without end.
 */
const KEYS = new Map<string, string>();
const KEYS_LIMIT = 50_000;

/** Lower-cases and maps one word (or phrase) of any script to its phonetic key; non-letters are dropped. */
export function phoneticKey(text: string): string {
  const known = KEYS.get(text);
  if (known !== undefined) return known;
  const key = computeKey(text);
  if (KEYS.size >= KEYS_LIMIT) KEYS.clear();
  KEYS.set(text, key);
  return key;
}

function computeKey(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase().normalize('NFC')) {
    out += CYRILLIC[ch] ?? ch;
  }
  for (const [re, to] of DIGRAPHS) out = out.replace(re, to);
  let mapped = '';
  for (const ch of out) mapped += LATIN_LETTERS[ch] ?? ch;
  mapped = mapped.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  // "ts" from ц is reduced only after mapping so Cyrillic and Latin agree.
  mapped = mapped.replace(/ts/g, 's').replace(/[^a-z0-9]/g, '');
  // A glide "i" between vowels comes and goes with spelling (Kazybayev / Kazybaev, Актогая).
  mapped = mapped.replace(/(.)\1+/g, '$1').replace(/([aeou])i(?=[aeou])/g, '$1');
  return mapped.replace(/(.)\1+/g, '$1');
}

/** Splits free text into words of letters and digits (any script), keeping their order. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'ʼ’-]+/u)
    .map((w) => w.replace(/^['ʼ’-]+|['ʼ’-]+$/g, ''))
    .filter((w) => w.length > 0);
}

/**
 * Case endings and postfixes that glue onto a place name, as phonetic keys: Kazakh locative
 * (Ойылда), dative (Ойылға), genitive, ablative, accusative, -dagy; Russian prepositional and others
 * (в Ойыле, Актогае, Актогайского); English possessive. Longest first.
 */
const SUFFIXES = [
  'ndagi',
  'ndegi',
  'dagi',
  'degi',
  'tagi',
  'tegi',
  'skogo',
  'skomu',
  'skom',
  'skoi',
  'skii',
  'nda',
  'nde',
  'nan',
  'nen',
  'dan',
  'den',
  'tan',
  'ten',
  'nin',
  'din',
  'tin',
  'ogo',
  'omu',
  'ago',
  'da',
  'de',
  'ta',
  'te',
  'ga',
  'ge',
  'ka',
  'ke',
  'na',
  'ne',
  'ni',
  'di',
  'ti',
  'om',
  'em',
  'ie',
  'ia',
  'iu',
  'oi',
  'ei',
  'ia',
  'e',
  'a',
  'u',
  'i',
  'n',
  's',
];

/**
 * The word's key and the keys left after stripping one known ending, each with how much was stripped.
 * Stems shorter than 3 letters are not produced (too many false matches).
 */
export function stemKeys(word: string): { key: string; stripped: number }[] {
  const key = phoneticKey(word);
  const out = [{ key, stripped: 0 }];
  for (const suffix of SUFFIXES) {
    if (key.endsWith(suffix) && key.length - suffix.length >= 3) {
      out.push({ key: key.slice(0, -suffix.length), stripped: suffix.length });
    }
  }
  // Russian case endings of names in -ай/-ей/-ой swallow the й (Актогай: в Актогае, к Актогаю):
  // put it back, so a typo elsewhere in the name still leaves it close enough.
  if (/[aeo][eu]$/.test(key) && key.length >= 5) out.push({ key: `${key.slice(0, -1)}i`, stripped: 1 });
  return out;
}

/** Generic words that are part of many names ("Ойыл ауданы", "Oiyl district") and never identify one. */
export const GENERIC_PLACE_WORDS = new Set(
  [
    'ауданы',
    'аудан',
    'ауданында',
    'ауданының',
    'район',
    'районе',
    'района',
    'district',
    'audany',
    'audan',
    'облысы',
    'облыс',
    'область',
    'области',
    'province',
    'region',
    'oblast',
    'oblysy',
    'ауыл',
    'ауылы',
    'ауылында',
    'село',
    'селе',
    'села',
    'посёлок',
    'поселок',
    'поселке',
    'village',
    'auyl',
    'auyly',
    'settlement',
    'кент',
    'город',
    'городе',
    'қала',
    'қаласы',
    'city',
    'town',
    'округ',
    'округе',
    'okrug',
    'сельский',
    'сельского',
    'ауылдық',
    'rural',
  ].map(phoneticKey),
);
