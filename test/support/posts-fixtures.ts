// Rows a scheduled-posts test needs: a settlement, groups with subscriptions, an election, complaints.
import type { PrismaDb } from '../../src/adapters/db/client.ts';

export const AREA = 'abai/aktogay';

export async function seedArea(db: PrismaDb, id = AREA): Promise<void> {
  await db.area.upsert({
    where: { id },
    create: { id, kind: 'settlement', nameKk: 'Ақтоғай', nameRu: 'Актогай', nameEn: 'Aktogay' },
    update: {},
  });
}

export interface GroupSeed {
  locale?: 'kk' | 'ru' | 'en';
  timeZone?: string;
  area?: string;
  subs?: Array<{ kind: 'results' | 'reminders' | 'digest'; cron?: string; enabled?: boolean }>;
}

/** An active group following the settlement with the given subscriptions. */
export async function seedGroup(db: PrismaDb, id: number, g: GroupSeed = {}): Promise<void> {
  const chat = BigInt(id);
  await db.chat.upsert({
    where: { id: chat },
    create: {
      id: chat,
      type: 'supergroup',
      title: `Group ${id}`,
      locale: g.locale ?? 'ru',
      timeZone: g.timeZone ?? 'Asia/Almaty',
      settlementId: g.area ?? AREA,
      setupDone: true,
    },
    update: {},
  });
  for (const s of g.subs ?? []) {
    await db.chatSubscription.upsert({
      where: { chatId_kind: { chatId: chat, kind: s.kind } },
      create: { chatId: chat, kind: s.kind, cron: s.cron ?? '', enabled: s.enabled ?? true },
      update: { cron: s.cron ?? '', enabled: s.enabled ?? true },
    });
  }
}

/** A vote on 6 Dec 2026 with two candidates (ballot order 1: Aigul, 2: Boris). */
export async function seedElection(db: PrismaDb, id = 'aktogay-2026', area = AREA): Promise<void> {
  await db.election.upsert({
    where: { id },
    create: { id, areaId: area, pollDate: new Date('2026-12-06T00:00:00Z'), registrationDeadline: new Date('2026-11-20T00:00:00Z') },
    update: {},
  });
  for (const [pid, ru, en, order] of [
    ['p-aigul', 'Айгуль Серикова', 'Aigul Serikova', 1],
    ['p-boris', 'Борис Ким', 'Boris Kim', 2],
  ] as const) {
    await db.person.upsert({ where: { id: pid }, create: { id: pid, nameRu: ru, nameEn: en }, update: {} });
    await db.candidacy.upsert({
      where: { id: `${id}/${pid}` },
      create: { id: `${id}/${pid}`, electionId: id, personId: pid, ballotOrder: order },
      update: {},
    });
  }
}

/** Enters (or corrects) results: bumps resultsVersion like the admin tools do. */
export async function enterResults(db: PrismaDb, id = 'aktogay-2026', status: 'preliminary' | 'official' = 'preliminary'): Promise<void> {
  await db.candidacy.update({ where: { id: `${id}/p-aigul` }, data: { votes: 310 } });
  await db.candidacy.update({ where: { id: `${id}/p-boris` }, data: { votes: 190 } });
  await db.election.update({
    where: { id },
    data: {
      status: 'held',
      resultStatus: status,
      electorate: 900,
      ballotsCast: 510,
      againstAll: 5,
      spoilt: 5,
      resultsVersion: { increment: 1 },
    },
  });
}

/** A few anonymous complaints in the settlement (one new, one resolved, one overdue). */
export async function seedComplaints(db: PrismaDb, area = AREA): Promise<void> {
  await db.complaintCategory.upsert({
    where: { code: 'water' },
    create: { code: 'water', group: 'utilities', nameKk: 'Су', nameRu: 'Вода', nameEn: 'Water' },
    update: {},
  });
  const base = { categoryCode: 'water', areaId: area, description: 'secret description', contactName: 'Secret Name', year: 2026 };
  const rows = [
    { seq: 9001, status: 'new', createdAt: new Date('2026-11-25T10:00:00Z'), dueAt: new Date('2026-12-15T00:00:00Z') },
    {
      seq: 9002,
      status: 'resolved',
      createdAt: new Date('2026-11-22T10:00:00Z'),
      resolvedAt: new Date('2026-11-24T10:00:00Z'),
      dueAt: new Date('2026-12-10T00:00:00Z'),
    },
    { seq: 9003, status: 'in_progress', createdAt: new Date('2026-10-01T10:00:00Z'), dueAt: new Date('2026-10-20T00:00:00Z') },
  ];
  for (const r of rows) {
    await db.complaint.upsert({
      where: { reference: `C-2026-${r.seq}` },
      create: { ...base, ...r, reference: `C-2026-${r.seq}` },
      update: {},
    });
  }
}
