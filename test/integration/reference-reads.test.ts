import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaAreaRepository } from '../../src/adapters/db/repositories/prisma-area-repository.ts';
import { PrismaComplaintCategoryRepository } from '../../src/adapters/db/repositories/prisma-complaint-category-repository.ts';
import { PrismaElectionImportStore } from '../../src/adapters/db/repositories/prisma-election-import-store.ts';
import { PrismaElectionRepository } from '../../src/adapters/db/repositories/prisma-election-repository.ts';
import { PrismaResultsEntryRepository } from '../../src/adapters/db/repositories/prisma-results-entry-repository.ts';
import { SEED_CATEGORIES } from '../../src/core/complaints/categories.ts';
import { importElectionData } from '../../src/core/elections/import-election-data.ts';
import { exampleText } from '../fixtures/elections.ts';
import { type MigratedDatabase, migratedDatabase, TEST_PROVIDERS } from '../support/databases.ts';

/**
 * Reference data (areas, people, elections, categories) is read once and kept for a second; every
 * write made in this process must still be seen by the very next read, whichever way it was made.
 */
describe.each(TEST_PROVIDERS)('kept reference reads on %s', (provider) => {
  let m: MigratedDatabase;
  const areas = () => new PrismaAreaRepository(m.db.prisma);
  const elections = () => new PrismaElectionRepository(m.db.prisma);
  const OIYL = 'aqtobe/oiyl';

  beforeAll(async () => {
    m = await migratedDatabase(provider);
  });
  afterAll(async () => m?.cleanup());

  it('when a file is imported after the tree was read, then the next read has the new areas and elections', async () => {
    expect(await areas().listAll()).toEqual([]);
    expect(await areas().roots()).toEqual([]);
    expect(await areas().children('aqtobe')).toEqual([]);
    expect(await elections().listByAreas([OIYL])).toEqual([]);
    expect((await importElectionData(new PrismaElectionImportStore(m.db.prisma), exampleText())).ok).toBe(true);
    expect((await areas().listAll()).map((a) => a.id)).toContain(OIYL);
    expect((await areas().get(OIYL))?.aliases).toContain('Ойыл');
    expect((await areas().roots()).map((a) => a.id)).toContain('aqtobe');
    expect((await areas().children('aqtobe')).map((a) => a.id)).toContain(OIYL);
    expect((await elections().listByAreas([OIYL])).map((e) => e.id)).toContain('aqtobe/oiyl/2023-11-05');
  });

  it('when results are entered after the election was read, then the next "who won?" read has the new votes', async () => {
    const before = (await elections().listByAreas([OIYL])).find((e) => e.id === 'aqtobe/oiyl/2023-11-05')!;
    const c = before.candidacies.find((x) => x.person.id === 'askar-kazybaev')!;
    await new PrismaResultsEntryRepository(m.db.prisma).setVotes(before.id, c.id, 4000, new Date());
    const after = (await elections().listByAreas([OIYL])).find((e) => e.id === before.id)!;
    expect(after.candidacies.find((x) => x.id === c.id)?.votes).toBe(4000);
    expect(after.results?.version).toBe((before.results?.version ?? 0) + 1);
  });

  it('when rows are written straight through the client, then the next read sees them', async () => {
    await areas().listAll();
    const before = await areas().children(OIYL);
    await m.db.prisma.area.create({
      data: { id: 'aqtobe/oiyl/saralzhyn', parentId: OIYL, kind: 'settlement', nameKk: 'Сарыжар', nameRu: 'Сарыжар', nameEn: 'Saryzhar' },
    });
    expect(await areas().get('aqtobe/oiyl/saralzhyn')).not.toBeNull();
    expect(before.map((a) => a.id)).not.toContain('aqtobe/oiyl/saralzhyn');
    expect((await areas().children(OIYL)).map((a) => a.id)).toContain('aqtobe/oiyl/saralzhyn');
    const people = await elections().listPeople();
    await m.db.prisma.person.update({ where: { id: 'askar-kazybaev' }, data: { nameRu: 'Аскар Казыбаев (и.о.)' } });
    expect((await elections().listPeople()).find((p) => p.id === 'askar-kazybaev')?.names.ru).toBe('Аскар Казыбаев (и.о.)');
    expect(people.find((p) => p.id === 'askar-kazybaev')?.names.ru).not.toBe('Аскар Казыбаев (и.о.)');
  });

  it('when categories are seeded after they were read, then the next read lists them; a kept list cannot be changed by a caller', async () => {
    const categories = new PrismaComplaintCategoryRepository(m.db.prisma);
    expect(await categories.listActive()).toEqual([]);
    await categories.seed(SEED_CATEGORIES);
    const listed = await categories.listActive();
    expect(listed.map((c) => c.code).sort()).toEqual(SEED_CATEGORIES.map((c) => c.code).sort());
    expect(() => (listed as unknown[]).pop()).toThrow(TypeError);
  });
});
