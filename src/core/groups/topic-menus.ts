import { edit, lines, message, msg, raw, type MessageReply, type Text } from '../replies.ts';
import { SUBSCRIPTION_KINDS, type ForumTopic, type Subscription, type SubscriptionKind } from './ports.ts';
import { groupsData } from './buttons.ts';
import { back, kindName } from './settings-menus.ts';

/** Topic 0 in buttons means General (Telegram's General topic has no message_thread_id). */
export const GENERAL_TOPIC = 0;

/** How a topic is named to admins: its name, or "General". */
export const topicName = (threadId: number | null | undefined, topics: ForumTopic[]): Text => {
  if (!threadId) return msg('groups-topic-general');
  const known = topics.find((t) => t.threadId === threadId);
  return known ? raw(known.name) : msg('groups-topic-unnamed', { id: threadId });
};

/** "Results → Elections" lines for the posts screen of a forum. */
export function topicLines(subs: Subscription[], topics: ForumTopic[]): Text[] {
  return SUBSCRIPTION_KINDS.map((k) => ({
    lines: [kindName(k), topicName(subs.find((s) => s.kind === k)?.threadId, topics)],
    separator: ' → ',
  }));
}

/** Which topic one kind of post goes to: General and every open topic seen, the current one ticked. */
export function topicMenu(kind: SubscriptionKind, current: number | null, topics: ForumTopic[]): MessageReply {
  const choices = [
    { threadId: GENERAL_TOPIC, name: null as string | null },
    ...topics.filter((t) => !t.closed).map((t) => ({ threadId: t.threadId, name: t.name })),
  ];
  const rows = choices.slice(0, 20).map((c) => {
    const ticked = (current ?? GENERAL_TOPIC) === c.threadId ? '✓ ' : '';
    const label: Text = c.name === null ? { lines: [raw(ticked), msg('groups-topic-general')], separator: '' } : raw(ticked + c.name);
    return [groupsData.button(label, { op: 'tc', kind, thread: c.threadId })];
  });
  return edit(lines(kindName(kind), msg('groups-topic-menu-hint')), [...rows, back({ op: 'k', kind })]);
}

/** The answer to `/setup here` inside a topic: one button per kind of post to send it here. */
export function hereMenu(threadId: number, subs: Subscription[]): MessageReply {
  const rows = SUBSCRIPTION_KINDS.map((k) => {
    const here = subs.find((s) => s.kind === k)?.threadId === threadId;
    return [groupsData.button({ lines: [raw(here ? '✓ ' : ''), kindName(k)], separator: '' }, { op: 'th', kind: k, thread: threadId })];
  });
  return message(msg('groups-topic-here-prompt'), [...rows, [groupsData.button(msg('groups-button-close'), { op: 'x' })]]);
}
