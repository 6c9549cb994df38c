import type { Logger } from 'pino';
import type { AdminRecord } from '../../core/admin/types.ts';
import type { ButtonCodec } from '../../core/buttons.ts';
import type { ChatId, UserId } from '../../core/ids.ts';
import type { Locale } from '../../core/locale.ts';
import type { ChatRecord, ChatType, ConversationState, FileDownloads, UserRecord } from '../../core/ports.ts';
import type { Reply } from '../../core/replies.ts';
import type { BotApi } from './bot-api.ts';
import type { Incoming } from './parse.ts';

/** A raw Bot API object; the router reads it with zod at the edge. */
export type RawUpdate = Record<string, unknown> & { update_id: number };

export interface Sender {
  id: UserId;
  languageCode: string | null;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  /** An anonymous group admin (GroupAnonymousBot with sender_chat = the group). */
  isAnonymousAdmin: boolean;
}

/**
 * What a handler gets for one update, the same under telegraf and grammY.
 * Handlers translate it into a core use case call and hand the use case's replies to `reply`.
 */
export interface HandlerContext {
  update: RawUpdate;
  updateId: number;
  chat: { id: ChatId; type: ChatType; title: string | null };
  chatRecord: ChatRecord;
  from: Sender | null;
  user: UserRecord | null;
  /**
   * The sender's staff row (an admin added in the bot) as read with the chat and the user when this
   * update arrived: null when they are not staff, undefined when it was not read (a context built
   * elsewhere). Owners from ADMIN_IDS are not rows; `resolveActor` adds them.
   */
  staff?: AdminRecord | null;
  /** user choice (/language) > group setting > Telegram language_code > DEFAULT_LOCALE */
  locale: Locale;
  timeZone: string;
  isPrivate: boolean;
  /** Forum supergroups: the topic the update came from (answers go there); null = General or no forum. */
  threadId: number | null;
  /** Message text or caption; in groups with the bot's @mention removed. */
  text: string | null;
  /** What the message carries (text, photo, location, contact, document, other), read at the edge; null for buttons. */
  incoming: Incoming | null;
  /** The message replies to one of the bot's messages. */
  repliesToBot: boolean;
  /** Files users sent, fetched by id. */
  files: FileDownloads;
  callback: { id: string; data: string; messageId: number | null; threadId?: number | null } | null;
  botUsername: string;
  /** Deep-link payload of `/start <payload>`, if any. */
  startPayload: string | null;
  conversation: {
    get(): Promise<ConversationState | null>;
    /**
     * The form as it was when this update arrived (no query; expired reads as none), or as `get()` once
     * this update set or cleared it. For context that may be a moment old (the last question asked); a
     * form's next step reads `get()`, which sees another update's change.
     */
    peek(): Promise<ConversationState | null>;
    set(state: Omit<ConversationState, 'expiresAt'> & { expiresAt?: Date }): Promise<void>;
    /** Saves `state` unless a form of another kind is open (one statement); true when saved. */
    setUnlessOther(state: Omit<ConversationState, 'expiresAt'> & { expiresAt?: Date }): Promise<boolean>;
    clear(): Promise<void>;
  };
  /**
   * Renders replies in `locale` and sends them (edits for `edit: true` on a button press). When Telegram
   * holds the chat (429), they wait in the chat's queue and this returns without waiting.
   */
  reply(...replies: Reply[]): Promise<void>;
  /**
   * Runs `then` once every reply of this update reached Telegram: at once (awaited) when none had to
   * wait, else later in the background. Not run when a queued reply was given up.
   */
  whenDelivered(then: () => Promise<void>): Promise<void>;
  /**
   * Long work (an export, an import) that must not hold the update: runs after the handler returns,
   * inside the same error boundary, and is waited for at shutdown.
   */
  background(work: () => Promise<void>): void;
  api: BotApi;
  log: Logger;
  now(): Date;
}

