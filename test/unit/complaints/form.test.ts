import { describe, expect, it } from 'vitest';
import { advanceComplaintForm } from '../../../src/core/complaints/form/advance.ts';
import type { FormContext } from '../../../src/core/complaints/form/result.ts';
import type { FormEvent, FormState } from '../../../src/core/complaints/form/state.ts';
import { startComplaintForm } from '../../../src/core/complaints/form/start.ts';
import { DomainError } from '../../../src/core/errors.ts';
import { chatId, userId } from '../../../src/core/ids.ts';
import { keysOf, makeDeps } from './fakes.ts';

const ALICE = userId(1001);
const BOB = userId(1002);
const NOW = new Date('2026-03-02T05:00:00Z');
const ctxFor = (user = ALICE, now = NOW): FormContext => ({
  user,
  locale: 'ru',
  now,
  sender: { firstName: 'Alice', lastName: null, username: 'alice' },
});
const btn = (action: any, arg = ''): FormEvent => ({ kind: 'button', action, arg });
const text = (t: string): FormEvent => ({ kind: 'text', text: t });
const photo = (id: string, group: string | null = null): FormEvent => ({ kind: 'photo', fileId: id, mediaGroupId: group });

async function run(deps: ReturnType<typeof makeDeps>, ctx: FormContext, state: FormState, ...events: FormEvent[]) {
  let current: FormState | null = state;
  let replies: string[] = [];
  let filed;
  for (const e of events) {
    const r = await advanceComplaintForm(deps, ctx, current!, e);
    current = r.state;
    replies = keysOf(r.replies);
    if (r.kind === 'over') filed = r.filed ?? filed;
  }
  return { state: current, keys: replies, filed };
}

