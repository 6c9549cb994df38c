import { describe, expect, it } from 'vitest';
import { changeComplaintStatus } from '../../../src/core/complaints/change-status.ts';
import { forgetMe } from '../../../src/core/complaints/forget-me.ts';
import { listMyComplaints } from '../../../src/core/complaints/list-my-complaints.ts';
import { showComplaint } from '../../../src/core/complaints/show-complaint.ts';
import { userId } from '../../../src/core/ids.ts';
import { FakeCategories, FakeComplaints, FakeUsers, RecordingNotifier, fakeSettlements, keysOf } from './fakes.ts';
import { myComplaintsData } from '../../../src/core/complaints/buttons.ts';

const AUTHOR = userId(11);
const FAN = userId(12);
const STRANGER = userId(13);
const NOW = new Date('2026-03-02T05:00:00Z');

async function setup() {
  const complaints = new FakeComplaints();
  const users = new FakeUsers();
  users.add(AUTHOR, { locale: 'kk' });
  users.add(FAN, { languageCode: 'en-US' });
  const notifier = new RecordingNotifier();
  const c = await complaints.create({
    year: 2026,
    categoryCode: 'water',
    areaId: 'aqtobe/oiyl',
    description: 'Нет воды третий день',
    photos: [],
    latitude: null,
    longitude: null,
    source: 'private',
    sourceChatId: null,
    authorId: AUTHOR,
    consent: false,
    contactName: null,
    contactHandle: null,
    createdAt: NOW,
    dueAt: new Date('2026-03-23T18:59:59.999Z'),
  });
  await complaints.addSupporter(c.id, FAN);
  const deps = { complaints, users, notifier, defaultLocale: 'ru' as const };
  return { deps, complaints, notifier, c };
}

describe('change complaint status', () => {
  it('when a complaint is marked a duplicate of a duplicate, then it points at the first one; never at itself', async () => {
    const { deps, complaints, c } = await setup();
    const base = {
      year: 2026,
      categoryCode: 'water',
      areaId: 'aqtobe/oiyl',
      description: 'Воды нет',
      photos: [],
      latitude: null,
      longitude: null,
      source: 'private' as const,
      sourceChatId: null,
      authorId: STRANGER,
      consent: false,
      contactName: null,
      contactHandle: null,
      createdAt: NOW,
      dueAt: NOW,
    };
    const second = await complaints.create(base);
    const third = await complaints.create(base);
    await changeComplaintStatus(deps, { reference: second.reference, to: 'duplicate', duplicateOf: c.reference, now: NOW });
    const r = await changeComplaintStatus(deps, { reference: third.reference, to: 'duplicate', duplicateOf: second.reference, now: NOW });
    expect(r.complaint.duplicateOfId).toBe(c.id);
    await expect(
      changeComplaintStatus(deps, { reference: c.reference, to: 'duplicate', duplicateOf: third.reference, now: NOW }),
    ).rejects.toMatchObject({ code: 'COMPLAINT.NOT_FOUND' });
  });

  it('when staff move a complaint on, then the change is recorded and author and supporters are told in their language', async () => {
    const { deps, notifier, complaints } = await setup();
    const r = await changeComplaintStatus(deps, { reference: 'c-2026-1', to: 'in_progress', note: 'Бригада выехала', now: NOW });
    expect(r.complaint.status).toBe('in_progress');
    expect(r.complaint.inProgressAt).toEqual(NOW);
    expect(r.notified).toBe(2);
    expect(notifier.sent.map((s) => [s.chat, s.locale])).toEqual([
      [FAN, 'en'],
      [AUTHOR, 'kk'],
    ]);
    expect(keysOf(notifier.sent[0]!.replies)).toEqual(['complaint-status-changed', 'complaint-status-note']);
    expect((await complaints.history(1)).map((h) => [h.fromStatus, h.toStatus, h.note])).toEqual([
      [null, 'new', null],
      ['new', 'in_progress', 'Бригада выехала'],
    ]);
  });

  it('when a complaint is closed as a duplicate, then its residents are told which complaint carries it on', async () => {
    const { deps, notifier, complaints, c } = await setup();
    const copy = await complaints.create({ ...(await complaints.findById(c.id))!, authorId: STRANGER, createdAt: NOW, photos: [] } as any);
    await changeComplaintStatus(deps, { reference: copy.reference, to: 'duplicate', duplicateOf: c.reference, now: NOW });
    expect(keysOf(notifier.sent[0]!.replies)).toEqual(['complaint-status-changed', 'complaint-status-duplicate-of']);
    expect(JSON.stringify(notifier.sent[0]!.replies)).toContain(c.reference);
  });

  it('when the move is not allowed, then nothing changes and nobody is told', async () => {
    const { deps, notifier } = await setup();
    await changeComplaintStatus(deps, { reference: 'C-2026-000001', to: 'rejected', now: NOW });
    await expect(changeComplaintStatus(deps, { reference: 'C-2026-000001', to: 'in_progress', now: NOW })).rejects.toMatchObject({
      code: 'COMPLAINT.TRANSITION_NOT_ALLOWED',
    });
    expect(notifier.sent).toHaveLength(2);
  });

  it('when the reference is unknown, then COMPLAINT.NOT_FOUND', async () => {
    const { deps } = await setup();
    await expect(changeComplaintStatus(deps, { reference: 'C-2026-000777', to: 'acknowledged', now: NOW })).rejects.toMatchObject({
      code: 'COMPLAINT.NOT_FOUND',
    });
  });

  it('when one resident blocked the bot, then the others are still told', async () => {
    const { deps, notifier } = await setup();
    notifier.failFor.add(FAN);
    const r = await changeComplaintStatus(deps, { reference: 'C-2026-000001', to: 'acknowledged', now: NOW });
    expect([r.notified, r.failed]).toEqual([1, 1]);
  });
});