export type Handler = (ctx: HandlerContext) => Promise<void>;

export interface CommandSpec {
  /** Without the slash: 'start', 'results'. */
  name: string;
  /** i18n key of the command menu description; omit to keep it out of the menu. */
  menuKey?: string;
  /** Where the command works; elsewhere it gets a short localized hint. Default: 'all'. */
  scope?: 'private' | 'group' | 'all';
  /** Where it is listed in the command menu, when narrower than where it works. Default: `scope`. */
  menuScope?: 'private' | 'group' | 'all';
  /**
   * The menus that list it, when not everyone's (overrides `menuScope`): 'private' and 'group' are
   * residents' menus, 'group-admins' the menu of group admins only, 'staff' the private menu of staff.
   */
  menu?: MenuPlace[];
  handle(ctx: HandlerContext, args: string): Promise<void>;
}

export type MenuPlace = 'private' | 'group' | 'group-admins' | 'staff';

export interface ChatMemberChange {
  chatId: ChatId;
  chatType: ChatType;
  title: string | null;
  actor: Sender | null;
  oldStatus: string;
  newStatus: string;
}

/**
 * One button family's handler. The router decodes the callback data with `codec` and hands over the
 * value; a button it cannot decode, or pressed where the family does not work (`scope`), gets the
 * "button is out of date" toast without reaching the handler.
 */
export interface ButtonRoute<T = any> {
  codec: ButtonCodec<T>;
  /** Where the family's buttons work. Default: 'all'. */
  scope?: 'private' | 'group' | 'all';
  handle(ctx: HandlerContext, value: T): Promise<void>;
}

/** Routes a button family to its handler (see `ButtonRoute`). */
export const onButton = <T>(
  codec: ButtonCodec<T>,
  handle: (ctx: HandlerContext, value: T) => Promise<void>,
  scope?: ButtonRoute['scope'],
): ButtonRoute<T> => ({ codec, handle, scope });

/** One handler per operation of a family built with `buttonFamily`, each given its narrowed value. */
export const byOp =
  <T extends { op: string }>(handlers: { [K in T['op']]: (ctx: HandlerContext, value: Extract<T, { op: K }>) => Promise<void> }) =>
  (ctx: HandlerContext, value: T): Promise<void> =>
    (handlers[value.op as T['op']] as (ctx: HandlerContext, value: T) => Promise<void>)(ctx, value);

/**
 * A capability wired into the router: written once, run by both frameworks.
 * Buttons: one codec per family in core (`core/buttons.ts`); the router decodes and dispatches by prefix.
 */
export interface Feature {
  name: string;
  commands?: CommandSpec[];
  buttons?: ButtonRoute[];
  /**
   * Messages while a conversation of this kind is active (text, photo, location, sticker ...).
   * A handler that returns false passes the message on as if no conversation were active (context
   * kept for follow-ups rather than a form that owns the next message).
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: form handlers return Promise<void>; only a pass-through returns false
  conversations?: Record<string, (ctx: HandlerContext) => Promise<void | boolean>>;
  /**
   * Conversation kinds that are one-question prompts (a status note, a number): any command or button
   * from the same person drops them, and they expire after `PROMPT_TTL_MS`, so a message typed much
   * later is never taken as the answer.
   */
  prompts?: readonly string[];
  /**
   * Free text with no command and no active conversation (private: any text; groups: mentions and
   * replies to the bot). Return true when handled; features are asked in order.
   */
  onText?: (ctx: HandlerContext) => Promise<boolean>;
  /**
   * Non-text messages (a document, a photo ...) with no active conversation. Return true when handled;
   * features are asked in order, and unclaimed ones get the short "I understand text" hint.
   */
  onAttachment?: (ctx: HandlerContext) => Promise<boolean>;
  /** my_chat_member: the bot was added, promoted, removed, blocked. */
  onBotMembership?: (ctx: HandlerContext, change: ChatMemberChange) => Promise<void>;
}
