import { phoneticKey } from '../areas/normalize.ts';

/**
 * Words that signal what a resident asks, in Kazakh, Russian and English, written as people type
 * them (both scripts; the matcher reduces them to phonetic keys, so Latin transliterations such as
 * "rezultaty" or "qashan" are covered by the Cyrillic entries). Entries are stems: case endings and
 * plural forms are matched by prefix. Weight 1 = decisive, less = a hint that needs company.
 */
export type Intent = 'candidates' | 'when' | 'results' | 'how-to-vote' | 'complain' | 'unknown';

export interface LexiconEntry {
  word: string;
  intent: Exclude<Intent, 'unknown'>;
  weight: number;
}

const entries = (intent: LexiconEntry['intent'], weight: number, words: string): LexiconEntry[] =>
  words.split(/\s*,\s*/).filter(Boolean).map((word) => ({ word, intent, weight }));

export const LEXICON: LexiconEntry[] = [
  ...entries('candidates', 1, 'кандидат, баллотир, выдвиг, выдвину, выдвинут, самовыдвиженец, участвует, претендент, идет, идёт, идут'),
  ...entries('candidates', 1, 'үміткер, түседі, түсетін, түсіп, түсед, ұсынылған, қатысады, қатысушы'),
  ...entries('candidates', 1, 'candidate, running, runs, ran, nominee, nominated, standing, contender, contesting'),
  ...entries('candidates', 0.4, 'кто, кім, who, список, тізім, list'),
  ...entries('candidates', 0.6, 'за кого, vote for'),
  ...entries('when', 1, 'когда, дата, числа, какого, день, ближайшие, следующие, предстоящие, срок'),
  ...entries('when', 1, 'қашан, күні, мерзімі, кезекті, алдағы'),
  ...entries('when', 1, 'when, date, day, upcoming, next, schedule, scheduled'),
  ...entries('when', 0.5, 'выборы, выборах, выборов, сайлау, election, elections, vote, голосование'),
  ...entries('results', 1, 'результат, итоги, итог, победил, победила, выиграл, выиграла, победитель, избран, избрали, стал, стала, явка, закончились, отменили, отменены, аннулировали, подсчет, процент, набрал'),
  ...entries('results', 1, 'нәтиже, қорытынды, жеңді, жеңіп, жеңіске, жеңімпаз, сайланды, жеңген, пайыз, ұтты, жарамсыз, жойылды'),
  ...entries('results', 1, 'result, results, won, win, winner, became, annulled, annul, elected, outcome, turnout, percent, count, tally'),
  ...entries('results', 0.6, 'голосов, голоса, дауыс, votes, теперь, қазір, now'),
  ...entries('results', 0.3, 'сколько, неше, қанша, many'),
  ...entries('how-to-vote', 1, 'голосовать, проголосовать, участок, участке, документ, паспорт, удостоверение'),
  ...entries('how-to-vote', 1, 'учаске, құжат, куәлік, дауыс беру, дауыс беремін, дауыс бере'),
  ...entries('how-to-vote', 1, 'polling, station, register, registration, documents, passport'),
  // A ballot is as much about who is on it as about voting: a hint only.
  ...entries('how-to-vote', 0.5, 'бюллетень, ballot'),
  ...entries('how-to-vote', 0.3, 'как, где, қалай, қайда, how, where'),
  ...entries('complain', 1, 'жалоба, жалобу, пожаловаться, жалуюсь, проблема, мусор, яма, ямы, авария, отключили, нет воды, света нет, не работает'),
  ...entries('complain', 1, 'шағым, шағымдан, арыз, мәселе, қоқыс, су жоқ, жарық жоқ, газ жоқ, істемейді'),
  ...entries('complain', 1, 'complain, complaint, problem, broken, pothole, garbage, trash, leak, outage, report, water, electricity, road, street, heating'),
];

/** "how/where" + a voting word = how to vote ("как голосовать", "where do I vote", "қайда дауыс беремін"). */
export const HOW_WORDS = ['как', 'где', 'қалай', 'қайда', 'how', 'where'].map(phoneticKey);
/** "How many votes" asks for results, not for how to vote. */
export const HOW_MUCH = ['сколько', 'неше', 'қанша', 'many', 'much'].map(phoneticKey);
export const VOTE_WORDS = ['голос', 'дауыс', 'vote', 'voting', 'выбор', 'сайла', 'бюллетень'];
