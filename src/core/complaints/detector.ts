import { SEED_CATEGORIES } from './categories.ts';
import type { Category } from './types.ts';

/**
 * Words that make a message read like a problem report, in kk/ru/en (same `stem*` syntax as category
 * keywords). A topic alone ("вода", "выборы") is not a complaint; a topic plus a problem word is.
 */
const PROBLEM_WORDS = [
  'нет',
  'не',
  'не работает',
  'не работают',
  'невозможно',
  'опять',
  'снова',
  'отключ*',
  'сломал*',
  'сломан*',
  'прорыв*',
  'прорвал*',
  'теч*',
  'течёт',
  'воня*',
  'не вывоз*',
  'не вывезли',
  'разбит*',
  'дни',
  'дня',
  'день',
  'дней',
  'неделю',
  'недели',
  'без',
  'авари*',
  'жоқ',
  'емес',
  'келмей*',
  'істемейді',
  'бұзыл*',
  'өшті',
  'өшіп',
  'ағып',
  'күн',
  'күннен',
  'апта',
  'сөндір*',
  'шықпай',
  'no',
  'not working',
  'broken',
  'leak*',
  'outage',
  'days',
  'week',
  'without',
  'cut off',
  "doesn't work",
  'out of',
];
/** Words that say "complaint" outright. */
const COMPLAINT_WORDS = ['жалоб*', 'пожаловаться', 'шағым*', 'complain*'];

const normalize = (text: string): string =>
  ' ' +
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim() +
  ' ';

/** What `pattern` (`stem*` or a whole word / phrase) looks for in normalized text. */
function needleOf(pattern: string): string {
  const p = pattern.toLowerCase().replace(/ё/g, 'е');
  return p.endsWith('*') ? ' ' + p.slice(0, -1) : ' ' + p + ' ';
}

/**
 * Each list's needles, made once per list: a plain question is checked against every category's
 * keywords, and normalizing each pattern anew was most of that (categories are shared reads, so one
 * list serves many messages).
 */
const needleLists = new WeakMap<readonly string[], readonly string[]>();
function needlesOf(patterns: readonly string[]): readonly string[] {
  let needles = needleLists.get(patterns);
  if (!needles) {
    needles = patterns.map(needleOf);
    needleLists.set(patterns, needles);
  }
  return needles;
}

const anyMatch = (normalized: string, patterns: readonly string[]): boolean => needlesOf(patterns).some((n) => normalized.includes(n));

export interface ComplaintGuess {
  /** The category the text is most likely about; null when it says "complaint" but no topic. */
  categoryCode: string | null;
}

/**
 * Does this plain text read like a complaint ("третий день нет воды", "су жоқ", "no water for 3 days")?
 * Pure. Returns null for anything else (questions about elections, greetings), so other features'
 * free-text handlers get their turn.
 */
export function detectComplaint(text: string, categories: readonly Category[] = SEED_CATEGORIES): ComplaintGuess | null {
  if (text.trim().length < 5 || text.length > 4096) return null;
  const normalized = normalize(text);
  const topic = categories.find((c) => c.active && anyMatch(normalized, c.keywords));
  const problem = anyMatch(normalized, PROBLEM_WORDS);
  const explicit = anyMatch(normalized, COMPLAINT_WORDS);
  if (topic && (problem || explicit)) return { categoryCode: topic.code };
  if (explicit) return { categoryCode: null };
  return null;
}
