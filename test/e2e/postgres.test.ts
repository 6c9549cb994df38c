import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaElectionImportStore } from '../../src/adapters/db/repositories/prisma-election-import-store.ts';
import { importElectionData } from '../../src/core/elections/import-election-data.ts';
import { freshPostgresUrl, TEST_PROVIDERS, type FreshPostgres } from '../support/databases.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, privateText } from '../support/updates.ts';
import { formData } from '../../src/core/complaints/form/buttons.ts';

/** The same bot at scale: every layer on PostgreSQL instead of the embedded SQLite. */
describe.runIf(TEST_PROVIDERS.includes('postgresql')).each(FRAMEWORKS)('the bot on PostgreSQL under %s', (framework) => {
  let h: Harness;
  let pg: FreshPostgres;
  beforeAll(async () => {
    pg = await freshPostgresUrl({ create: false });
    h = await startHarness({ framework, databaseUrl: pg.url });
    const sample = readFileSync('data/examples/kazakhstan-2023.yaml', 'utf8');
    expect((await importElectionData(new PrismaElectionImportStore(h.app.db.prisma), sample)).ok).toBe(true);
  });
  afterAll(async () => {
    await h?.stop();
    await pg?.drop();
  });

  it('when a resident asks for results and files a complaint across a restart, then everything lands in PostgreSQL', async () => {
    expect(h.texts(await h.send(privateText(9501, 'rezultaty Oyil')))[0]).toMatch(/Казыбаев: 3\s?742/);
    await h.send(privateText(9501, '/complain'));
    await h.send(callback(9501, formData.encode({ action: 'cat', arg: 'water' })));
    await h.restart();
    expect(h.texts(await h.send(privateText(9501, 'Третий день нет воды на улице Абая')))[0]).toMatch(/фото/i);
    await h.send(callback(9501, formData.encode({ action: 'next', arg: '' })));
    await h.send(callback(9501, formData.encode({ action: 'skip', arg: '' })));
    await h.send(callback(9501, formData.encode({ action: 'consent', arg: 'n' })));
    const filed = h.texts(await h.send(callback(9501, formData.encode({ action: 'send', arg: '' })))).join('\n');
    expect(filed).toMatch(/C-\d{4}-000001/);
    const row = await h.app.db.prisma.complaint.findFirst({ where: { authorId: 9501n } });
    expect(row).toMatchObject({ categoryCode: 'water', areaId: 'aqtobe/oiyl', consent: false, contactName: null });
    expect(h.app.db.provider).toBe('postgresql');
  });
});
