import type { AdminRecord } from './admin/types.ts';
import type { ChatId, UserId } from './ids.ts';
import type { Locale } from './locale.ts';
import type { Reply } from './replies.ts';

/** Foundation ports. Each feature keeps its own ports in `core/<feature>/ports.ts`. */

export type ChatType = 'private' | 'group' | 'supergroup' | 'channel';
export type ChatStatus = 'active' | 'left' | 'blocked' | 'migrated';

export interface ChatRecord {
  id: ChatId;
  type: ChatType;
  title: string | null;
  locale: Locale | null;
  timeZone: string | null;
  status: ChatStatus;
  migratedToId: ChatId | null;
  settlementId: string | null;
  setupDone: boolean;
  greetedAt: Date | null;
}

export interface ChatRepository {
  find(id: ChatId): Promise<ChatRecord | null>;
  /** Creates the chat or refreshes its type/title; returns the stored record. */
  upsertSeen(chat: { id: ChatId; type: ChatType; title: string | null }): Promise<ChatRecord>;
  update(id: ChatId, patch: Partial<Omit<ChatRecord, 'id'>>): Promise<ChatRecord>;
  setStatus(id: ChatId, status: ChatStatus): Promise<void>;
  /**
   * Moves everything keyed by the old id (settings, areas, subscriptions, pending outbox rows,
   * conversation states) to the new id and marks the old one migrated. Idempotent.
   */
  migrate(from: ChatId, to: ChatId): Promise<void>;
}

export interface UserRecord {
  id: UserId;
  locale: Locale | null;
  languageCode: string | null;
  settlementId: string | null;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
}

export interface UserRepository {
  find(id: UserId): Promise<UserRecord | null>;
  /** Records that the user was seen (last seen, language code); creates on first sight. */
  touch(user: { id: UserId; languageCode: string | null }): Promise<UserRecord>;
  /** Changes the given fields of an existing user. */
  update(id: UserId, patch: Partial<Omit<UserRecord, 'id'>>): Promise<void>;
}

export interface ConversationState<T = Record<string, unknown>> {
  kind: string;
  step: string;
  data: T;
  expiresAt: Date;
}

/** Multi-step forms live in the database so a restart or another replica takes the next step. */
export interface ConversationRepository {
  get(chat: ChatId, user: UserId, now: Date): Promise<ConversationState | null>;
  set(chat: ChatId, user: UserId, state: ConversationState): Promise<void>;
  /**
   * Saves `state` unless a conversation of another kind is open (not expired at `now`), in one
   * statement: true when saved. Keeps a feature's context without overwriting a form opened meanwhile.
   */
  setUnlessOther(chat: ChatId, user: UserId, state: ConversationState, now: Date): Promise<boolean>;
  clear(chat: ChatId, user: UserId): Promise<void>;
  /** Ends the conversation only when it is of one of these kinds (a pending one-question prompt). */
  clearKinds(chat: ChatId, user: UserId, kinds: readonly string[]): Promise<void>;
}

/**
 * What an update's handling starts from, read in one round trip: the chat, the person (with when they
 * were last recorded as seen) and their open form in that chat (possibly expired). Null when absent.
 */
export interface UpdateSnapshot {
  chat: ChatRecord | null;
  user: (UserRecord & { lastSeenAt: Date }) | null;
  conversation: ConversationState | null;
  /** The sender's staff row (owner or admin added in the bot), null for everyone else. */
  staff: AdminRecord | null;
}

/** Reads an update's snapshot; every replica reads the database, nothing is kept between updates. */
export interface UpdateSnapshots {
  read(chat: ChatId, user: UserId): Promise<UpdateSnapshot>;
  /** Claims the update (as `UpdateLog.claim`: false for a repeat) and reads its snapshot, in one round trip where the database allows. */
  claimAndRead(updateId: number, chat: ChatId, user: UserId): Promise<{ claimed: boolean; snapshot: UpdateSnapshot }>;
}

/** Remembers handled update ids: Telegram may deliver the same update twice. */
export interface UpdateLog {
  /** True the first time an id is seen, false for a repeat. */
  claim(updateId: number): Promise<boolean>;
  /** Forgets a claim whose handling failed, so a redelivery of the update is processed. */
  release(updateId: number): Promise<void>;
  prune(olderThan: Date): Promise<number>;
}

/** The database side of claims kept in memory while polling (`adapters/telegram/polling-claims.ts`). */
export interface StoredUpdateLog extends UpdateLog {
  /** The highest update id claimed so far and when, null when none is. */
  highest(): Promise<{ updateId: number; claimedAt: Date } | null>;
  /** Records claims made elsewhere (in memory), in one statement; ids already claimed are skipped. */
  claimAll(updateIds: readonly number[]): Promise<void>;
}

/**
 * Sends replies to chats other than the one an update came from (notifications), rendered in the
 * recipient's locale. Implemented outside core (render + Telegram, or the outbox).
 */
export interface Notifier {
  notify(chat: ChatId, locale: Locale, replies: Reply[]): Promise<void>;
}

/** Files users sent to the bot (a data file, a photo), fetched by the id the message carried. */
export interface FileDownloads {
  download(fileId: string): Promise<Buffer>;
}
