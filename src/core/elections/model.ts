import type { Locale } from '../locale.ts';

export const ELECTION_STATUSES = ['scheduled', 'held', 'annulled', 'rerun_scheduled', 'cancelled'] as const;
export type ElectionStatus = (typeof ELECTION_STATUSES)[number];

export const CANDIDACY_STATUSES = ['registered', 'withdrawn', 'registration_cancelled'] as const;
export type CandidacyStatus = (typeof CANDIDACY_STATUSES)[number];

export const RESULT_STATUSES = ['preliminary', 'official'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/**
 * Was the vote's outcome annulled? `rerun_scheduled` is an annulled vote whose rerun has been called
 * (the status texts say so), so its count must never name a winner either.
 */
export const isAnnulled = (e: { status: ElectionStatus }): boolean => e.status === 'annulled' || e.status === 'rerun_scheduled';

/** Party name, self-nominated, or not reported by the sources. */
export type Nomination = { kind: 'party'; party: string } | { kind: 'self' } | { kind: 'unknown' };

export interface Person {
  id: string;
  names: { kk: string | null; ru: string | null; en: string };
  aliases: string[];
}

export interface Candidacy {
  /** `<electionId>/<personId>` */
  id: string;
  person: Person;
  nomination: Nomination;
  status: CandidacyStatus;
  /** Position on the ballot (1 = first); null when not published: then alphabetical. */
  ballotOrder: number | null;
  incumbent: boolean;
  statement: Partial<Record<Locale, string>>;
  /** null = not counted or not reported. */
  votes: number | null;
  /** Why the candidate withdrew or was deregistered, as published, and where. */
  statusReason?: Partial<Record<Locale, string>>;
  statusSource?: string | null;
}

/** Totals of a count. Percentages, winner, margin and turnout are computed, never stored. */
export interface ElectionResults {
  status: ResultStatus;
  electorate: number | null;
  ballotsCast: number | null;
  againstAll: number | null;
  spoilt: number | null;
  publishedAt: Date | null;
  source: string | null;
  /** Declared winner (person id) when the count itself was not reported. */
  declaredWinnerId: string | null;
  /** Bumps on every change of the results; scheduled posts key on it. */
  version: number;
}

export interface Election {
  id: string;
  areaId: string;
  office: string;
  pollDate: Date;
  nominationStart: Date | null;
  nominationEnd: Date | null;
  registrationDeadline: Date | null;
  status: ElectionStatus;
  /** The election this one reruns. */
  replacesId: string | null;
  sourceUrl: string | null;
  /** Why the vote was annulled or cancelled, as published, and where. */
  statusReason?: Partial<Record<Locale, string>>;
  statusSource?: string | null;
  /** Polling hours and places, where the data has them. */
  voting?: { opens: string | null; closes: string | null; where: Partial<Record<Locale, string>> };
  candidacies: Candidacy[];
  /** null before any count is published. */
  results: ElectionResults | null;
}

/** Person's name in a locale, falling back to Russian then English. */
export function personName(person: Person, locale: Locale): string {
  return person.names[locale] || person.names.ru || person.names.en;
}

/** "Askar Kazybaev" -> "kazybaev askar": surname first, as Kazakhstan's ballots are ordered. */
export const surnameKey = (fullName: string): string => {
  const words = fullName.trim().toLowerCase().split(/\s+/);
  return [words.at(-1), ...words.slice(0, -1)].join(' ');
};

/**
 * Ballot order when the ballot is known; otherwise alphabetical by surname (as ballots in Kazakhstan
 * are), read from the English name so the order is the same in every language. Never by votes: the
 * bot shows no preference.
 */
export function ballotSorted(candidacies: readonly Candidacy[]): Candidacy[] {
  return [...candidacies].sort((a, b) => {
    if (a.ballotOrder !== null && b.ballotOrder !== null) return a.ballotOrder - b.ballotOrder;
    if (a.ballotOrder !== null) return -1;
    if (b.ballotOrder !== null) return 1;
    return surnameKey(a.person.names.en).localeCompare(surnameKey(b.person.names.en), 'en');
  });
}