describe('complaint form', () => {
  it('when the place is not in the directory, then the resident may go on without one and the complaint has no settlement', async () => {
    const deps = makeDeps();
    const start = await startComplaintForm(deps, ctxFor(BOB));
    const lost = await run(deps, ctxFor(BOB), start.state!, btn('cat', 'roads'), text('Жаңаауыл-12'));
    expect(lost.state?.step).toBe('settlement');
    expect(lost.keys).toEqual(['complaint-settlement-not-found']);
    const on = await run(
      deps,
      ctxFor(BOB),
      lost.state!,
      btn('set', 'none'),
      text('Яма на дороге у школы, машины не проедут'),
      btn('next'),
      btn('skip'),
      btn('consent', 'n'),
    );
    expect(on.state?.step).toBe('confirm');
    expect(on.keys).toContain('complaint-confirm-settlement-none');
    const filed = await run(deps, ctxFor(BOB), on.state!, btn('send'));
    expect(filed.keys).toEqual(['complaint-filed']);
    expect(deps.complaints.rows.at(-1)).toMatchObject({ areaId: null, categoryCode: 'roads' });
  });

  it('when a resident goes through every step with an album and a location, then one complaint is filed', async () => {
    const deps = makeDeps();
    const start = await startComplaintForm(deps, ctxFor());
    expect(start.state?.step).toBe('category');
    const r = await run(deps, ctxFor(), start.state!, btn('cat', 'water'), text('Oiyl'));
    expect(r.state?.step).toBe('description');
    expect(deps.users.rows.get(ALICE)?.settlementId).toBe('aqtobe/oiyl');
    let s = await run(deps, ctxFor(), r.state!, text('Третий день нет воды на улице Абая'));
    expect(s.state?.step).toBe('photos');
    const album = [photo('p1', 'g1'), photo('p2', 'g1'), photo('p3', 'g1')];
    let state = s.state!;
    const promptsPerPart: number[] = [];
    for (const part of album) {
      const out = await advanceComplaintForm(deps, ctxFor(), state, part);
      promptsPerPart.push(out.replies.length);
      state = out.state!;
    }
    expect(promptsPerPart).toEqual([1, 0, 0]);
    expect(state.data.photos).toEqual(['p1', 'p2', 'p3']);
    s = await run(deps, ctxFor(), state, btn('next'), { kind: 'location', latitude: 49.1, longitude: 56.5 }, btn('consent', 'y'));
    expect(s.state?.step).toBe('contact');
    // Someone else's contact card is not taken for the author's number.
    s = await run(deps, ctxFor(), s.state!, { kind: 'contact', phone: '+77000000000', own: false });
    expect(s.state?.step).toBe('contact');
    s = await run(deps, ctxFor(), s.state!, { kind: 'contact', phone: '+77011234567', own: true });
    expect(s.state?.step).toBe('confirm');
    s = await run(deps, ctxFor(), s.state!, btn('send'));
    expect(s.state).toBeNull();
    expect(s.keys).toEqual(['complaint-filed']);
    const saved = deps.complaints.rows[0]!;
    expect(saved).toMatchObject({
      reference: 'C-2026-000001',
      categoryCode: 'water',
      areaId: 'aqtobe/oiyl',
      photos: ['p1', 'p2', 'p3'],
      latitude: 49.1,
      consent: true,
      contactName: 'Alice',
      contactHandle: '@alice',
      contactPhone: '+77011234567',
      authorId: ALICE,
    });
  });

  it('when an address or landmark is typed at the place step, then it is kept, the pin may still follow, and it is filed', async () => {
    const deps = makeDeps();
    const atLocation = {
      step: 'location' as const,
      data: { photos: [], consent: false, source: 'private' as const, categoryCode: 'water', description: 'Нет воды третий день' },
    };
    const typed = await run(deps, ctxFor(), atLocation, text('  ул. Абая 5,   у школы '));
    expect(typed.keys).toEqual(['complaint-address-received']);
    expect(typed.state).toMatchObject({ step: 'location', data: { address: 'ул. Абая 5, у школы' } });
    const pinned = await run(deps, ctxFor(), typed.state!, { kind: 'location', latitude: 49.1, longitude: 56.5 });
    expect(pinned.state).toMatchObject({ step: 'consent', data: { address: 'ул. Абая 5, у школы', latitude: 49.1 } });
    const confirm = await run(deps, ctxFor(), pinned.state!, btn('consent', 'n'));
    expect(confirm.keys).toContain('complaint-confirm-address');
    const filed = await run(deps, ctxFor(), confirm.state!, btn('send'));
    expect(filed.keys).toEqual(['complaint-filed']);
    expect(deps.complaints.rows[0]).toMatchObject({ address: 'ул. Абая 5, у школы', latitude: 49.1 });
    // Typed, then skipped: the address alone is the place.
    const skipped = await run(deps, ctxFor(), typed.state!, text('⏭ Skip'));
    expect(skipped.state).toMatchObject({ step: 'consent', data: { address: 'ул. Абая 5, у школы' } });
    expect(skipped.state?.data.latitude).toBeUndefined();
  });

  it('when the location and phone keyboards are answered or skipped, then each answer takes its keyboard away', async () => {
    const deps = makeDeps();
    const toLocation = {
      step: 'location' as const,
      data: { photos: [], consent: false, source: 'private' as const, categoryCode: 'water', description: 'Нет воды третий день' },
    };
    const asked = await advanceComplaintForm(deps, ctxFor(), { ...toLocation, step: 'photos' }, btn('next'));
    expect(asked.replies.at(-1)).toMatchObject({ replyKeyboard: [[{ request: 'location' }], [{}]] });
    const skipped = await advanceComplaintForm(deps, ctxFor(), toLocation, { kind: 'text', text: '⏭ Өткізіп жіберу' });
    expect(skipped.state?.step).toBe('consent');
    expect(skipped.replies[0]).toMatchObject({ removeKeyboard: true });
    const contact = await advanceComplaintForm(deps, ctxFor(), skipped.state!, btn('consent', 'y'));
    expect(contact.replies.at(-1)).toMatchObject({ replyKeyboard: [[{ request: 'contact' }], [{}]] });
    const typed = await advanceComplaintForm(deps, ctxFor(), contact.state!, { kind: 'text', text: '+7 701 123 45 67' });
    expect(typed.state?.step).toBe('contact');
    const none = await advanceComplaintForm(deps, ctxFor(), contact.state!, { kind: 'text', text: '⏭ Skip' });
    expect(none.state?.step).toBe('confirm');
    expect(none.replies[0]).toMatchObject({ removeKeyboard: true });
    expect(none.state?.data.contactPhone).toBeUndefined();
  });

  it('when consent is refused (the default), then no contact is stored', async () => {
    const deps = makeDeps();
    deps.users.add(ALICE, { settlementId: 'aqtobe/oiyl' });
    const start = await startComplaintForm(deps, ctxFor());
    const s = await run(
      deps,
      ctxFor(),
      start.state!,
      btn('cat', 'roads'),
      text('Яма на дороге у школы'),
      btn('next'),
      btn('skip'),
      btn('consent', 'n'),
      btn('send'),
    );
    expect(s.filed).toMatchObject({ consent: false, contactName: null, contactHandle: null });
  });

  it('when the category is gas or health, then the emergency number comes first', async () => {
    const deps = makeDeps();
    const start = await startComplaintForm(deps, ctxFor());
    const gas = await advanceComplaintForm(deps, ctxFor(), start.state!, btn('cat', 'gas'));
    expect(keysOf(gas.replies)[0]).toBe('complaint-emergency');
    expect((gas.replies[0] as any).text.vars.number).toBe('104');
    const health = await advanceComplaintForm(deps, ctxFor(), start.state!, btn('cat', 'health'));
    expect((health.replies[0] as any).text.vars.number).toBe('103');
  });

  it('when a group deep link preset the settlement, then the settlement step is skipped and the source kept', async () => {
    const deps = makeDeps();
    const start = await startComplaintForm(deps, ctxFor(), { settlementId: 'abai/aqtoghai', sourceChatId: chatId(-1001234567890) });
    const s = await run(deps, ctxFor(), start.state!, btn('cat', 'waste'));
    expect(s.state?.step).toBe('description');
    expect(s.state?.data).toMatchObject({ settlementId: 'abai/aqtoghai', source: 'group', sourceChatId: '-1001234567890' });
  });

  it('when several settlements match, then buttons are offered and a forged index is stale', async () => {
    const deps = makeDeps();
    const start = await startComplaintForm(deps, ctxFor());
    const s = await run(deps, ctxFor(), start.state!, btn('cat', 'water'), text('Aktogay'));
    expect(s.keys).toEqual(['complaint-pick-settlement']);
    await expect(advanceComplaintForm(deps, ctxFor(), s.state!, btn('set', '9'))).rejects.toThrow(DomainError);
    const picked = await run(deps, ctxFor(), s.state!, btn('set', '1'));
    expect(picked.state?.data.settlementId).toBe('karaganda/aktogay');
  });

  it('when the input does not fit the step, then a hint comes and the step stays', async () => {
    const deps = makeDeps();
    deps.users.add(ALICE, { settlementId: 'aqtobe/oiyl' });
    const start = await startComplaintForm(deps, ctxFor());
    const cat = await run(deps, ctxFor(), start.state!, text('вода'));
    expect(cat.state?.step).toBe('category');
    expect(cat.keys[0]).toBe('complaint-hint-use-buttons');
    const desc = (await run(deps, ctxFor(), start.state!, btn('cat', 'water'))).state!;
    expect((await run(deps, ctxFor(), desc, photo('x'))).keys).toEqual(['complaint-hint-description-first']);
    expect((await run(deps, ctxFor(), desc, { kind: 'other', what: 'sticker' })).keys).toEqual(['complaint-hint-text-expected']);
    expect((await run(deps, ctxFor(), desc, text('short'))).keys).toEqual(['complaint-description-too-short']);
    expect((await run(deps, ctxFor(), desc, text('x'.repeat(4000)))).keys).toEqual(['complaint-description-too-long']);
    const photos = (await run(deps, ctxFor(), desc, text('Нет воды уже три дня'))).state!;
    expect((await run(deps, ctxFor(), photos, text('вот фото'))).keys).toEqual(['complaint-hint-photo-expected']);
    expect((await run(deps, ctxFor(), photos, { kind: 'other', what: 'document' })).keys).toEqual(['complaint-hint-photo-as-photo']);
    const location = (await run(deps, ctxFor(), photos, btn('next'))).state!;
    expect((await run(deps, ctxFor(), location, text('   '))).keys).toEqual(['complaint-hint-location-expected']);
    expect((await run(deps, ctxFor(), location, text('x'.repeat(201)))).keys).toEqual(['complaint-address-too-long']);
    expect((await run(deps, ctxFor(), location, photo('late'))).keys).toEqual(['complaint-hint-location-expected']);
    const consent = (await run(deps, ctxFor(), location, btn('skip'))).state!;
    expect((await run(deps, ctxFor(), consent, text('да'))).state?.step).toBe('consent');
    await expect(advanceComplaintForm(deps, ctxFor(), consent, btn('send'))).rejects.toMatchObject({ code: 'BUTTON.STALE' });
  });

  it('when cancel is pressed at any step, then the form ends', async () => {
    const deps = makeDeps();
    for (const step of ['category', 'settlement', 'similar', 'description', 'photos', 'location', 'consent', 'confirm'] as const) {
      const r = await advanceComplaintForm(
        deps,
        ctxFor(),
        { step, data: { photos: [], consent: false, source: 'private' } },
        btn('cancel'),
      );
      expect(r.state).toBeNull();
      expect(keysOf(r.replies)).toEqual(['complaint-cancelled']);
    }
  });

  it('when an open complaint of the same place and category exists, then "+1" is offered and joining files no copy', async () => {
    const deps = makeDeps();
    deps.users.add(ALICE, { settlementId: 'aqtobe/oiyl' });
    deps.users.add(BOB, { settlementId: 'aqtobe/oiyl' });
    const a = await startComplaintForm(deps, ctxFor(ALICE));
    await run(
      deps,
      ctxFor(ALICE),
      a.state!,
      btn('cat', 'water'),
      text('Нет воды третий день'),
      btn('next'),
      btn('skip'),
      btn('consent', 'n'),
      btn('send'),
    );
    const b = await startComplaintForm(deps, ctxFor(BOB));
    const offer = await run(deps, ctxFor(BOB), b.state!, btn('cat', 'water'));
    expect(offer.state?.step).toBe('similar');
    expect(offer.keys[0]).toBe('complaint-similar-found');
    await expect(advanceComplaintForm(deps, ctxFor(BOB), offer.state!, btn('join', '999'))).rejects.toMatchObject({ code: 'BUTTON.STALE' });
    const joined = await run(deps, ctxFor(BOB), offer.state!, btn('join', '1'));
    expect(joined.state).toBeNull();
    expect(joined.keys).toEqual(['complaint-joined']);
    expect(deps.complaints.rows).toHaveLength(1);
    expect(await deps.complaints.supporterIds(1)).toEqual([BOB]);
    // The author is not offered their own complaint; another category is not offered either.
    const again = await startComplaintForm(deps, ctxFor(ALICE));
    expect((await run(deps, ctxFor(ALICE), again.state!, btn('cat', 'water'))).state?.step).toBe('description');
    expect((await run(deps, ctxFor(BOB), b.state!, btn('cat', 'roads'))).state?.step).toBe('description');
  });

  it('when a similar complaint is older than 30 days or resolved, then it is not offered', async () => {
    const deps = makeDeps();
    deps.users.add(BOB, { settlementId: 'aqtobe/oiyl' });
    const base = {
      categoryCode: 'water',
      areaId: 'aqtobe/oiyl',
      description: 'Нет воды давно',
      photos: [],
      latitude: null,
      longitude: null,
      source: 'private' as const,
      sourceChatId: null,
      authorId: ALICE,
      consent: false,
      contactName: null,
      contactHandle: null,
      dueAt: NOW,
      year: 2026,
    };
    await deps.complaints.create({ ...base, createdAt: new Date(NOW.getTime() - 31 * 86_400_000) });
    const resolved = await deps.complaints.create({ ...base, createdAt: new Date(NOW.getTime() - 86_400_000) });
    await deps.complaints.changeStatus({ complaintId: resolved.id, from: 'new', to: 'resolved', note: null, actorId: null, at: NOW });
    const b = await startComplaintForm(deps, ctxFor(BOB));
    expect((await run(deps, ctxFor(BOB), b.state!, btn('cat', 'water'))).state?.step).toBe('description');
  });

  it('when a resident filed 5 complaints within an hour, then the 6th is refused until the hour passes', async () => {
    const deps = makeDeps();
    deps.users.add(ALICE, { settlementId: 'aqtobe/oiyl' });
    const fileOne = async (now: Date) => {
      const s = await startComplaintForm(deps, ctxFor(ALICE, now));
      return run(
        deps,
        ctxFor(ALICE, now),
        s.state!,
        btn('cat', 'other'),
        text('Проблема номер один'),
        btn('next'),
        btn('skip'),
        btn('consent', 'n'),
        btn('send'),
      );
    };
    for (let i = 0; i < 5; i++) await fileOne(new Date(NOW.getTime() + i * 60_000));
    await expect(startComplaintForm(deps, ctxFor(ALICE, new Date(NOW.getTime() + 10 * 60_000)))).rejects.toMatchObject({
      code: 'COMPLAINT.RATE_LIMITED',
      vars: { limit: 5, minutes: 60, wait: 50 }, // the first one leaves the hour 50 minutes later
    });
    const later = await fileOne(new Date(NOW.getTime() + 61 * 60_000));
    expect(later.filed?.reference).toBe('C-2026-000006');
  });
});
