import { LOCALE_NAMES, LOCALES } from '../locale.ts';
import { button, edit, lines, msg, raw, type Button, type Keyboard, type MessageReply, type Text } from '../replies.ts';
import { SUBSCRIPTION_KINDS, type Subscription, type SubscriptionKind } from './ports.ts';
import { describeSchedule } from './schedule-presets.ts';
import { GROUP_TIME_ZONES } from './time-zones.ts';

/** Callback prefix of every setup button: `gs:<action>:<args>`. */
export const SETUP_PREFIX = 'gs';
/** Conversation kind while the bot waits for an admin's reply (settlement name, cron expression). */
export const SETUP_CONVERSATION = 'group-setup';

export const back = (to = 'gs:m'): Button[] => [button(msg('setup-btn-back'), to)];

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
    [button(msg('setup-btn-settlement'), 'gs:s'), button(msg('setup-btn-language'), 'gs:l')],
    [button(msg('setup-btn-time-zone'), 'gs:z'), button(msg('setup-btn-posts'), 'gs:p')],
    [button(msg('setup-btn-close'), 'gs:x')],
  ];
}

/** Settlements: the chosen ones with a remove button each, then search and tree. */
export function settlementsMenu(chosen: { id: string; label: string }[]): MessageReply {
  const text = chosen.length === 0 ? msg('setup-settlements-empty') : lines(msg('setup-settlements-list'), ...chosen.map((c) => raw('• ' + c.label)));
  const removable = chosen.filter((c) => fits('gs:r:', c.id)).map((c) => [button(msg('setup-btn-remove', { name: c.label }), `gs:r:${c.id}`)]);
  return edit(text, [...removable, [button(msg('setup-btn-search'), 'gs:q'), button(msg('setup-btn-tree'), 'gs:t')], back()]);
}

export function languageMenu(): MessageReply {
  return edit(msg('setup-language-menu'), [LOCALES.map((l) => button(raw(LOCALE_NAMES[l]), `gs:lc:${l}`)), back()]);
}

export function timeZoneMenu(current: string): MessageReply {
  const rows = GROUP_TIME_ZONES.map((z, i) => [button(raw((z === current ? '✓ ' : '') + z), `gs:zc:${i}`)]);
  return edit(msg('setup-time-zone-menu', { zone: current }), [...rows, back()]);
}

export function postsMenu(subs: Subscription[]): MessageReply {
  const byKind = (k: SubscriptionKind) => subs.find((s) => s.kind === k);
  const text = lines(msg('setup-posts-menu'), ...SUBSCRIPTION_KINDS.map((k) => postLine(k, byKind(k))));
  return edit(text, [...SUBSCRIPTION_KINDS.map((k) => [button(kindName(k), `gs:k:${k}`)]), back()]);
}

/** One kind's timetable; in a forum (`topic` given) also where it goes, with a button to pick the topic. */
export function postKindMenu(kind: SubscriptionKind, sub: Subscription | undefined, timeZone: string, topic?: Text): MessageReply {
  const where = topic ? [msg('setup-post-topic'), topic] : [];
  return edit(lines(postLine(kind, sub), ...(topic ? [{ lines: where, separator: ' ' }] : []), msg('setup-post-when', { zone: timeZone })), [
    ...(topic ? [[button(msg('setup-btn-topic'), `gs:kt:${kind}`)]] : []),
    [button(msg('schedule-daily-20'), `gs:kp:${kind}:d20`), button(msg('schedule-daily-09'), `gs:kp:${kind}:d09`)],
    kind === 'results'
      ? [button(msg('schedule-on-event'), `gs:kp:${kind}:ev`), button(msg('schedule-weekly-mon-09'), `gs:kp:${kind}:w1`)]
      : [button(msg('schedule-weekly-mon-09'), `gs:kp:${kind}:w1`)],
    [button(msg('setup-btn-custom'), `gs:kc:${kind}`), button(msg('schedule-off'), `gs:kp:${kind}:off`)],
    back('gs:p'),
  ]);
}

/** Callback data must stay within Telegram's 64 bytes and ids must not hold the separator; area ids come from import files, so check. */
export const fits = (prefix: string, id: string, suffix = ''): boolean => !id.includes(':') && Buffer.byteLength(prefix + id + suffix, 'utf8') <= 64;

/** After a timetable change: what was chosen and, when on, the next three posts in the chat's zone and language. */
export function scheduleSaved(kind: SubscriptionKind, sub: Subscription, runs: string[]): MessageReply {
  const text = sub.enabled && runs.length ? lines(postLine(kind, sub), msg('setup-next-runs', { runs: runs.map((r) => '• ' + r).join('\n') })) : postLine(kind, sub);
  return edit(lines(msg('setup-saved'), text), [[button(msg('setup-btn-posts'), 'gs:p'), button(msg('setup-btn-back'), 'gs:m')]]);
}
