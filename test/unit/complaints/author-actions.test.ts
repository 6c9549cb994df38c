import { describe, expect, it } from 'vitest';
import { addToComplaint, askAddition } from '../../../src/core/complaints/add-to-complaint.ts';
import { authorActionData } from '../../../src/core/complaints/author-buttons.ts';
import { historyFor } from '../../../src/core/complaints/public-view.ts';
import { showComplaint } from '../../../src/core/complaints/show-complaint.ts';
import { canTransition, nextStatuses } from '../../../src/core/complaints/status.ts';
import type { ComplaintEvent, StaffAlerts } from '../../../src/core/staff-alerts/events.ts';
import { askWithdraw, withdrawComplaint } from '../../../src/core/complaints/withdraw-complaint.ts';
import { userId } from '../../../src/core/ids.ts';
import { DEFAULT_LIMITS } from '../../../src/core/complaints/limits.ts';
import { FakeCategories, FakeComplaints, FakeUsers, RecordingNotifier, fakeSettlements, keysOf } from './fakes.ts';

const AUTHOR = userId(21);
const FAN = userId(22);
const STRANGER = userId(23);
const NOW = new Date('2026-03-02T05:00:00Z');

class RecordingStaff implements StaffAlerts {
  raised: { kind: string; id: number }[] = [];
  async raise(e: ComplaintEvent) {
    this.raised.push({ kind: e.kind, id: e.complaint.id });
  }
}

