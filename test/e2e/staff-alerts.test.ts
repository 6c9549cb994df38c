import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboxData } from '../../src/core/admin/buttons.ts';
import { EMPTY_STATE } from '../../src/core/admin/inbox-state.ts';
import { fileThroughForm } from '../support/file-complaint.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { privateText } from '../support/updates.ts';

const OWNER = 9601;
const AREA_ADMIN = 9602;
const ROADS_ADMIN = 9603;
const RESIDENTS = [9611, 9612, 9613, 9614];
const MINUTE = 60_000;

describe.each(FRAMEWORKS)('staff are told about new complaints under %s', (framework) => {
  let h: Harness;
  /** Staff notices are the messages with the "open /inbox" button. */
  const inboxButton = inboxData.encode({ op: 'v', state: EMPTY_STATE });
  const notices = () =>
    h.fake.calls.filter((c) => c.ok && c.method === 'sendMessage' && JSON.stringify(c.params.reply_markup ?? '').includes(inboxButton));
  const noticesTo = (chat: number) => notices().filter((c) => c.params.chat_id === chat);

  beforeAll(async () => {
    h = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) } });
    const prisma = h.app.db.prisma;
    await prisma.area.create({ data: { id: 'aqtobe', kind: 'province', nameKk: 'Ақтөбе', nameRu: 'Актобе', nameEn: 'Aqtobe' } });
    await prisma.area.create({
      data: { id: 'aqtobe/oiyl', parentId: 'aqtobe', kind: 'settlement', nameKk: 'Ойыл', nameRu: 'Ойыл', nameEn: 'Oiyl' },
    });
    h.app.wiring.posts.worker.start();
  });
  afterAll(async () => {
    await h.app.wiring.posts.worker.stop();
    await h?.stop();
  });

  it('when complaints arrive, then each responsible admin gets one private message with counts by category, at most once per 5 minutes', async () => {
    for (const id of [AREA_ADMIN, ROADS_ADMIN]) await h.send(privateText(id, '/start'));
    expect(h.texts(await h.send(privateText(OWNER, `/admins add ${AREA_ADMIN} aqtobe`))).join()).toMatch(/aqtobe/);
    expect(h.texts(await h.send(privateText(OWNER, `/admins add ${ROADS_ADMIN} roads`))).join()).toMatch(/roads/);
    await fileThroughForm(h, RESIDENTS[0]!, 'water', 'Ойыл', 'Третий день нет воды на улице Абая');
    await fileThroughForm(h, RESIDENTS[1]!, 'water', 'Ойыл', 'Из крана течёт ржавая вода');
    await fileThroughForm(h, RESIDENTS[2]!, 'roads', 'Ойыл', 'Яма на дороге возле школы');
    const t0 = new Date();
    const rt = h.app.wiring.staff;
    expect(await rt.flush(t0)).toBe(2);
    await expect.poll(() => noticesTo(AREA_ADMIN).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => noticesTo(ROADS_ADMIN).length, { timeout: 10_000 }).toBe(1);
    const [first] = noticesTo(AREA_ADMIN);
    expect(String(first!.params.text)).toBe('3 новые жалобы: Вода 2, Дороги 1');
    expect(String(noticesTo(ROADS_ADMIN)[0]!.params.text)).toBe('1 новая жалоба: Дороги 1');
    // Someone is responsible for each of them: the owner is not told.
    expect(noticesTo(OWNER)).toEqual([]);

    await fileThroughForm(h, RESIDENTS[3]!, 'water', 'Ойыл', 'Нет воды в доме 5');
    expect(await rt.flush(new Date(t0.getTime() + MINUTE))).toBe(0);
    expect(await rt.flush(new Date(t0.getTime() + 5 * MINUTE))).toBe(1);
    await expect.poll(() => noticesTo(AREA_ADMIN).length, { timeout: 10_000 }).toBe(2);
    expect(String(noticesTo(AREA_ADMIN)[1]!.params.text)).toBe('1 новая жалоба: Вода 1');
    expect(noticesTo(ROADS_ADMIN)).toHaveLength(1);
    // Staff notices are private: no group and no resident gets one.
    expect(notices().filter((c) => ![AREA_ADMIN, ROADS_ADMIN].includes(Number(c.params.chat_id)))).toEqual([]);
  });

  it('when a new complaint has nobody responsible for it, then the owner is told', async () => {
    await fileThroughForm(h, 9621, 'gas', null, 'Пахнет газом в подъезде');
    expect(await h.app.wiring.staff.flush(new Date(Date.now() + 20 * MINUTE))).toBe(1);
    await expect.poll(() => noticesTo(OWNER).length, { timeout: 10_000 }).toBe(1);
    expect(String(noticesTo(OWNER)[0]!.params.text)).toBe('1 новая жалоба: Газ 1');
  });
});
