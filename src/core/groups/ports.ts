import type { ChatId, UserId } from '../ids.ts';
import type { Locale } from '../locale.ts';

/** The posts a group can ask for. */
export const SUBSCRIPTION_KINDS = ['results', 'reminders', 'digest'] as const;
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];

export const isSubscriptionKind = (v: unknown): v is SubscriptionKind =>
  typeof v === 'string' && (SUBSCRIPTION_KINDS as readonly string[]).includes(v);

/**
 * One kind of post a chat wants. `cron` is read in the chat's time zone; "" means no timetable
 * (event-driven only). A disabled row keeps its cron so turning it back on restores it.
 */
export interface Subscription {
  chatId: ChatId;
  kind: SubscriptionKind;
  cron: string;
  enabled: boolean;
  /** Forum supergroups: the topic this kind goes to; null or absent = General. */
  threadId?: number | null;
}

/** What a scheduler needs to post to one chat: the subscription with the chat's zone, language and places. */
export interface ActiveSubscription extends Subscription {
  timeZone: string | null;
  locale: Locale | null;
  /** The chat's settlements, the main one first. */
  areaIds: string[];
}

/** ChatArea and ChatSubscription rows of a chat. The chat row itself lives in ChatRepository. */
export interface GroupSettingsRepository {
  /** Settlement ids of the chat, sorted by id (the main one is `Chat.settlementId`). */
  listAreas(chat: ChatId): Promise<string[]>;
  addArea(chat: ChatId, areaId: string): Promise<void>;
  removeArea(chat: ChatId, areaId: string): Promise<void>;
  listSubscriptions(chat: ChatId): Promise<Subscription[]>;
  saveSubscription(sub: Subscription): Promise<void>;
  /** Sends one kind of post to a forum topic (null = General); creates a switched-off row if the kind has none. */
  setTopic(chat: ChatId, kind: SubscriptionKind, threadId: number | null): Promise<void>;
  /** A topic can no longer be posted to: every kind sent there goes to General. Returns the kinds moved. */
  clearTopic(chat: ChatId, threadId: number): Promise<SubscriptionKind[]>;
  /**
   * Enabled subscriptions of active chats (optionally one kind), with each chat's zone, language and
   * settlements: what scheduled posts read.
   */
  listActiveSubscriptions(kind?: SubscriptionKind): Promise<ActiveSubscription[]>;
}

/** One settings change: who, when, what. */
export interface SettingsChange {
  chatId: ChatId;
  /** The admin's user id (anonymous admins: GroupAnonymousBot's id, with `anonymous` in details). */
  actorId: UserId | null;
  /** `group.settlement.add`, `group.settlement.remove`, `group.language`, `group.time-zone`, `group.subscription`. */
  action: string;
  target: string | null;
  details: Record<string, unknown>;
  at: Date;
}

/** Where settings changes are recorded (AuditEntry rows). */
export interface SettingsAudit {
  record(change: SettingsChange): Promise<void>;
  /** Newest first. */
  listForChat(chat: ChatId, limit: number): Promise<SettingsChange[]>;
}

/** Who makes a change: the adapter has already checked they are an admin at this moment. */
export interface Actor {
  id: UserId | null;
  anonymous: boolean;
}

/** A forum topic of a group, as the bot has seen it (its creation, a message in it, /setup here). */
export interface ForumTopic {
  chatId: ChatId;
  threadId: number;
  name: string;
  closed: boolean;
}

/** Topics the bot has seen, so /setup can offer them by name. */
export interface ForumTopicRepository {
  /** Records a topic; a missing name keeps the one known (or stores a placeholder). */
  saveTopic(topic: { chatId: ChatId; threadId: number; name?: string | null; closed?: boolean }): Promise<void>;
  listTopics(chat: ChatId): Promise<ForumTopic[]>;
}