async function setup(photos: string[] = []) {
  const complaints = new FakeComplaints();
  const users = new FakeUsers();
  const notifier = new RecordingNotifier();
  const staff = new RecordingStaff();
  const c = await complaints.create({
    year: 2026,
    categoryCode: 'water',
    areaId: 'aqtobe/oiyl',
    description: 'Нет воды третий день',
    photos,
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
  const add = { complaints, staffAlerts: staff, limits: DEFAULT_LIMITS };
  const withdraw = { complaints, users, notifier, staffAlerts: staff, defaultLocale: 'ru' as const };
  return { complaints, notifier, staff, add, withdraw, c };
}

describe('the author adds to an open complaint', () => {
  it('when the author sends text and a photo, then both join the history as theirs, the photo joins the complaint and staff hear each', async () => {
    const { complaints, staff, add, c } = await setup(['first']);
    const text = await addToComplaint(add, { user: AUTHOR, id: c.id, addition: { kind: 'text', text: '  Вода пошла ржавая ' }, now: NOW });
    expect(keysOf([text!])).toEqual(['complaint-add-saved']);
    await addToComplaint(add, {
      user: AUTHOR,
      id: c.id,
      addition: { kind: 'photo', fileId: 'rusty', caption: 'вот так', sameAlbum: false },
      now: NOW,
    });
    expect((await complaints.findById(c.id))?.photos).toEqual(['first', 'rusty']);
    const lines = (await complaints.staffHistory(c.id)).filter((u) => u.kind === 'resident').map((u) => u.note);
    expect(lines).toEqual(['Вода пошла ржавая', '📷 вот так']);
    expect(staff.raised).toEqual([
      { kind: 'added', id: c.id },
      { kind: 'added', id: c.id },
    ]);
    // A supporter's view of the history leaves the author's additions out.
    expect(historyFor('supporter', await complaints.history(c.id)).some((u) => u.kind === 'resident')).toBe(false);
  });

  it('when an album arrives, then the later parts are recorded silently and staff hear once', async () => {
    const { complaints, staff, add, c } = await setup();
    const first = await addToComplaint(add, {
      user: AUTHOR,
      id: c.id,
      addition: { kind: 'photo', fileId: 'a1', caption: null, sameAlbum: false },
      now: NOW,
    });
    const second = await addToComplaint(add, {
      user: AUTHOR,
      id: c.id,
      addition: { kind: 'photo', fileId: 'a2', caption: null, sameAlbum: true },
      now: NOW,
    });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    expect((await complaints.findById(c.id))?.photos).toEqual(['a1', 'a2']);
    expect(staff.raised).toHaveLength(1);
  });

  it('when the complaint holds the most photos, then another is refused and nothing is recorded', async () => {
    const full = Array.from({ length: DEFAULT_LIMITS.maxPhotos }, (_, i) => `p${i}`);
    const { complaints, staff, add, c } = await setup(full);
    const r = await addToComplaint(add, {
      user: AUTHOR,
      id: c.id,
      addition: { kind: 'photo', fileId: 'extra', caption: null, sameAlbum: false },
      now: NOW,
    });
    expect(keysOf([r!])).toEqual(['complaint-add-photos-full']);
    expect((await complaints.staffHistory(c.id)).filter((u) => u.kind === 'resident')).toEqual([]);
    expect(staff.raised).toEqual([]);
  });

  it('when a stranger, a supporter, or anyone after closing tries, then the button is stale', async () => {
    const { complaints, add, c } = await setup();
    for (const user of [STRANGER, FAN]) await expect(askAddition(add, { user, id: c.id })).rejects.toMatchObject({ code: 'BUTTON.STALE' });
    await complaints.changeStatus({ complaintId: c.id, from: 'new', to: 'resolved', note: null, actorId: null, at: NOW });
    await expect(addToComplaint(add, { user: AUTHOR, id: c.id, addition: { kind: 'text', text: 'ещё' }, now: NOW })).rejects.toMatchObject({
      code: 'BUTTON.STALE',
    });
  });

  it('when the author sends a sticker or empty text, then a hint comes and nothing is recorded', async () => {
    const { complaints, add, c } = await setup();
    const r = await addToComplaint(add, { user: AUTHOR, id: c.id, addition: { kind: 'other' }, now: NOW });
    expect(keysOf([r!])).toEqual(['complaint-add-hint']);
    expect((await complaints.staffHistory(c.id)).filter((u) => u.kind === 'resident')).toEqual([]);
  });
});

describe('the author withdraws an open complaint', () => {
  it('when confirmed, then it is closed as withdrawn, the supporter is told in neutral words, the author is not notified twice and staff hear', async () => {
    const { complaints, notifier, staff, withdraw, c } = await setup();
    const ask = await askWithdraw(withdraw, { user: AUTHOR, id: c.id });
    expect(ask.buttons?.[0]?.[0]).toMatchObject({ data: authorActionData.encode({ op: 'y', id: c.id }) });
    const done = await withdrawComplaint(withdraw, { user: AUTHOR, id: c.id, now: NOW });
    expect(keysOf([done])).toEqual(['complaint-withdrawn']);
    expect(await complaints.findById(c.id)).toMatchObject({ status: 'withdrawn', closedAt: NOW });
    expect(notifier.sent.map((s) => s.chat)).toEqual([FAN]);
    expect(keysOf(notifier.sent[0]!.replies)).toEqual(['complaint-withdrawn-notice']);
    expect(staff.raised).toEqual([{ kind: 'withdrawn', id: c.id }]);
    await expect(withdrawComplaint(withdraw, { user: AUTHOR, id: c.id, now: NOW })).rejects.toMatchObject({ code: 'BUTTON.STALE' });
  });

  it('when staff look at their moves, then withdrawn is never one of them, and it is final', () => {
    for (const from of ['new', 'acknowledged', 'in_progress', 'resolved'] as const) {
      expect(nextStatuses(from)).not.toContain('withdrawn');
      expect(canTransition(from, 'withdrawn')).toBe(false);
    }
    expect(nextStatuses('withdrawn')).toEqual([]);
  });

  it('when the author opens their open complaint, then add and withdraw are offered; a supporter gets neither', async () => {
    const { complaints, c } = await setup();
    const detail = { complaints, categories: new FakeCategories(), settlements: fakeSettlements };
    const own = await showComplaint(detail, { user: AUTHOR, locale: 'ru', complaintId: c.id, now: NOW });
    const data = own.buttons!.flat().map((b) => ('data' in b ? b.data : ''));
    expect(data).toContain(authorActionData.encode({ op: 'a', id: c.id }));
    expect(data).toContain(authorActionData.encode({ op: 'w', id: c.id }));
    const theirs = await showComplaint(detail, { user: FAN, locale: 'ru', complaintId: c.id, now: NOW });
    expect(theirs.buttons!.flat().some((b) => 'data' in b && b.data.startsWith(authorActionData.prefix))).toBe(false);
  });
});
