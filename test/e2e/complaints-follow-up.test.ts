import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { fixAnswerData, myComplaintsData } from '../../src/core/complaints/buttons.ts';
import { userId } from '../../src/core/ids.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, privateText } from '../support/updates.ts';

const AUTHOR = 9501;
const DAY = 86_400_000;

describe.each(FRAMEWORKS)('the author follows up a resolved complaint under %s', (framework) => {
  let h: Harness;
  let complaints: PrismaComplaintRepository;
  const resolvedComplaint = async (daysAgo: number, description: string) => {
    const now = Date.now();
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
      photos: [],
      latitude: null,
      longitude: null,
      createdAt: new Date(now - (daysAgo + 3) * DAY),
      dueAt: new Date(now + 10 * DAY),
    });
    await complaints.changeStatus({
      complaintId: c.id,
      from: 'new',
      to: 'resolved',
      note: 'Засыпали',
      actorId: null,
      at: new Date(now - daysAgo * DAY),
    });
    return c;
  };
  const questionsTo = () =>
    h.fake.calls.filter(
      (c) => c.ok && c.method === 'sendMessage' && c.params.chat_id === AUTHOR && /Проблему исправили\?/.test(String(c.params.text)),
    );

  beforeAll(async () => {
    h = await startHarness({ framework, env: { SCHEDULER: 'on', SCHEDULER_TICK_MS: '100' } });
    complaints = new PrismaComplaintRepository(h.app.db.prisma);
  });
  afterAll(async () => h?.stop());

  it('when a complaint was resolved 8 days ago, then the author is asked once whether it was fixed, even across restarts', async () => {
    await h.send(privateText(AUTHOR, '/start'));
    const c = await resolvedComplaint(8, 'Яма на Абая 5');
    const recent = await resolvedComplaint(2, 'Яма на Абая 7');
    await h.restart();
    await expect.poll(() => questionsTo().length, { timeout: 10_000 }).toBe(1);
    await h.restart();
    await h.send(privateText(AUTHOR, '/help'));
    expect(await h.app.db.prisma.outboxMessage.count({ where: { kind: 'complaint-fixed-question' } })).toBe(1);
    const [question] = questionsTo();
    expect(String(question!.params.text)).toContain(c.reference);
    expect(JSON.stringify(question!.params.reply_markup)).toContain(fixAnswerData.encode({ op: 'n', id: c.id }));
    expect(JSON.stringify(questionsTo())).not.toContain(recent.reference);
  });

  it('when the author answers "not fixed" with a note, then the complaint reopens with their note and staff see it', async () => {
    const c = await resolvedComplaint(3, 'Нет света на улице');
    const detail = await h.send(callback(AUTHOR, myComplaintsData.encode({ op: 'd', id: c.id })));
    expect(JSON.stringify(detail.find((x) => x.method === 'editMessageText' || x.method === 'sendMessage')?.params.reply_markup)).toContain(
      fixAnswerData.encode({ op: 'n', id: c.id }),
    );
    expect(h.texts(await h.send(callback(AUTHOR, fixAnswerData.encode({ op: 'n', id: c.id })))).join()).toMatch(/Что не так/);
    expect(h.texts(await h.send(privateText(AUTHOR, 'Фонарь снова не горит'))).join()).toMatch(/открыта снова/);
    const back = await complaints.findById(c.id);
    expect(back?.status).toBe('in_progress');
    const staff = await complaints.staffHistory(c.id);
    expect(staff.at(-1)).toMatchObject({ kind: 'resident', note: 'Фонарь снова не горит' });
    // The window is for the author only, and a reopened complaint takes no second answer.
    expect(h.texts(await h.send(callback(AUTHOR, fixAnswerData.encode({ op: 'n', id: c.id })))).join()).not.toMatch(/Что не так/);
  });

  it('when someone else presses the buttons, or the 30 days have passed, then nothing changes', async () => {
    const old = await resolvedComplaint(31, 'Старая яма');
    await h.send(callback(AUTHOR, fixAnswerData.encode({ op: 'n', id: old.id })));
    const mine = await resolvedComplaint(1, 'Мусор');
    await h.send(callback(9599, fixAnswerData.encode({ op: 'y', id: mine.id })));
    expect((await complaints.staffHistory(mine.id)).map((u) => u.kind)).toEqual(['status', 'status']);
    expect((await complaints.findById(old.id))?.status).toBe('resolved');
    await h.send(callback(AUTHOR, fixAnswerData.encode({ op: 'y', id: mine.id })));
    expect((await complaints.staffHistory(mine.id)).at(-1)).toMatchObject({ kind: 'resident', note: '✅' });
  });
});
