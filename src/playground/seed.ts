/**
 * Sample data for the playground: the 2023 election sample (the same file `npm run import` takes)
 * and a few complaints, one of them the resident's own. Loaded through the project's own code.
 */
import { readFileSync } from 'node:fs';
import type { PrismaDb } from '../adapters/db/client.ts';
import { PrismaComplaintCategoryRepository } from '../adapters/db/repositories/prisma-complaint-category-repository.ts';
import { PrismaComplaintRepository } from '../adapters/db/repositories/prisma-complaint-repository.ts';
import { PrismaElectionImportStore } from '../adapters/db/repositories/prisma-election-import-store.ts';
import { PrismaUserRepository } from '../adapters/db/repositories/prisma-user-repository.ts';
import { dueDate } from '../core/complaints/due-date.ts';
import { toWallTime } from '../core/time/wall-time.ts';
import { importElectionData } from '../core/elections/import-election-data.ts';
import { userId } from '../core/ids.ts';
import { IDENTITIES, OTHER_MEMBERS } from './world.ts';

export const SAMPLE_ELECTIONS = 'data/examples/kazakhstan-2023.yaml';

const DAY = 24 * 60 * 60 * 1000;

const SAMPLE_COMPLAINTS = [
  {
    author: IDENTITIES.resident,
    category: 'water',
    area: 'aqtobe/oiyl',
    daysAgo: 6,
    text: 'Көшеде үш күннен бері су жоқ (Абай көшесі, 12 үй).',
    consent: true,
  },
  {
    author: OTHER_MEMBERS[0],
    category: 'roads',
    area: 'aqtobe/oiyl',
    daysAgo: 4,
    text: 'Большая яма на въезде в село со стороны трассы, машины объезжают по встречке.',
    consent: false,
  },
  {
    author: OTHER_MEMBERS[1],
    category: 'waste',
    area: 'abai/aqtoghai',
    daysAgo: 2,
    text: 'Garbage has not been collected near the school for two weeks.',
    consent: true,
  },
] as const;

export async function loadSampleElections(prisma: PrismaDb, file = SAMPLE_ELECTIONS): Promise<void> {
  const outcome = await importElectionData(new PrismaElectionImportStore(prisma), readFileSync(file, 'utf8'));
  if (!outcome.ok) throw new Error(`${file}: ${outcome.errors.join('; ')}`);
}

/** Files the sample complaints once (a named database that already has complaints is left alone). */
export async function loadSampleComplaints(prisma: PrismaDb, now = new Date()): Promise<number> {
  if ((await prisma.complaint.count()) > 0) return 0;
  const complaints = new PrismaComplaintRepository(prisma);
  const categories = new PrismaComplaintCategoryRepository(prisma);
  const users = new PrismaUserRepository(prisma);
  for (const c of SAMPLE_COMPLAINTS) {
    const category = await categories.find(c.category);
    if (!category) throw new Error(`category ${c.category} is not seeded`);
    const createdAt = new Date(now.getTime() - c.daysAgo * DAY);
    const author = userId(c.author.id);
    await users.touch({ id: author, languageCode: null });
    await complaints.create({
      year: toWallTime(createdAt, 'Asia/Almaty').year,
      categoryCode: category.code,
      areaId: c.area,
      description: c.text,
      photos: [],
      latitude: null,
      longitude: null,
      source: 'private',
      sourceChatId: null,
      authorId: author,
      consent: c.consent,
      contactName: c.consent ? c.author.firstName : null,
      contactHandle: c.consent && 'username' in c.author ? `@${c.author.username}` : null,
      createdAt,
      dueAt: dueDate(createdAt, category.responseDays),
    });
  }
  return SAMPLE_COMPLAINTS.length;
}
