/**
 * Who is in the playground: three people you can be (a resident, the group's moderator, an owner
 * admin), two more group members, and one settlement group. Ids are made up and never reach Telegram.
 */
import type { Locale } from '../core/locale.ts';

export type IdentityKey = 'resident' | 'moderator' | 'owner';
export const IDENTITY_KEYS: readonly IdentityKey[] = ['resident', 'moderator', 'owner'];

export interface Person {
  id: number;
  /** What "share my phone number" sends. */
  phone?: string;
  firstName: string;
  lastName?: string;
  username?: string;
}

export const IDENTITIES: Record<IdentityKey, Person & { role: string }> = {
  resident: { id: 710_000_001, phone: '+77010000001', firstName: 'Айгүл', lastName: 'Серікова', username: 'aigul_oiyl', role: 'resident' },
  moderator: {
    id: 710_000_002,
    phone: '+77010000002',
    firstName: 'Ерлан',
    lastName: 'Жаксыбеков',
    username: 'erlan_mod',
    role: 'group moderator',
  },
  owner: { id: 710_000_003, phone: '+77010000003', firstName: 'Динара', username: 'akimat_owner', role: 'owner admin' },
};

/** Members of the group who are only there (you do not speak as them). */
export const OTHER_MEMBERS: readonly Person[] = [
  { id: 710_000_004, firstName: 'Марат' },
  { id: 710_000_005, firstName: 'Дана', username: 'dana_k' },
];

export const GROUP = { id: -1_002_000_000_001, title: 'Ойыл — тұрғындар / жители' } as const;

/** Places the location picker offers (the sample data's settlements and a few cities). */
export const PLACES: readonly { name: string; latitude: number; longitude: number }[] = [
  { name: 'Ойыл', latitude: 49.07, longitude: 56.48 },
  { name: 'Ақтоғай', latitude: 46.95, longitude: 79.67 },
  { name: 'Ақтөбе', latitude: 50.28, longitude: 57.17 },
  { name: 'Астана', latitude: 51.13, longitude: 71.43 },
  { name: 'Алматы', latitude: 43.24, longitude: 76.95 },
];

/** The Telegram user JSON of a person writing in `lang`. */
export function telegramUser(p: Person, lang: Locale): Record<string, unknown> {
  return {
    id: p.id,
    is_bot: false,
    first_name: p.firstName,
    language_code: lang,
    ...(p.lastName ? { last_name: p.lastName } : {}),
    ...(p.username ? { username: p.username } : {}),
  };
}

export function displayName(p: Person): string {
  return p.lastName ? `${p.firstName} ${p.lastName}` : p.firstName;
}
