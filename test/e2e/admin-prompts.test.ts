import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { userId } from '../../src/core/ids.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, privateText } from '../support/updates.ts';
import { EMPTY_STATE } from '../../src/core/admin/inbox-state.ts';
import { openData, statusData } from '../../src/core/admin/buttons.ts';

const OWNER = 9601;
const AUTHOR = 9602;

describe.each(FRAMEWORKS)('pending admin prompts under %s', (framework) => {
  let h: Harness;
  let complaintId: number;
  const clock = fixedClock(new Date());
  const status = async () => (await h.app.db.prisma.complaint.findUnique({ where: { id: complaintId } }))!.status;
  /** The owner's text after the prompt: true when it reached the author (it was taken as a note). */
  const noteReachedAuthor = async (text: string) =>
    (await h.send(privateText(OWNER, text))).some((c) => c.method === 'sendMessage' && c.params.chat_id === AUTHOR);

  beforeAll(async () => {
    h = await startHarness({ framework, clock, env: { ADMIN_IDS: String(OWNER) } });
    const complaint = await new PrismaComplaintRepository(h.app.db.prisma).create({
      year: 2026,
      photos: [],
      latitude: null,
      longitude: null,
      source: 'private',
      sourceChatId: null,
      contactHandle: null,
      createdAt: clock.now(),
      dueAt: new Date(clock.now().getTime() + 86_400_000),
      categoryCode: 'roads',
      areaId: null,
      description: 'Яма у школы, машины ездят по тротуару',
      authorId: userId(AUTHOR),
      consent: false,
      contactName: null,
    });
    complaintId = complaint.id;
  });
  afterAll(async () => h?.stop());

  it('when the admin sends a command instead of the note, then a later message is not a note', async () => {
    await h.send(callback(OWNER, statusData.encode({ id: complaintId, to: 'acknowledged' })));
    await h.send(privateText(OWNER, '/help'));
    expect(await noteReachedAuthor('а когда будет отчёт за неделю?')).toBe(false);
    expect(await status()).toBe('new');
  });

  it('when the admin presses another button instead of the note, then a later message is not a note', async () => {
    await h.send(callback(OWNER, statusData.encode({ id: complaintId, to: 'acknowledged' })));
    await h.send(callback(OWNER, openData.encode({ id: complaintId, state: EMPTY_STATE })));
    expect(await noteReachedAuthor('а когда будет отчёт за неделю?')).toBe(false);
    expect(await status()).toBe('new');
  });

  it('when the note comes more than 15 minutes later, then it is not taken; within 15 minutes it is', async () => {
    await h.send(callback(OWNER, statusData.encode({ id: complaintId, to: 'acknowledged' })));
    clock.advance(15 * 60_000 + 1000);
    expect(await noteReachedAuthor('а когда будет отчёт за неделю?')).toBe(false);
    expect(await status()).toBe('new');

    await h.send(callback(OWNER, statusData.encode({ id: complaintId, to: 'acknowledged' })));
    clock.advance(14 * 60_000);
    expect(await noteReachedAuthor('Бригада выедет завтра')).toBe(true);
    expect(await status()).toBe('acknowledged');
  });
});
