import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { forwardData, inboxData, openData } from '../../src/core/admin/buttons.ts';
import { EMPTY_STATE } from '../../src/core/admin/inbox-state.ts';
import { userId } from '../../src/core/ids.ts';
import { newComplaint } from '../support/complaint-fixtures.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, privateText } from '../support/updates.ts';

const OWNER = 9701;
const WATER_ADMIN = 9702;
const ROADS_ADMIN = 9703;
const AUTHOR = 9711;
const SUPPORTER = 9712;
const NOTE = 'Это яма после ремонта трубы, засыпают дорожники';

describe.each(FRAMEWORKS)('"not ours": staff pass a complaint on under %s', (framework) => {
  let h: Harness;
  let complaints: PrismaComplaintRepository;
  const sentTo = (chat: number) => h.fake.calls.filter((c) => c.ok && c.method === 'sendMessage' && c.params.chat_id === chat);
  const inboxButton = inboxData.encode({ op: 'v', state: EMPTY_STATE });

  beforeAll(async () => {
    h = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) } });
    complaints = new PrismaComplaintRepository(h.app.db.prisma);
    h.app.wiring.posts.worker.start();
  });
  afterAll(async () => {
    await h.app.wiring.posts.worker.stop();
    await h?.stop();
  });

  it('when the water staff forward a complaint to roads with a note, then the roads staff are told, the resident is told in plain words and never sees the note', async () => {
    await h.send(privateText(OWNER, `/admins add ${WATER_ADMIN} water`));
    await h.send(privateText(OWNER, `/admins add ${ROADS_ADMIN} roads`));
    for (const id of [WATER_ADMIN, ROADS_ADMIN, AUTHOR]) await h.send(privateText(id, '/start'));
    await h.send(privateText(SUPPORTER, '/start', { languageCode: 'kk' }));
    const c = await complaints.create(newComplaint({ source: 'private', authorId: userId(AUTHOR) }));
    await complaints.addSupporter(c.id, userId(SUPPORTER), new Date());

    const review = await h.send(callback(WATER_ADMIN, openData.encode({ id: c.id, state: EMPTY_STATE })));
    expect(JSON.stringify(review.map((x) => x.params.reply_markup))).toContain(forwardData.encode({ op: 'p', id: c.id }));
    const choices = await h.send(callback(WATER_ADMIN, forwardData.encode({ op: 'p', id: c.id })));
    expect(h.texts(choices).join()).toMatch(/кто ею занимается/);
    const roads = forwardData.encode({ op: 'c', id: c.id, code: 'roads' });
    expect(JSON.stringify(choices.map((x) => x.params.reply_markup))).toContain(roads);
    expect(h.texts(await h.send(callback(WATER_ADMIN, roads))).join()).toMatch(/→ Дороги/);
    const done = await h.send(privateText(WATER_ADMIN, NOTE));
    expect(h.texts(done).join()).toMatch(/передана сотрудникам категории «Дороги».*уведомлено жителей: 2/);

    expect((await complaints.findById(c.id))?.categoryCode).toBe('roads');
    expect((await complaints.staffHistory(c.id)).at(-1)).toMatchObject({ kind: 'internal', note: `water → roads: ${NOTE}` });
    const told = {
      [AUTHOR]: `Вашу жалобу ${c.reference} передали сотрудникам, которые занимаются темой «Дороги». Ответ придёт сюда.`,
      [SUPPORTER]: `Сіздің ${c.reference} шағымыңыз «Жолдар» мәселесімен айналысатын қызметкерлерге берілді. Жауап осында келеді.`,
    };
    for (const [resident, text] of Object.entries(told)) {
      const got = sentTo(Number(resident)).map((x) => String(x.params.text));
      expect(got).toContain(text);
      expect(got.join('\n')).not.toContain('дорожники');
    }
    expect((await complaints.history(c.id)).map((u) => u.note)).not.toContain(`water → roads: ${NOTE}`);

    expect(await h.app.wiring.staff.flush(new Date())).toBe(1);
    const notice = () => sentTo(ROADS_ADMIN).filter((x) => JSON.stringify(x.params.reply_markup ?? '').includes(inboxButton));
    await expect.poll(() => notice().length, { timeout: 10_000 }).toBe(1);
    expect(String(notice()[0]!.params.text)).toBe('1 жалоба передана вам: Дороги 1');
    expect(sentTo(WATER_ADMIN).filter((x) => JSON.stringify(x.params.reply_markup ?? '').includes(inboxButton))).toEqual([]);
    // The roads staff see it now; the water staff do not any more.
    expect(h.texts(await h.send(callback(ROADS_ADMIN, openData.encode({ id: c.id, state: EMPTY_STATE })))).join()).toContain(c.reference);
    expect(h.texts(await h.send(callback(WATER_ADMIN, openData.encode({ id: c.id, state: EMPTY_STATE })))).join()).not.toContain(
      c.reference,
    );
    const inboxOf = async (admin: number) => JSON.stringify((await h.send(privateText(admin, '/inbox'))).map((x) => x.params.reply_markup));
    expect(await inboxOf(ROADS_ADMIN)).toContain(c.reference);
    expect(await inboxOf(WATER_ADMIN)).not.toContain(c.reference);
    // A category-limited admin's category filter offers only their categories.
    const offered = await h.send(callback(WATER_ADMIN, inboxData.encode({ op: 'fc', state: EMPTY_STATE })));
    const labels = offered.flatMap((x) =>
      ((x.params.reply_markup as { inline_keyboard?: Array<Array<{ text: string }>> })?.inline_keyboard ?? []).flat().map((b) => b.text),
    );
    expect(labels).toContain('Вода');
    expect(labels).not.toContain('Дороги');
  });

  it('when a closed complaint is forwarded by an old button, then it is refused and nothing changes', async () => {
    const c = await complaints.create(newComplaint({ description: 'Старая жалоба' }));
    await complaints.changeStatus({ complaintId: c.id, from: 'new', to: 'rejected', note: null, actorId: null, at: new Date() });
    const calls = await h.send(callback(OWNER, forwardData.encode({ op: 'c', id: c.id, code: 'roads' })));
    expect(JSON.stringify(calls.map((x) => x.params.text))).toMatch(/уже закрыта/);
    expect((await complaints.findById(c.id))?.categoryCode).toBe('water');
  });
});
