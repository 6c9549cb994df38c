import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_STATE } from '../../src/core/admin/inbox-state.ts';
import { exportData, openData } from '../../src/core/admin/buttons.ts';
import { myComplaintsData } from '../../src/core/complaints/buttons.ts';
import { formData } from '../../src/core/complaints/form/buttons.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, privateText } from '../support/updates.ts';

const OWNER = 9501;
const AUTHOR = 9502;
const ADDRESS = 'ул. Абая 5, у школы, тел. 8 701 123 45 67';
const MASKED = 'ул. Абая 5, у школы, тел. •••';

describe.each(FRAMEWORKS)('the address a resident types under %s', (framework) => {
  let h: Harness;
  let reference = '';
  beforeAll(async () => {
    h = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) } });
    await h.app.db.prisma.area.create({
      data: { id: 'aqtobe/oiyl', kind: 'settlement', nameKk: 'Ойыл', nameRu: 'Уил', nameEn: 'Oiyl' },
    });
  });
  afterAll(async () => h?.stop());

  it('when the resident types an address at the place step, then it is filed with the complaint and shown back to them', async () => {
    const ru = { languageCode: 'ru' };
    await h.send(privateText(AUTHOR, '/complain', ru));
    await h.send(callback(AUTHOR, formData.encode({ action: 'cat', arg: 'roads' }), ru));
    await h.send(privateText(AUTHOR, 'Ойыл', ru));
    await h.send(privateText(AUTHOR, 'Глубокая яма на дороге, машины объезжают по тротуару', ru));
    await h.send(callback(AUTHOR, formData.encode({ action: 'next', arg: '' }), ru));
    const noted = h.texts(await h.send(privateText(AUTHOR, ADDRESS, ru))).join('\n');
    expect(noted).toContain(`Адрес записан: ${ADDRESS}`);
    await h.send(privateText(AUTHOR, '⏭ Пропустить', ru));
    const confirm = h.texts(await h.send(callback(AUTHOR, formData.encode({ action: 'consent', arg: 'n' }), ru))).join('\n');
    expect(confirm).toContain(`Адрес или ориентир: ${ADDRESS}`);
    const filed = h.texts(await h.send(callback(AUTHOR, formData.encode({ action: 'send', arg: '' }), ru))).join('\n');
    reference = /C-\d{4}-\d{6}/.exec(filed)![0];
    const row = await h.app.db.prisma.complaint.findUnique({ where: { reference } });
    expect(row).toMatchObject({ address: ADDRESS, latitude: null, consent: false });
    const own = h.texts(await h.send(callback(AUTHOR, myComplaintsData.encode({ op: 'd', id: row!.id }), ru))).join('\n');
    expect(own).toContain(ADDRESS);
  });

  it('when staff open it and export it, then the review shows the address and CSV has it in its column, masked without consent', async () => {
    const row = (await h.app.db.prisma.complaint.findUnique({ where: { reference } }))!;
    const review = h.texts(await h.send(callback(OWNER, openData.encode({ id: row.id, state: EMPTY_STATE }), { languageCode: 'en' })));
    expect(review.join('\n')).toContain(`Address or landmark (typed by the resident): ${ADDRESS}`);
    await h.send(privateText(OWNER, '/export'));
    const calls = await h.send(callback(OWNER, exportData.encode({ op: 'go', state: EMPTY_STATE })));
    const csv = calls.find(
      (x) => x.method === 'sendDocument' && String((x.params.document as { filename: string }).filename).endsWith('.csv'),
    );
    const rows = parse((csv!.params.document as { data: Buffer }).data, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.reference === reference)?.address).toBe(MASKED);
  });
});
