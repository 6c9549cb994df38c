import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { statusData, templateData } from '../../src/core/admin/buttons.ts';
import { userId } from '../../src/core/ids.ts';
import type { ApiCall } from '../../src/emulator/bot-api.ts';
import { newComplaint } from '../support/complaint-fixtures.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, privateText } from '../support/updates.ts';

const OWNER = 9801;
const ADMIN = 9802;
const AUTHOR = 9811;
const KK_AUTHOR = 9812;
const buttonsOf = (calls: ApiCall[]) =>
  calls.flatMap((c) =>
    ((c.params.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> })?.inline_keyboard ?? []).flat(),
  );

describe.each(FRAMEWORKS)('ready answers when changing a status under %s', (framework) => {
  let h: Harness;
  let complaints: PrismaComplaintRepository;
  const template = (where: { categoryCode: string; status: string; locale: string }) =>
    h.app.db.prisma.responseTemplate.findFirstOrThrow({ where, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    h = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) } });
    complaints = new PrismaComplaintRepository(h.app.db.prisma);
    await h.send(privateText(AUTHOR, '/start'));
    await h.send(privateText(KK_AUTHOR, '/start', { languageCode: 'kk' }));
  });
  afterAll(async () => h?.stop());

  it('when staff choose a ready answer by its button, then the status changes and the author gets that text as the note', async () => {
    const c = await complaints.create(newComplaint({ categoryCode: 'roads', source: 'private', authorId: userId(AUTHOR) }));
    const asked = await h.send(callback(OWNER, statusData.encode({ id: c.id, to: 'in_progress' })));
    expect(h.texts(asked).join()).toMatch(/готовый ответ \(на русском/);
    const roads = await template({ categoryCode: 'roads', status: 'in_progress', locale: 'ru' });
    const general = await template({ categoryCode: '*', status: 'in_progress', locale: 'ru' });
    // The category's own answers come first, then those for every category; none in another language or status.
    expect(buttonsOf(asked).map((b) => b.callback_data)).toEqual([
      templateData.encode({ op: 'u', id: c.id, to: 'in_progress', template: roads.id }),
      templateData.encode({ op: 'u', id: c.id, to: 'in_progress', template: general.id }),
    ]);
    const done = await h.send(callback(OWNER, templateData.encode({ op: 'u', id: c.id, to: 'in_progress', template: roads.id })));
    expect(h.texts(done).join()).toMatch(/Готово.*Уведомлено жителей: 1/);
    const told = done.filter((x) => x.method === 'sendMessage' && x.params.chat_id === AUTHOR).map((x) => String(x.params.text));
    expect(told.join()).toContain(roads.text);
    expect(await complaints.findById(c.id)).toMatchObject({ status: 'in_progress', lastNote: roads.text });
    // The note question was answered by the button: the next text is not taken as a note.
    expect(h.texts(await h.send(privateText(OWNER, 'просто текст'))).join()).not.toMatch(/Готово/);
  });

  it('when the author reads Kazakh, then the ready answers offered are the Kazakh ones', async () => {
    const c = await complaints.create(newComplaint({ categoryCode: 'water', source: 'private', authorId: userId(KK_AUTHOR) }));
    await h.send(callback(OWNER, statusData.encode({ id: c.id, to: 'acknowledged' })));
    await complaints.changeStatus({ complaintId: c.id, from: 'new', to: 'in_progress', note: null, actorId: null, at: new Date() });
    const asked = await h.send(callback(OWNER, statusData.encode({ id: c.id, to: 'resolved' })));
    const water = await template({ categoryCode: 'water', status: 'resolved', locale: 'kk' });
    expect(buttonsOf(asked)[0]?.callback_data).toBe(templateData.encode({ op: 'u', id: c.id, to: 'resolved', template: water.id }));
    expect(buttonsOf(asked)[0]?.text).toMatch(/^1\. Су беру/);
    expect(h.texts(asked).join()).toContain(`1. ${water.text}`);
    await h.send(privateText(OWNER, '/cancel'));
  });

  it('when an owner adds and removes a ready answer, then staff are offered it and then not; an admin may not edit them', async () => {
    const added = h.texts(await h.send(privateText(OWNER, '/templates add waste resolved ru Мусор вывезли, контейнеры помыли.'))).join();
    const id = Number(/№(\d+)/.exec(added)?.[1]);
    expect(id).toBeGreaterThan(0);
    const c = await complaints.create(newComplaint({ categoryCode: 'waste', source: 'private', authorId: userId(AUTHOR) }));
    await complaints.changeStatus({ complaintId: c.id, from: 'new', to: 'in_progress', note: null, actorId: null, at: new Date() });
    const offered = async () =>
      buttonsOf(await h.send(callback(OWNER, statusData.encode({ id: c.id, to: 'resolved' })))).map((b) => b.text);
    expect((await offered())[0]).toBe('1. Мусор вывезли, контейнеры помыли.');
    const list = await h.send(privateText(OWNER, '/templates'));
    expect(h.texts(list).join()).toContain(`№${id} · waste`);
    expect(buttonsOf(list).map((b) => b.callback_data)).toContain(templateData.encode({ op: 'd', template: id }));
    expect(h.texts(await h.send(callback(OWNER, templateData.encode({ op: 'd', template: id })))).join()).toMatch(/удалён/);
    expect((await offered()).join()).not.toContain('Мусор вывезли');
    expect(h.texts(await h.send(privateText(OWNER, '/templates add waste finished ru Текст'))).join()).toMatch(/Напишите так/);
    await h.send(privateText(OWNER, `/admins add ${ADMIN}`));
    expect(h.texts(await h.send(privateText(ADMIN, '/templates add * resolved ru Текст'))).join()).toMatch(/только владельцы/);
  });
});
