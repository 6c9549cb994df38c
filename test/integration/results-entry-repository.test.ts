import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaResultsEntryRepository } from '../../src/adapters/db/repositories/prisma-results-entry-repository.ts';
import { migratedDatabase, TEST_PROVIDERS, type MigratedDatabase } from '../support/databases.ts';

describe.each(TEST_PROVIDERS)('election-night results entry on %s', (provider) => {
  let m: MigratedDatabase;
  beforeAll(async () => {
    m = await migratedDatabase(provider);
    const p = m.db.prisma;
    await p.area.create({
      data: { id: 'aqtobe/oiyl', kind: 'district', nameKk: 'Ойыл ауданы', nameRu: 'Уилский район', nameEn: 'Oiyl District' },
    });
    await p.election.create({ data: { id: 'oiyl-2023', areaId: 'aqtobe/oiyl', pollDate: new Date('2023-11-05T00:00:00Z') } });
    for (const [id, en, ru] of [
      ['sultanov', 'Aibek Sultanov', 'Айбек Султанов'],
      ['kazybaev', 'Askar Kazybaev', 'Аскар Казыбаев'],
      ['aldiyar', 'Arslanbek Aldiyar', 'Арсланбек Алдияр'],
    ]) {
      await p.person.create({ data: { id: id!, nameEn: en!, nameRu: ru! } });
      await p.candidacy.create({ data: { id: `oiyl-2023/${id}`, electionId: 'oiyl-2023', personId: id! } });
    }
  });
  afterAll(async () => m?.cleanup());

  it('when no ballot order was published, then the form lists candidates by surname with the place named in every language', async () => {
    const e = (await new PrismaResultsEntryRepository(m.db.prisma).get('oiyl-2023'))!;
    expect(e.candidates.map((c) => c.name)).toEqual(['Арсланбек Алдияр', 'Аскар Казыбаев', 'Айбек Султанов']);
    expect(e.place).toEqual({ kk: 'Ойыл ауданы', ru: 'Уилский район', en: 'Oiyl District' });
  });
});
