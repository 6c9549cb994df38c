import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { EMPTY_STATE } from '../../src/core/admin/inbox-state.ts';
import { exportData, openData } from '../../src/core/admin/buttons.ts';
import { authorActionData } from '../../src/core/complaints/author-buttons.ts';
import { myComplaintsData } from '../../src/core/complaints/buttons.ts';
import { userId } from '../../src/core/ids.ts';
import type { ApiCall } from '../../src/emulator/bot-api.ts';
import { inboxData } from '../../src/core/admin/buttons.ts';
import { fixAnswerData } from '../../src/core/complaints/buttons.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, photo, privateText } from '../support/updates.ts';

const OWNER = 9601;
const AUTHOR = 9602;
const SUPPORTER = 9603;
const ru = { languageCode: 'ru' };
const to = (calls: ApiCall[], chat: number) =>
  calls.filter((c) => c.ok && c.method === 'sendMessage' && Number(c.params.chat_id) === chat).map((c) => String(c.params.text));

describe.each(FRAMEWORKS)('the author adds to or withdraws an open complaint under %s', (framework) => {
  let h: Harness;
  let complaints: PrismaComplaintRepository;
  const file = async (description: string) => {
    const c = await complaints.create({
      year: 2026,
      categoryCode: 'roads',
      areaId: null,
      source: 'private',
      sourceChatId: null,
      authorId: userId(AUTHOR),
      consent: false,
      contactName: null,
      contactHandle: null,
      description,
      photos: ['before-1'],
      latitude: null,
      longitude: null,
      createdAt: new Date(),
      dueAt: new Date(Date.now() + 15 * 86_400_000),
    });
    await complaints.addSupporter(c.id, userId(SUPPORTER), new Date());
    return c;
  };

  beforeAll(async () => {
    h = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) } });
    complaints = new PrismaComplaintRepository(h.app.db.prisma);
    for (const id of ['before-1', 'after-1', 'after-2']) h.fake.registerFile(id, Buffer.from(`jpeg ${id}`), `${id}.jpg`);
    for (const user of [OWNER, AUTHOR, SUPPORTER]) await h.send(privateText(user, '/start', ru));
    h.app.wiring.posts.worker.start();
  });
  afterAll(async () => {
    await h.app.wiring.posts.worker.stop();
    await h?.stop();
  });

  it('when the author adds text and an album from /mycomplaints, then staff see them in the review and the export, and the supporter does not', async () => {
    const c = await file('Яма на Абая 5');
    const detail = await h.send(callback(AUTHOR, myComplaintsData.encode({ op: 'd', id: c.id }), ru));
    expect(JSON.stringify(detail)).toContain(authorActionData.encode({ op: 'a', id: c.id }));
    const asked = h.texts(await h.send(callback(AUTHOR, authorActionData.encode({ op: 'a', id: c.id }), ru))).join('\n');
    expect(asked).toMatch(/Пришлите, что хотите добавить/);
    const text = h.texts(await h.send(privateText(AUTHOR, 'Яма стала глубже, вчера там застряла машина', ru))).join('\n');
    expect(text).toMatch(/Добавлено к жалобе/);
    const album = [
      await h.send(photo(AUTHOR, 'after-1', { ...ru, mediaGroupId: 'alb', caption: 'вот так сейчас' })),
      await h.send(photo(AUTHOR, 'after-2', { ...ru, mediaGroupId: 'alb' })),
    ];
    expect(album.map((calls) => h.texts(calls).length)).toEqual([1, 0]);
    const done = h.texts(await h.send(callback(AUTHOR, authorActionData.encode({ op: 'd', id: c.id }), ru))).join('\n');
    expect(done).toMatch(/Готово/);
    // The conversation is over: ordinary text is not added any more.
    await h.send(privateText(AUTHOR, 'спасибо', ru));
    expect((await complaints.staffHistory(c.id)).filter((u) => u.kind === 'resident').map((u) => u.note)).toEqual([
      'Яма стала глубже, вчера там застряла машина',
      '📷 вот так сейчас',
      '📷',
    ]);

    const review = await h.send(callback(OWNER, openData.encode({ id: c.id, state: EMPTY_STATE })));
    expect(h.texts(review).join('\n')).toContain('Яма стала глубже, вчера там застряла машина');
    const sent = review.find((x) => x.ok && x.method === 'sendMediaGroup');
    expect((sent!.params.media as Array<{ media: string }>).map((m) => m.media)).toEqual(['before-1', 'after-1', 'after-2']);

    await h.send(privateText(OWNER, '/export'));
    const files = await h.send(callback(OWNER, exportData.encode({ op: 'go', state: EMPTY_STATE })));
    const xlsx = files.find(
      (x) => x.method === 'sendDocument' && String((x.params.document as { filename: string }).filename).endsWith('.xlsx'),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((xlsx!.params.document as { data: Buffer }).data as unknown as ArrayBuffer);
    const changes = book.worksheets[1]!;
    const added: string[] = [];
    changes.eachRow((row) => {
      const values = (row.values as unknown[]).map(String);
      if (values.includes(c.reference) && values.includes('resident')) added.push(values.join('|'));
    });
    expect(added.join('\n')).toContain('Яма стала глубже');

    const supporterView = h.texts(await h.send(callback(SUPPORTER, myComplaintsData.encode({ op: 'd', id: c.id }), ru))).join('\n');
    expect(supporterView).toContain(c.reference);
    expect(supporterView).not.toMatch(/Яма стала глубже|вот так сейчас/);
    expect(supporterView).not.toContain(`${authorActionData.prefix}:`);
  });

  it('when the author withdraws, then staff see the status, the supporter is told in neutral words, and the complaint takes no more additions', async () => {
    const c = await file('Не работает фонарь');
    const ask = h.texts(await h.send(callback(AUTHOR, authorActionData.encode({ op: 'w', id: c.id }), ru))).join('\n');
    expect(ask).toMatch(/Отозвать жалобу/);
    const calls = await h.send(callback(AUTHOR, authorActionData.encode({ op: 'y', id: c.id }), ru));
    expect(h.texts(calls).join('\n')).toContain(`Жалоба ${c.reference} отозвана и закрыта`);
    const told = to(calls, SUPPORTER).join('\n');
    expect(told).toContain(`Жалоба ${c.reference}, которую вы поддержали, закрыта: её отозвали.`);
    expect(told).not.toMatch(/фонарь/);
    expect(await complaints.findById(c.id)).toMatchObject({ status: 'withdrawn' });
    const review = h.texts(await h.send(callback(OWNER, openData.encode({ id: c.id, state: EMPTY_STATE })))).join('\n');
    expect(review).toMatch(/отозвана автором|withdrawn by the author|авторы кері қайтарып алды/);
    // No staff status buttons on a withdrawn complaint: it is final.
    const stale = await h.send(callback(AUTHOR, authorActionData.encode({ op: 'a', id: c.id }), ru));
    expect(stale.some((x) => x.method === 'answerCallbackQuery')).toBe(true);
    expect(await h.app.db.prisma.conversationState.findFirst({ where: { userId: BigInt(AUTHOR) } })).toBeNull();
  });

  it('when a stranger forges the author buttons, then they get the stale notice and nothing changes', async () => {
    const c = await file('Разбита остановка');
    for (const op of ['a', 'w', 'y'] as const) {
      const calls = await h.send(callback(SUPPORTER, authorActionData.encode({ op, id: c.id }), ru));
      expect(calls.filter((x) => x.method === 'sendMessage')).toEqual([]);
    }
    expect(await complaints.findById(c.id)).toMatchObject({ status: 'new' });
  });

  it('when authors add, withdraw and say "not fixed", then the staff responsible get one private message counting each', async () => {
    const reopened = await file('Снова прорвало трубу');
    await complaints.changeStatus({
      complaintId: reopened.id,
      from: 'new',
      to: 'resolved',
      note: null,
      actorId: userId(OWNER),
      at: new Date(),
    });
    await h.send(callback(AUTHOR, fixAnswerData.encode({ op: 'n', id: reopened.id }), ru));
    expect(h.texts(await h.send(privateText(AUTHOR, 'Вода опять течёт по улице', ru))).join('\n')).toMatch(/открыта снова|reopened|снова/i);
    expect(await complaints.findById(reopened.id)).toMatchObject({ status: 'in_progress' });
    const inboxButton = inboxData.encode({ op: 'v', state: EMPTY_STATE });
    const notices = () =>
      h.fake.calls.filter(
        (c) =>
          c.ok &&
          c.method === 'sendMessage' &&
          c.params.chat_id === OWNER &&
          JSON.stringify(c.params.reply_markup ?? '').includes(inboxButton),
      );
    // Nobody else is responsible for these complaints (no area): the owner is told, once, with counts.
    expect(await h.app.wiring.staff.flush(new Date(Date.now() + 20 * 60_000))).toBe(1);
    await expect.poll(() => notices().length, { timeout: 10_000 }).toBe(1);
    const text = String(notices()[0]!.params.text);
    expect(text).toMatch(/1 жалоба с дополнением от автора: Дороги 1/);
    expect(text).toMatch(/1 жалоба открыта снова: автор пишет, что не исправлено: Дороги 1/);
    expect(text).toMatch(/1 жалоба отозвана автором: Дороги 1/);
    // Staff hear counts only: never the author's words.
    expect(text).not.toMatch(/Вода опять|Яма стала глубже/);
  });
});
