import { isQuestionIntent } from './intents.ts';
import { tokens } from './features.ts';
import { random, type TrainingExample } from './train-intent-model.ts';

/** Fillers of the corpus slots other than {p} (a place) and {h} (a candidate). */
const SLOTS: Record<string, string[]> = {
  item: [
    'сено',
    'картошку',
    'диван',
    'ключи',
    'телефон',
    'велосипед',
    'корову',
    'уголь',
    'дрова',
    'машину',
    'шөп',
    'сиыр',
    'көмір',
    'кілт',
    'hay',
    'coal',
    'a bike',
    'keys',
    'a phone',
    'milk',
    'сүт',
    'молоко',
    'щенка',
  ],
  n: ['1', '2', '3', '5', '10', '100', '500', '5000', '20000'],
  time: ['10', '10:00', '18:00', '9', '15:30'],
  name: [
    'Абая',
    'Абай',
    'Ленина',
    'Сейфуллина',
    'Гагарина',
    'Мира',
    'Әуезов',
    'Абылай хан',
    'Abai',
    'Dostyk',
    'Асқар',
    'Айгүл',
    'Ерлан',
    'Марат',
  ],
  day: ['понедельник', 'пятница', 'суббота', 'дүйсенбі', 'жұма', 'сенбі', 'monday', 'friday', 'sunday'],
};

export interface CorpusLine {
  intent: TrainingExample['intent'];
  template: string;
}

/** Reads `intent | text` lines (`#` comments); throws on an unknown intent. */
export function parseCorpus(text: string): CorpusLine[] {
  return text.split('\n').flatMap((line, n) => {
    if (!line.trim() || line.startsWith('#')) return [];
    const [intent, ...rest] = line.split(' | ');
    if (!isQuestionIntent(intent.trim()) || rest.length === 0) throw new Error(`corpus line ${n + 1}: ${line}`);
    return [{ intent: intent.trim() as CorpusLine['intent'], template: rest.join(' | ').trim() }];
  });
}

/** Tokens of a template with its slots filled; {p} and {h} become the entity tokens. */
function fill(template: string, rand: () => number): string[] {
  const out: string[] = [];
  for (const part of template.split(/(\{[a-z]+\})/)) {
    const slot = /^\{([a-z]+)\}$/.exec(part)?.[1];
    if (slot === 'p') out.push('§p');
    else if (slot === 'h') out.push('§h');
    else if (slot) {
      const options = SLOTS[slot] ?? [];
      out.push(...tokens(options[Math.floor(rand() * options.length)] ?? ''));
    } else out.push(...tokens(part));
  }
  return out;
}

const LETTERS = 'aeiouklmnrstbdgzsh';

/** One slip of the fingers in one word: a letter dropped, swapped with its neighbour, replaced or added. */
function typo(toks: string[], rand: () => number): string[] {
  const words = toks.map((t, i) => [t, i] as const).filter(([t]) => !t.startsWith('§') && t.length >= 4);
  if (words.length === 0) return toks;
  const [word, at] = words[Math.floor(rand() * words.length)];
  const i = 1 + Math.floor(rand() * (word.length - 2));
  const letter = LETTERS[Math.floor(rand() * LETTERS.length)];
  const kinds = [
    () => word.slice(0, i) + word.slice(i + 1),
    () => word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2),
    () => word.slice(0, i) + letter + word.slice(i + 1),
    () => word.slice(0, i) + letter + word.slice(i),
  ];
  const copy = [...toks];
  copy[at] = kinds[Math.floor(rand() * kinds.length)]();
  return copy;
}

/**
 * Training examples from corpus lines: each template with its slots filled a few times, each
 * with typos, and (for longer ones) with one word left out, as residents shorten questions.
 */
export function expandCorpus(lines: readonly CorpusLine[], seed = 11, variants = 4): TrainingExample[] {
  const rand = random(seed);
  const out: TrainingExample[] = [];
  for (const { intent, template } of lines) {
    const fills = /\{(?!p\}|h\})[a-z]+\}/.test(template) ? 3 : 1;
    for (let f = 0; f < fills; f++) {
      const base = fill(template, rand);
      out.push({ tokens: base, intent });
      for (let v = 0; v < variants; v++) out.push({ tokens: typo(v % 2 ? typo(base, rand) : base, rand), intent });
      const plain = base.filter((t) => !t.startsWith('§'));
      if (plain.length >= 4) {
        const drop = Math.floor(rand() * base.length);
        if (!base[drop].startsWith('§')) out.push({ tokens: base.filter((_, i) => i !== drop), intent });
      }
    }
  }
  return out;
}
