import { describe, expect, it } from 'vitest';
import {
  addSettlement,
  browseAreas,
  changeGroupLanguage,
  changeSubscription,
  changeTimeZone,
  findSettlements,
  greetGroup,
  removeSettlement,
  showSettings,
} from '../../../src/core/groups/index.ts';
import { DomainError } from '../../../src/core/errors.ts';
import { chatId, userId } from '../../../src/core/ids.ts';
import { makeDeps } from './fakes.ts';
import { groupsData } from '../../../src/core/groups/buttons.ts';

const G = chatId(-100500);
const admin = { id: userId(42), anonymous: false };
const anon = { id: userId(1087968824), anonymous: true };

async function group() {
  const t = makeDeps();
  await t.chats.upsertSeen({ id: G, type: 'supergroup', title: 'Oiyl residents' });
  return t;
}

describe('group settings use cases', () => {
  it('when the first settlement is added, then it becomes the main one, setup is done and the change is recorded', async () => {
    const { deps, chats, settings } = await group();
    const label = await addSettlement(deps, G, admin, 'aktobe/oiyl-d/oiyl', 'ru');
    expect(label).toBe('Уил, Уилский район, Актюбинская область');
    expect(await chats.find(G)).toMatchObject({ settlementId: 'aktobe/oiyl-d/oiyl', setupDone: true });
    await addSettlement(deps, G, admin, 'aktobe/oiyl-d/karasu', 'ru');
    expect((await chats.find(G))?.settlementId).toBe('aktobe/oiyl-d/oiyl');
    expect(await settings.listAreas(G)).toEqual(['aktobe/oiyl-d/karasu', 'aktobe/oiyl-d/oiyl']);
    expect(settings.changes.map((c) => [c.action, c.target, c.actorId])).toEqual([
      ['group.settlement.add', 'aktobe/oiyl-d/oiyl', 42n],
      ['group.settlement.add', 'aktobe/oiyl-d/karasu', 42n],
    ]);
  });

  it('when the main settlement is removed, then the next one takes over', async () => {
    const { deps, chats, settings } = await group();
    await addSettlement(deps, G, admin, 'aktobe/oiyl-d/oiyl', 'ru');
    await addSettlement(deps, G, admin, 'aktobe/oiyl-d/karasu', 'ru');
    await removeSettlement(deps, G, admin, 'aktobe/oiyl-d/oiyl');
    expect((await chats.find(G))?.settlementId).toBe('aktobe/oiyl-d/karasu');
    await removeSettlement(deps, G, admin, 'aktobe/oiyl-d/karasu');
    expect((await chats.find(G))?.settlementId).toBeNull();
    expect(settings.changes.filter((c) => c.action === 'group.settlement.remove')).toHaveLength(2);
  });

  it('when a province or an unknown id is offered as the settlement, then it is refused as a stale button', async () => {
    const { deps } = await group();
    await expect(addSettlement(deps, G, admin, 'aktobe', 'ru')).rejects.toMatchObject({ code: 'BUTTON.STALE' });
    await expect(addSettlement(deps, G, admin, 'nowhere', 'ru')).rejects.toBeInstanceOf(DomainError);
  });

  it('when language and zone change, then the audit keeps from/to; an anonymous admin is marked', async () => {
    const { deps, chats, settings } = await group();
    await changeGroupLanguage(deps, G, anon, 'kk');
    await changeTimeZone(deps, G, admin, 'Asia/Oral');
    await changeTimeZone(deps, G, admin, 'Asia/Oral'); // no change, no entry
    expect(await chats.find(G)).toMatchObject({ locale: 'kk', timeZone: 'Asia/Oral' });
    expect(settings.changes.map((c) => [c.action, c.details])).toEqual([
      ['group.language', { from: null, to: 'kk', anonymous: true }],
      ['group.time-zone', { from: null, to: 'Asia/Oral' }],
    ]);
    await expect(changeTimeZone(deps, G, admin, 'Europe/Moscow')).rejects.toMatchObject({ code: 'BUTTON.STALE' });
  });

  it('when a preset, a custom cron and off are chosen, then the subscription follows and next runs are in the chat zone', async () => {
    const { deps, settings } = await group();
    await changeTimeZone(deps, G, admin, 'UTC');
    const daily = await changeSubscription(deps, G, admin, 'results', { preset: 'd20' });
    expect(daily.subscription).toEqual({ chatId: G, kind: 'results', cron: '0 20 * * *', enabled: true });
    expect(daily.next[0]?.toISOString()).toBe('2026-11-16T20:00:00.000Z');
    const custom = await changeSubscription(deps, G, admin, 'digest', { cron: '30 19 * * 5' });
    expect(custom.next.map((d) => d.toISOString())).toEqual([
      '2026-11-20T19:30:00.000Z',
      '2026-11-27T19:30:00.000Z',
      '2026-12-04T19:30:00.000Z',
    ]);
    await changeSubscription(deps, G, admin, 'results', { off: true });
    expect(await settings.listSubscriptions(G)).toEqual([
      { chatId: G, kind: 'digest', cron: '30 19 * * 5', enabled: true },
      { chatId: G, kind: 'results', cron: '0 20 * * *', enabled: false },
    ]);
    expect((await settings.listActiveSubscriptions()).map((s) => [s.kind, s.timeZone])).toEqual([['digest', 'UTC']]);
    expect(settings.changes.filter((c) => c.action === 'group.subscription').at(-1)?.details).toEqual({
      from: { cron: '0 20 * * *', enabled: true },
      to: { cron: '0 20 * * *', enabled: false },
    });
  });

  it('when a custom cron is invalid, then nothing is saved or recorded', async () => {
    const { deps, settings } = await group();
    await expect(changeSubscription(deps, G, admin, 'digest', { cron: '* * * * *' })).rejects.toMatchObject({
      code: 'GROUPS.CRON_TOO_FREQUENT',
    });
    await expect(changeSubscription(deps, G, admin, 'digest', { cron: '0 9 * *' })).rejects.toMatchObject({
      code: 'GROUPS.CRON_FIELD_COUNT',
    });
    expect(await settings.listSubscriptions(G)).toEqual([]);
    expect(settings.changes).toEqual([]);
  });

  it('when a name is searched in any script, then the settlement is found; a namesake district is offered too; nothing matches nothing', async () => {
    const { deps } = await group();
    expect(await findSettlements(deps, 'Ойылда', 'kk')).toEqual({
      clear: false,
      options: [
        { id: 'aktobe/oiyl-d/oiyl', label: 'Ойыл, Ойыл ауданы, Ақтөбе облысы' },
        { id: 'aktobe/oiyl-d', label: 'Ойыл ауданы, Ақтөбе облысы' },
      ],
    });
    expect(await findSettlements(deps, 'Карасу', 'ru')).toEqual({
      clear: true,
      options: [{ id: 'aktobe/oiyl-d/karasu', label: 'Карасу, Уилский район, Актюбинская область' }],
    });
    expect((await findSettlements(deps, 'Aqtoghai', 'en')).options[0]?.id).toBe('abai/aktogay-d/aktogay');
    expect(await findSettlements(deps, 'Париж', 'ru')).toEqual({ clear: false, options: [] });
  });

  it('when the area tree is browsed, then provinces open districts and settlements are chosen', async () => {
    const { deps } = await group();
    const roots = await browseAreas(deps, null, 0, 'en');
    expect(roots.buttons?.map((r) => r.map((b) => ('data' in b ? b.data : '')))).toEqual([
      [groupsData.encode({ op: 't', areaId: 'abai', page: null })],
      [groupsData.encode({ op: 't', areaId: 'aktobe', page: null })],
      [groupsData.encode({ op: 's' })],
    ]);
    const district = await browseAreas(deps, 'aktobe/oiyl-d', 0, 'en');
    const data = district.buttons!.flat().map((b) => ('data' in b ? b.data : ''));
    expect(data).toEqual([
      groupsData.encode({ op: 'a', areaId: 'aktobe/oiyl-d' }),
      groupsData.encode({ op: 'a', areaId: 'aktobe/oiyl-d/karasu' }),
      groupsData.encode({ op: 'a', areaId: 'aktobe/oiyl-d/oiyl' }),
      groupsData.encode({ op: 't', areaId: 'aktobe', page: null }),
    ]);
    await expect(browseAreas(deps, 'gone', 0, 'en')).rejects.toMatchObject({ code: 'BUTTON.STALE' });
  });

  it('when the panel is shown, then it lists settlements, language, zone and posts', async () => {
    const { deps } = await group();
    await addSettlement(deps, G, admin, 'aktobe/oiyl-d/oiyl', 'en');
    await changeSubscription(deps, G, admin, 'results', { preset: 'w1' });
    const panel = await showSettings(deps, G, 'en', false);
    expect(JSON.stringify(panel.text)).toContain('Oiyl, Oiyl District, Aktobe Region');
    expect(JSON.stringify(panel.text)).toContain('schedule-weekly-mon-09');
    expect(panel.edit).toBeUndefined();
    expect(panel.buttons?.flat().map((b) => ('data' in b ? b.data : ''))).toEqual([
      groupsData.encode({ op: 's' }),
      groupsData.encode({ op: 'l' }),
      groupsData.encode({ op: 'z' }),
      groupsData.encode({ op: 'p' }),
      groupsData.encode({ op: 'x' }),
    ]);
  });
});

describe('greetGroup', () => {
  it('when the bot joins a group for the first time, then it greets once; re-added it says the settings are kept', async () => {
    const { chats, clock } = await group();
    const first = await greetGroup(chats, G, 'left', 'member', clock.now());
    expect(first.map((r) => (r.kind === 'message' && 'key' in r.text ? r.text.key : ''))).toEqual(['groups-greeting']);
    expect((await chats.find(G))?.greetedAt).toEqual(clock.now());
    expect(await greetGroup(chats, G, 'member', 'administrator', clock.now())).toEqual([]);
    const back = await greetGroup(chats, G, 'kicked', 'member', clock.now());
    expect(back.map((r) => (r.kind === 'message' && 'key' in r.text ? r.text.key : ''))).toEqual(['groups-back-not-set-up']);
  });
});
