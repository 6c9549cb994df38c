import type { ChatId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import type { ResultsChart } from '../elections/results-chart.ts';
import type { Text } from '../replies.ts';

/** What a group can subscribe to (ChatSubscription.kind). */
export const POST_KINDS = ['results', 'reminders', 'digest'] as const;
export type PostKind = (typeof POST_KINDS)[number];
export const isPostKind = (v: unknown): v is PostKind => typeof v === 'string' && (POST_KINDS as readonly string[]).includes(v);

export interface Subscription {
  kind: PostKind;
  /** Cron in the chat's time zone; '' = event-driven only (results) or the default morning (reminders). */
  cron: string;
  enabled: boolean;
  /** Forum supergroups: the topic this kind goes to; null or absent = General. */
  threadId?: number | null;
}

/** A group that receives posts, with what it needs to build them. */
export interface PostTarget {
  chatId: ChatId;
  locale: Locale;
  timeZone: string;
  /** The settlement and any other areas the group follows. */
  areaIds: string[];
  subscriptions: Subscription[];
}

/**
 * One post to one chat, identified by its slot: `(job, chatId, slot)` is claimed once in the
 * database, so replicas and retries never post it twice.
 */
export interface PlannedPost {
  job: PostKind;
  chatId: ChatId;
  /** e.g. `2026-11-27T20:00+05:00` (digest), `e-1:7d` (reminder), `e-1:v3` (results). */
  slot: string;
  /** When the slot is (the tick's minute); the digest measures "since the last one" from it. */
  at: Date;
  text: Text;
  locale: Locale;
  timeZone: string;
  /** Reminders: the election whose polling day the post offers to add to a calendar. */
  calendarOf?: string;
  /** Results: the bar chart, posted as a picture right before the text. */
  chart?: ResultsChart | null;
  /** The forum topic the group chose for this kind (see `topicFor`); null or absent = General. */
  threadId?: number | null;
}

/** The topic a target chose for one kind of post (null = General). */
export const topicFor = (target: Pick<PostTarget, 'subscriptions'>, kind: PostKind): number | null =>
  target.subscriptions.find((s) => s.kind === kind)?.threadId ?? null;
