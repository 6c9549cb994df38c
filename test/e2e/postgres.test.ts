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

  it('when Telegram delivers an update twice, then it is answered once; when its handling failed, its redelivery does the work', async () => {
    // On PostgreSQL the claim and the update's read are one statement: both halves of the guarantee hold.
    const help = privateText(9502, '/help', { updateId: 950_201 });
    expect(h.texts(await h.send(help))).toHaveLength(1);
    const mark = h.fake.mark();
    h.fake.pushUpdate(help);
    await h.send(privateText(9503, '/help', { updateId: 950_202 })); // handled after the repeat was taken
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.calls.filter((c) => c.index >= mark && c.method === 'sendMessage' && Number(c.params.chat_id) === 9502)).toEqual([]);

    const sql = (statement: string) => h.app.db.prisma.$executeRawUnsafe(statement);
    await sql(
      `CREATE OR REPLACE FUNCTION fail_forms() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk I/O error'; END $$ LANGUAGE plpgsql`,
    );
    await sql(`CREATE TRIGGER no_forms BEFORE INSERT ON "ConversationState" FOR EACH ROW EXECUTE FUNCTION fail_forms()`);
    const complain = privateText(9504, '/complain', { updateId: 950_203 });
    const failed = h.texts(await h.send(complain));
    await sql('DROP TRIGGER no_forms ON "ConversationState"');
    expect(failed.at(-1)).toMatch(/что-то пошло не так/i);
    expect(await h.app.db.prisma.processedUpdate.count({ where: { updateId: 950_203n } })).toBe(0);
    const again = h.fake.mark();
    h.fake.pushUpdate(complain);
    await h.fake.waitFor('sendMessage', (p, c) => c.ok && Number(p.chat_id) === 9504, { after: again, timeoutMs: 5000 });
    expect(await h.app.db.prisma.conversationState.count({ where: { userId: 9504n } })).toBe(1);
  });
});