describe('following complaints', () => {
  it('when listing, then own and supported complaints show, and detail is for them only', async () => {
    const { complaints } = await setup();
    const categories = new FakeCategories();
    const list = await listMyComplaints({ complaints, categories, pageSize: 5 }, { user: FAN, locale: 'en', page: 0 });
    expect(keysOf([list])).toEqual(['complaint-list-title', 'complaint-list-item-supported']);
    const detailDeps = { complaints, categories, settlements: fakeSettlements };
    const detail = await showComplaint(detailDeps, { user: AUTHOR, locale: 'ru', complaintId: 1, now: NOW });
    expect(keysOf([detail])).toContain('complaint-history-item');
    await expect(showComplaint(detailDeps, { user: STRANGER, locale: 'ru', complaintId: 1, now: NOW })).rejects.toMatchObject({
      code: 'COMPLAINT.NOT_FOUND',
    });
  });

  it('when there are more complaints than a page, then next/prev buttons page through', async () => {
    const { complaints } = await setup();
    for (let i = 0; i < 6; i++) {
      await complaints.create({ ...(await complaints.findById(1))!, year: 2026, createdAt: NOW });
    }
    const categories = new FakeCategories();
    const first = await listMyComplaints({ complaints, categories, pageSize: 5 }, { user: AUTHOR, locale: 'ru', page: 0 });
    expect(first.buttons?.at(-1)?.map((b) => ('data' in b ? b.data : ''))).toEqual([myComplaintsData.encode({ op: 'p', page: 1 })]);
    const second = await listMyComplaints({ complaints, categories, pageSize: 5 }, { user: AUTHOR, locale: 'ru', page: 1, asEdit: true });
    expect(second.edit).toBe(true);
    expect(second.buttons?.at(-1)?.map((b) => ('data' in b ? b.data : ''))).toEqual([myComplaintsData.encode({ op: 'p', page: 0 })]);
  });

  it('when a resident is forgotten, then complaints stay anonymised and the count is reported', async () => {
    const { complaints } = await setup();
    const reply = await forgetMe(complaints, AUTHOR);
    expect((reply.text as any).vars).toMatchObject({ complaints: 1, supported: 0, minutes: 60 });
    expect(complaints.rows[0]).toMatchObject({ authorId: null, consent: false, contactName: null });
    const fan = await forgetMe(complaints, FAN);
    expect((fan.text as any).vars).toMatchObject({ complaints: 0, supported: 1 });
  });
});
