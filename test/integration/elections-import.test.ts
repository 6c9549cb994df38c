import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaAreaRepository } from '../../src/adapters/db/repositories/prisma-area-repository.ts';
import { PrismaElectionImportStore } from '../../src/adapters/db/repositories/prisma-election-import-store.ts';
import { PrismaElectionRepository } from '../../src/adapters/db/repositories/prisma-election-repository.ts';
import { importElectionData } from '../../src/core/elections/import-election-data.ts';
import { exampleText } from '../fixtures/elections.ts';
import { type MigratedDatabase, migratedDatabase, TEST_PROVIDERS } from '../support/databases.ts';

describe.each(TEST_PROVIDERS)('election import on %s', (provider) => {
  let m: MigratedDatabase;
  const store = () => new PrismaElectionImportStore(m.db.prisma);
  const elections = () => new PrismaElectionRepository(m.db.prisma);
  const counts = async () => ({
    areas: await m.db.prisma.area.count(),
    people: await m.db.prisma.person.count(),
    elections: await m.db.prisma.election.count(),
    candidacies: await m.db.prisma.candidacy.count(),
  });

  beforeAll(async () => {
    m = await migratedDatabase(provider);
  });
  afterAll(async () => {
    await m?.cleanup();
  });

  it('when an invalid file is imported into an empty database, then nothing is written', async () => {
    const outcome = await importElectionData(store(), exampleText().replace('votes: 943', 'votes: -1'));
    expect(outcome.ok).toBe(false);
    expect(await counts()).toEqual({ areas: 0, people: 0, elections: 0, candidacies: 0 });
  });

  it('when the sample file is imported, then areas, people, elections and candidacies are stored', async () => {
    const outcome = await importElectionData(store(), exampleText());
    expect(outcome.ok).toBe(true);
    expect(await counts()).toEqual({ areas: 4, people: 7, elections: 3, candidacies: 8 });
    const oiyl = await elections().get('aqtobe/oiyl/2023-11-05');
    expect(oiyl?.results).toMatchObject({ status: 'official', againstAll: 141, version: 1 });
    expect(oiyl?.candidacies.find((c) => c.person.id === 'askar-kazybaev')).toMatchObject({
      votes: 3742,
      incumbent: true,
      nomination: { kind: 'party', party: 'Amanat' },
    });
    const rerun = await elections().findRerunOf('abai/aqtoghai/2023-09-17');
    expect(rerun?.results?.declaredWinnerId).toBe('nurkenzhe-gabidullin');
    const first = await elections().get('abai/aqtoghai/2023-09-17');
    expect(first?.candidacies.find((c) => c.person.id === 'dastan-aubakirov')?.nomination).toEqual({ kind: 'self' });
    expect(first?.candidacies.find((c) => c.person.id === 'zair-kesikbaev')?.nomination).toEqual({ kind: 'unknown' });
  });

  it('when the area tree is read, then aliases and children come back', async () => {
    const areas = new PrismaAreaRepository(m.db.prisma);
    expect((await areas.roots()).map((a) => a.id).sort()).toEqual(['abai', 'aqtobe']);
    expect((await areas.children('aqtobe')).map((a) => a.id)).toEqual(['aqtobe/oiyl']);
    expect((await areas.get('aqtobe/oiyl'))?.aliases).toContain('Ойыл');
  });

  it('when the same file is imported again, then no row changes', async () => {
    const before = await m.db.prisma.election.findMany({ orderBy: { id: 'asc' } });
    const outcome = await importElectionData(store(), exampleText());
    expect(outcome.ok && outcome.summary).toMatchObject({
      areas: { created: 0, updated: 0 },
      people: { created: 0, updated: 0 },
      elections: { created: 0, updated: 0 },
      candidacies: { created: 0, updated: 0, removed: 0 },
      resultsChanged: [],
    });
    expect(await m.db.prisma.election.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('when an edited file is imported, then rows are updated in place and the results version bumps', async () => {
    const edited = exampleText()
      .replace('votes: 943', 'votes: 950')
      .replace(
        'names: { en: Aibek Sultanov, ru: Айбек Султанов }',
        'names: { en: Aibek Sultanov, ru: Айбек Султанов, kk: Айбек Сұлтанов }',
      );
    const outcome = await importElectionData(store(), edited);
    expect(outcome.ok && outcome.summary).toMatchObject({
      people: { updated: 1 },
      candidacies: { updated: 1 },
      resultsChanged: ['aqtobe/oiyl/2023-11-05'],
    });
    expect(await counts()).toEqual({ areas: 4, people: 7, elections: 3, candidacies: 8 });
    const oiyl = await elections().get('aqtobe/oiyl/2023-11-05');
    expect(oiyl?.results?.version).toBe(2);
    expect(oiyl?.candidacies.find((c) => c.person.id === 'arslanbek-aldiyar')?.votes).toBe(950);
  });

  it('when a valid-looking file fails while writing, then the transaction leaves earlier rows untouched', async () => {
    const failing = new PrismaElectionImportStore(m.db.prisma);
    const realTx = failing.transaction.bind(failing);
    failing.transaction = (fn) =>
      realTx(async (tx) => {
        await fn(tx);
        throw new Error('disk full');
      });
    await expect(
      importElectionData(failing, exampleText().replace('votes: 950', 'votes: 1').replace('votes: 943', 'votes: 1')),
    ).rejects.toThrow('disk full');
    const oiyl = await elections().get('aqtobe/oiyl/2023-11-05');
    expect(oiyl?.candidacies.find((c) => c.person.id === 'arslanbek-aldiyar')?.votes).toBe(950);
  });

  it('when elections are listed for areas, then newest come first', async () => {
    expect((await elections().listByAreas(['abai/aqtoghai'])).map((e) => e.id)).toEqual([
      'abai/aqtoghai/2023-10-12',
      'abai/aqtoghai/2023-09-17',
    ]);
  });
});
