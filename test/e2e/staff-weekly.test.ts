import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { STAFF_WEEK_KIND } from '../../src/app/staff-runtime.ts';
import { inboxData } from '../../src/core/admin/buttons.ts';
import { EMPTY_STATE } from '../../src/core/admin/inbox-state.ts';
import { newComplaint } from '../support/complaint-fixtures.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { privateText } from '../support/updates.ts';

const OWNER = 9901;
const WATER_ADMIN = 9902;
const DAY = 86_400_000;

describe.each(FRAMEWORKS)('the weekly staff summary under %s', (framework) => {
  let h: Harness;
  const summariesTo = (chat: number) =>
    h.fake.calls.filter(
      (c) => c.ok && c.method === 'sendMessage' && c.params.chat_id === chat && /Сводка за неделю|Апталық шолу/.test(String(c.params.text)),
    );

  beforeAll(async () => {
    h = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) } });
    await h.app.db.prisma.area.create({ data: { id: 'oiyl', kind: 'settlement', nameKk: 'Ойыл', nameRu: 'Уил', nameEn: 'Oiyl' } });
    await h.send(privateText(OWNER, '/start'));
    await h.send(privateText(WATER_ADMIN, '/start', { languageCode: 'kk' }));
    await h.send(privateText(OWNER, `/admins add ${WATER_ADMIN} water`));
    h.app.wiring.posts.worker.start();
  });
  afterAll(async () => {
    await h.app.wiring.posts.worker.stop();
    await h?.stop();
  });

  it('when the week is summed up, then each staff member gets their own scope once, in their language, even across restarts', async () => {
    const complaints = new PrismaComplaintRepository(h.app.db.prisma);
    const now = Date.now();
    const old = await complaints.create(
      newComplaint({ categoryCode: 'water', areaId: 'oiyl', createdAt: new Date(now - 20 * DAY), dueAt: new Date(now - 2 * DAY) }),
    );
    await complaints.create(newComplaint({ categoryCode: 'water', areaId: 'oiyl', createdAt: new Date(now - DAY) }));
    await complaints.create(newComplaint({ categoryCode: 'roads', areaId: null, createdAt: new Date(now - DAY) }));
    const fixed = await complaints.create(newComplaint({ categoryCode: 'water', areaId: 'oiyl', createdAt: new Date(now - 2 * DAY) }));
    await complaints.changeStatus({ complaintId: fixed.id, from: 'new', to: 'resolved', note: null, actorId: null, at: new Date() });

    expect(await h.app.wiring.staff.weekly(new Date(now))).toBe(2);
    await expect.poll(() => summariesTo(OWNER).length + summariesTo(WATER_ADMIN).length, { timeout: 10_000 }).toBe(2);
    const owner = String(summariesTo(OWNER)[0]!.params.text);
    expect(owner).toContain('Новых за неделю: 3 · открытых: 3 · просроченных: 1');
    expect(owner).toContain(`Самая давняя открытая: ${old.reference}`);
    expect(owner).toContain('Открытые по категориям: Вода 2, Дороги 1');
    expect(owner).toMatch(/Открытые по населённым пунктам: Уил 2, — 1/);
    const admin = String(summariesTo(WATER_ADMIN)[0]!.params.text);
    expect(admin).toContain('Осы аптада жаңа: 2 · ашық: 2 · мерзімі өткен: 1');
    expect(admin).toContain('санаттар бойынша: Су 2');
    expect(admin).not.toContain('Жолдар');
    expect(JSON.stringify(summariesTo(WATER_ADMIN)[0]!.params.reply_markup)).toContain(
      inboxData.encode({ op: 'v', state: { ...EMPTY_STATE, overdue: true } }),
    );

    // Once a week: the same week again, later that week, after a restart: nothing more.
    expect(await h.app.wiring.staff.weekly(new Date(now + 60_000))).toBe(0);
    await h.restart();
    h.app.wiring.posts.worker.start();
    expect(await h.app.wiring.staff.weekly(new Date(now + 2 * 60_000))).toBe(0);
    expect(await h.app.db.prisma.outboxMessage.count({ where: { kind: STAFF_WEEK_KIND } })).toBe(2);
    // The next week is summed up anew.
    expect(await h.app.wiring.staff.weekly(new Date(now + 7 * DAY))).toBe(2);
    // Nothing of it reaches a group.
    expect(h.fake.calls.filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) < 0)).toEqual([]);
  });
});
