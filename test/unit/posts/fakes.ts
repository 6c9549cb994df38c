import type { Election } from '../../../src/core/elections/model.ts';
import { chatId, type ChatId } from '../../../src/core/ids.ts';
import type { Locale } from '../../../src/core/locale.ts';
import type { DigestComplaint } from '../../../src/core/posts/digest.ts';
import type { PlannedPost, PostTarget } from '../../../src/core/posts/model.ts';
import type { PostDeps } from '../../../src/core/posts/ports.ts';

/** In-memory posts world: targets, elections, complaints, and a shared claim ledger (like one database). */
export function fakePosts(
  init: { targets?: PostTarget[]; elections?: Election[]; complaints?: Array<DigestComplaint & { areaId: string }> } = {},
) {
  const claims = new Map<string, Date>();
  const published: PlannedPost[] = [];
  const state = { targets: init.targets ?? [], elections: init.elections ?? [], complaints: init.complaints ?? [] };
  const key = (job: string, chat: ChatId, slot: string) => `${job}|${chat}|${slot}`;
  const deps: PostDeps = {
    targets: {
      listActive: async () => state.targets.filter((t) => t.subscriptions.some((s) => s.enabled)),
      find: async (id) => state.targets.find((t) => t.chatId === id) ?? null,
    },
    elections: {
      get: async (id) => state.elections.find((e) => e.id === id) ?? null,
      listByAreas: async (ids) => state.elections.filter((e) => ids.includes(e.areaId)),
      findRerunOf: async (id) => state.elections.find((e) => e.replacesId === id) ?? null,
      areaNames: async (ids) =>
        new Map(ids.map((id) => [id, { kk: `${id}-kk`, ru: `${id}-ru`, en: `${id}-en` } as Record<Locale, string>])),
    },
    complaints: {
      complaints: async (areas) => state.complaints.filter((c) => areas.includes(c.areaId)),
      categories: async () => [{ code: 'water', names: { kk: 'Су', ru: 'Вода', en: 'Water' }, sortOrder: 1 }],
    },
    ledger: {
      claimedSlots: async (job, chat, slots) => new Set(slots.filter((s) => claims.has(key(job, chat, s)))),
      lastSlotAt: async (job, chat) => {
        const times = [...claims].filter(([k]) => k.startsWith(`${job}|${chat}|`)).map(([, d]) => d.getTime());
        return times.length ? new Date(Math.max(...times)) : null;
      },
    },
    publisher: {
      publish: async (post) => {
        const k = key(post.job, post.chatId, post.slot);
        if (claims.has(k)) return false;
        claims.set(k, post.at);
        published.push(post);
        return true;
      },
    },
  };
  return { deps, state, published, claims };
}

export const group = (id: number, over: Partial<PostTarget> = {}): PostTarget => ({
  chatId: chatId(id),
  locale: 'ru',
  timeZone: 'Asia/Almaty',
  areaIds: ['aktogay'],
  subscriptions: [],
  ...over,
});

export function election(over: Partial<Election> = {}): Election {
  return {
    id: 'e1',
    areaId: 'aktogay',
    office: 'akim',
    pollDate: new Date('2026-12-06T00:00:00Z'),
    nominationStart: null,
    nominationEnd: null,
    registrationDeadline: null,
    status: 'scheduled',
    replacesId: null,
    sourceUrl: null,
    results: null,
    candidacies: [
      {
        id: 'e1/b',
        person: { id: 'b', names: { kk: null, ru: 'Борис', en: 'Boris' }, aliases: [] },
        nomination: { kind: 'self' },
        status: 'registered',
        ballotOrder: 2,
        incumbent: false,
        statement: {},
        votes: null,
      },
      {
        id: 'e1/a',
        person: { id: 'a', names: { kk: null, ru: 'Айгуль', en: 'Aigul' }, aliases: [] },
        nomination: { kind: 'self' },
        status: 'registered',
        ballotOrder: 1,
        incumbent: false,
        statement: {},
        votes: null,
      },
      {
        id: 'e1/w',
        person: { id: 'w', names: { kk: null, ru: 'Снятый', en: 'Withdrawn' }, aliases: [] },
        nomination: { kind: 'self' },
        status: 'withdrawn',
        ballotOrder: 3,
        incumbent: false,
        statement: {},
        votes: null,
      },
    ],
    ...over,
  };
}

export const withResults = (e: Election, version: number, status: 'preliminary' | 'official' = 'preliminary'): Election => ({
  ...e,
  status: 'held',
  candidacies: e.candidacies.map((c, i) => ({ ...c, votes: 100 + i * 10 })),
  results: {
    status,
    electorate: 1000,
    ballotsCast: 400,
    againstAll: 5,
    spoilt: 2,
    publishedAt: null,
    source: null,
    declaredWinnerId: null,
    version,
  },
});
