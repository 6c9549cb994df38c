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
  // Competing and registering, in every language (verbs of "running" besides the obvious ones).
  ...entries('candidates', 1, 'баллотировался, баллотировалась, претендует, претендуют, конкурент, соперник, борется, борются, зарегистрирован, зарегистрированы'),
  ...entries('candidates', 1, 'түсті, түскен, түсуде, таласады, таласып, таласқан, бәсекелес, қарсылас, тіркелген, тіркелді, ұсынылды, кандидатура'),
  ...entries('candidates', 1, 'compete, competes, competing, competitor, rival, opponent, registered candidates, on the ballot, в бюллетене, бюллетеньде'),
  ...entries('candidates', 0.4, "кто, кім, who, who's, список, тізім, list"),
  ...entries('candidates', 0.6, 'за кого, vote for'),
  ...entries('when', 1, 'когда, дата, числа, какого, день, ближайшие, следующие, предстоящие, срок'),
  ...entries('when', 1, 'қашан, күні, мерзімі, кезекті, алдағы'),
  ...entries('when', 1, 'when, date, day, upcoming, next, schedule, scheduled'),
  ...entries('when', 1, 'скоро, состоятся, пройдут, назначены, назначили, қай кезде, қашаннан, өтетін, coming up, whens, when\'s, go to the polls'),
  ...entries('when', 0.5, 'выборы, выборах, выборов, сайлау, election, elections, vote, голосование'),
  ...entries('results', 1, 'результат, итоги, итог, победил, победила, выиграл, выиграла, победитель, избран, избрали, стал, стала, явка, закончились, отменили, отменены, аннулировали, подсчет, процент, набрал'),
  ...entries('results', 1, 'нәтиже, қорытынды, жеңді, жеңіп, жеңіске, жеңімпаз, сайланды, жеңген, пайыз, ұтты, жарамсыз, жойылды'),
  ...entries('results', 1, 'result, results, won, win, winner, became, annulled, annul, elected, outcome, turnout, percent, count, tally'),
  ...entries('results', 1, 'прошёл, прошел, прошла, прошли, выбрали, победа, проиграл, проиграла, недействительными, недействительны, недействительной, новый аким, набрала'),
  ...entries('results', 1, 'жеңіс, жеңілді, ұтылды, жинады, жаңа әкім, жаңа әкімі, дауыс берді, дауыс бергендер'),
  ...entries('results', 1, 'lost, lose, elected, invalid, invalidated, voided, percentage, share, new akim, new mayor'),
  ...entries('results', 0.6, 'голосов, голоса, дауыс, votes, теперь, қазір, now'),
  ...entries('results', 0.3, 'сколько, неше, қанша, many'),
  ...entries('how-to-vote', 1, 'голосовать, проголосовать, участок, участке, документ, паспорт, удостоверение'),
  ...entries('how-to-vote', 1, 'учаске, құжат, куәлік, дауыс беру, дауыс беремін, дауыс бере'),
  ...entries('how-to-vote', 1, 'polling, station, register, registration, documents, passport'),
  ...entries('how-to-vote', 1, 'участка, участки, участков, УИК, избирательный участок, прописке, прописка, открепительное, явиться'),
  ...entries('how-to-vote', 1, 'учаскесі, учаскеде, учаскелер, сайлау учаскесі, тіркелген жерім, дауыс беретін, voting station, polling place, absentee, where to vote'),
  // A ballot is as much about who is on it as about voting: a hint only.
  ...entries('how-to-vote', 0.5, 'бюллетень, ballot'),
  ...entries('how-to-vote', 0.3, 'как, где, қалай, қайда, how, where'),
  ...entries('complain', 1, 'жалоба, жалобу, пожаловаться, жалуюсь, проблема, мусор, яма, ямы, авария, отключили, нет воды, света нет, не работает'),
  ...entries('complain', 1, 'шағым, шағымдан, арыз, мәселе, қоқыс, су жоқ, жарық жоқ, газ жоқ, істемейді'),
  ...entries('complain', 1, 'complain, complaint, problem, broken, pothole, garbage, trash, leak, outage, report, water, electricity, road, street, heating'),
  ...entries('complain', 1, 'газ, газа, нет газа, нет света, нет отопления, отопление, канализация, труба, трубу, прорвало, течёт, дорога, дороги, дорогу, освещение, фонари, обращение, обратиться, обращаться, куда писать, кому звонить, куда звонить'),
  ...entries('complain', 1, 'газ, жол, жолдар, бұзылған, бұзылды, жылу, кәріз, өтініш, жарық, қайда жазу, кімге хабарласу'),
  ...entries('complain', 1, 'gas, sewage, sewer, pipe, streetlight, streetlights, lights, dirty, who do i write to, who do i call'),
];

/** "how/where" + a voting word = how to vote ("как голосовать", "where do I vote", "қайда дауыс беремін"). */
export const HOW_WORDS = ['как', 'где', 'қалай', 'қайда', 'how', 'where', 'нужно', 'нужен', 'нужны', 'керек', 'need'].map(phoneticKey);
/** "How many votes", "how many voted" ask for results (counts, turnout), not for how to vote. */
export const HOW_MUCH = ['сколько', 'неше', 'қанша', 'many', 'much'].map(phoneticKey);
export const VOTE_WORDS = ['голос', 'дауыс', 'vote', 'voting', 'выбор', 'сайла', 'бюллетень'];
