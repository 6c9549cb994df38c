import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintCategoryRepository } from '../../src/adapters/db/repositories/prisma-complaint-category-repository.ts';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { PrismaUserRepository } from '../../src/adapters/db/repositories/prisma-user-repository.ts';
import { runComplaintsCli } from '../../src/cli/complaints.ts';
import { fileComplaint } from '../../src/core/complaints/file-complaint.ts';
import { DEFAULT_LIMITS } from '../../src/core/complaints/limits.ts';
import { seedCategories } from '../../src/core/complaints/seed-categories.ts';
import { userId } from '../../src/core/ids.ts';
import { TEST_PROVIDERS, migratedDatabase, type MigratedDatabase } from '../support/databases.ts';

const AUTHOR = userId(7001);
const FAN = userId(7002);

describe.each(TEST_PROVIDERS)('filing and the status CLI on %s', (provider) => {
  let m: MigratedDatabase;
  let deps: Parameters<typeof fileComplaint>[0];
  let repo: PrismaComplaintRepository;

  beforeAll(async () => {
    m = await migratedDatabase(provider);
    const categories = new PrismaComplaintCategoryRepository(m.db.prisma);
    await seedCategories(categories);
    repo = new PrismaComplaintRepository(m.db.prisma);
    deps = { categories, complaints: repo, users: new PrismaUserRepository(m.db.prisma), limits: DEFAULT_LIMITS };
  });
  afterAll(async () => m?.cleanup());

  const form = {
    categoryCode: 'water',
    settlementId: 'aqtobe/oiyl',
    description: 'Третий день нет воды',
    photos: [],
    consent: false,
    source: 'private' as const,
  };

  it('when two residents file at the same moment, then their references differ', async () => {
    const now = new Date('2026-05-04T06:00:00Z');
    const [a, b, c] = await Promise.all([
      fileComplaint(deps, { form, author: userId(7100), now }),
      fileComplaint(deps, { form, author: userId(7101), now }),
      fileComplaint(deps, { form, author: userId(7102), now }),
    ]);
    expect(new Set([a.reference, b.reference, c.reference]).size).toBe(3);
    // 15 working days: 7 May, 11 May (Victory Day's Saturday moved) and Kurban ait on 27 May do not count.
    expect(a.dueAt.toISOString()).toBe('2026-05-28T18:59:59.999Z');
  });

  it('when staff set a status from the CLI, then it changes and author and supporters are queued in their language', async () => {
    await m.db.prisma.user.createMany({
      data: [
        { id: AUTHOR, locale: 'kk' },
        { id: FAN, languageCode: 'en' },
      ],
    });
    const c = await fileComplaint(deps, { form, author: AUTHOR, now: new Date() });
    await repo.addSupporter(c.id, FAN, new Date());
    const out: string[] = [];
    const err: string[] = [];
    const env = { DATABASE_URL: m.url };
    const code = await runComplaintsCli(
      ['set-status', c.reference, 'in_progress', '--note', 'Бригада выехала'],
      env,
      (l) => out.push(l),
      (l) => err.push(l),
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('new -> in_progress');
    const rows = await m.db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.chatId, r.status])).toEqual([
      [FAN, 'pending'],
      [AUTHOR, 'pending'],
    ]);
    expect(rows[0]!.text).toContain('new status — in progress');
    expect(rows[0]!.text).toContain('Бригада выехала');
    expect(rows[1]!.text).toContain('шешілуде');
    expect((await repo.findById(c.id))?.status).toBe('in_progress');
  });

  it('when the move is not allowed or the input is wrong, then the CLI refuses with a clear line', async () => {
    const c = await fileComplaint(deps, { form, author: userId(7200), now: new Date() });
    const err: string[] = [];
    const env = { DATABASE_URL: m.url };
    await runComplaintsCli(
      ['set-status', c.reference, 'rejected'],
      env,
      () => {},
      (l) => err.push(l),
    );
    expect(
      await runComplaintsCli(
        ['set-status', c.reference, 'in_progress'],
        env,
        () => {},
        (l) => err.push(l),
      ),
    ).toBe(1);
    expect(err.at(-1)).toContain('cannot move from "rejected" to "in progress"');
    expect(
      await runComplaintsCli(
        ['set-status', c.reference, 'done'],
        env,
        () => {},
        (l) => err.push(l),
      ),
    ).toBe(2);
    expect(
      await runComplaintsCli(
        ['set-status', 'C-2026-999999', 'resolved'],
        env,
        () => {},
        (l) => err.push(l),
      ),
    ).toBe(1);
    expect(err.at(-1)).toContain('not found');
  });
});
