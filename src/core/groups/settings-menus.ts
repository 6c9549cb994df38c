import { LOCALE_NAMES, LOCALES } from '../locale.ts';
import { groupsData, type GroupsButton } from './buttons.ts';
import { edit, lines, msg, raw, type Button, type Keyboard, type MessageReply, type Text } from '../replies.ts';
import { SUBSCRIPTION_KINDS, type Subscription, type SubscriptionKind } from './ports.ts';
import { describeSchedule } from './schedule-presets.ts';
import { GROUP_TIME_ZONES } from './time-zones.ts';

/** Conversation kind while the bot waits for an admin's reply (settlement name, cron expression). */
export const SETUP_CONVERSATION = 'group-setup';

export const back = (to: GroupsButton = { op: 'm' }): Button[] => [groupsData.button(msg('groups-button-back'), to)];

/** The name of a kind of post, e.g. "Results". */
export const kindName = (kind: SubscriptionKind): Text => msg('post-kind', { kind });

/** "Results — daily at 20:00" */
export const postLine = (kind: SubscriptionKind, sub: Subscription | undefined): Text => ({
  lines: [kindName(kind), describeSchedule(sub, kind)],
  separator: ' — ',
});

/** The main buttons of the panel. */
export function panelKeyboard(): Keyboard {
  return [
    [groupsData.button(msg('groups-button-settlement'), { op: 's' }), groupsData.button(msg('groups-button-language'), { op: 'l' })],
    [groupsData.button(msg('groups-button-time-zone'), { op: 'z' }), groupsData.button(msg('groups-button-posts'), { op: 'p' })],
    [groupsData.button(msg('groups-button-close'), { op: 'x' })],
  ];
}

/** Settlements: the chosen ones with a remove button each, then search and tree. */
export function settlementsMenu(chosen: { id: string; label: string }[]): MessageReply {
  const text =
    chosen.length === 0
      ? msg('groups-settlements-empty')
      : lines(msg('groups-settlements-list'), ...chosen.map((c) => raw('• ' + c.label)));
  const removable = chosen.flatMap((c) => {
    const data = groupsData.tryEncode({ op: 'r', areaId: c.id });
    return data ? [[{ text: msg('groups-button-remove', { name: c.label }), data }]] : [];
  });
  return edit(text, [
    ...removable,
    [
      groupsData.button(msg('groups-button-search'), { op: 'q' }),
      groupsData.button(msg('groups-button-tree'), { op: 't', areaId: '', page: null }),
    ],
    back(),
  ]);
}

export function languageMenu(): MessageReply {
  return edit(msg('groups-language-menu'), [LOCALES.map((l) => groupsData.button(raw(LOCALE_NAMES[l]), { op: 'lc', locale: l })), back()]);
}

export function timeZoneMenu(current: string): MessageReply {
  const rows = GROUP_TIME_ZONES.map((zone) => [groupsData.button(raw((zone === current ? '✓ ' : '') + zone), { op: 'zc', zone })]);
  return edit(msg('groups-time-zone-menu', { zone: current }), [...rows, back()]);
}

export function postsMenu(subs: Subscription[]): MessageReply {
  const byKind = (k: SubscriptionKind) => subs.find((s) => s.kind === k);
  const text = lines(msg('groups-posts-menu'), ...SUBSCRIPTION_KINDS.map((k) => postLine(k, byKind(k))));
  return edit(text, [...SUBSCRIPTION_KINDS.map((k) => [groupsData.button(kindName(k), { op: 'k', kind: k })]), back()]);
}

const preset = (kind: SubscriptionKind, preset: Extract<GroupsButton, { op: 'kp' }>['preset'], text: Text): Button =>
  groupsData.button(text, { op: 'kp', kind, preset });

/** One kind's timetable; in a forum (`topic` given) also where it goes, with a button to pick the topic. */
export function postKindMenu(kind: SubscriptionKind, sub: Subscription | undefined, timeZone: string, topic?: Text): MessageReply {
  const where = topic ? [msg('groups-post-topic'), topic] : [];
  return edit(
    lines(postLine(kind, sub), ...(topic ? [{ lines: where, separator: ' ' }] : []), msg('groups-post-when', { zone: timeZone })),
    [
      ...(topic ? [[groupsData.button(msg('groups-button-topic'), { op: 'kt', kind })]] : []),
      [preset(kind, 'd20', msg('schedule-daily-20')), preset(kind, 'd09', msg('schedule-daily-09'))],
      kind === 'results'
        ? [preset(kind, 'ev', msg('schedule-on-event')), preset(kind, 'w1', msg('schedule-weekly-mon-09'))]
        : [preset(kind, 'w1', msg('schedule-weekly-mon-09'))],
      [groupsData.button(msg('groups-button-custom'), { op: 'kc', kind }), preset(kind, 'off', msg('schedule-off'))],
      back({ op: 'p' }),
    ],
  );
}

/** After a timetable change: what was chosen and, when on, the next three posts in the chat's zone and language. */
export function scheduleSaved(kind: SubscriptionKind, sub: Subscription, runs: string[]): MessageReply {
  const text =
    sub.enabled && runs.length
      ? lines(postLine(kind, sub), msg('groups-next-runs', { runs: runs.map((r) => '• ' + r).join('\n') }))
      : postLine(kind, sub);
  return edit(lines(msg('groups-saved'), text), [
    [groupsData.button(msg('groups-button-posts'), { op: 'p' }), groupsData.button(msg('groups-button-back'), { op: 'm' })],
  ]);
}
