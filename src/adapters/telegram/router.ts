import pLimit, { type LimitFunction } from 'p-limit';
import type { Logger } from 'pino';
import { DomainError, errorKey } from '../../core/errors.ts';
import { chatId as toChatId, userId as toUserId } from '../../core/ids.ts';
import type { Locale } from '../../core/locale.ts';
import type {
  ChatRecord,
  ChatRepository,
  ConversationRepository,
  UpdateLog,
  UpdateSnapshot,
  UpdateSnapshots,
  UserRecord,
  UserRepository,
} from '../../core/ports.ts';
import { msg, toast, message as messageReply } from '../../core/replies.ts';
import type { ForumTopicRepository } from '../../core/groups/ports.ts';
import type { I18n } from '../../i18n/index.ts';
import { lazyChild } from '../../logger.ts';
import { apologise } from './apology.ts';
import { ChatUnavailableError, type BotApi } from './bot-api.ts';
import type { ChatLanes } from './chat-lanes.ts';
import { buildContext, toSender, type ContextDeps, type SendChart } from './context.ts';
import type { Feature, HandlerContext, RawUpdate } from './feature.ts';
import { learnTopic } from './learn-topic.ts';
import {
  addressesBot,
  readCommand,
  stripMention,
  topicOf,
  updateSchema,
  type CommandCall,
  type ParsedMessage,
  type ParsedUpdate,
} from './parse.ts';
import { Dispatcher } from './dispatch.ts';

/** What one update gives a handler context: a message, a button press, or neither (a membership change). */
interface ContextRequest {
  raw: RawUpdate;
  chat: { id: number; type: 'private' | 'group' | 'supergroup' | 'channel'; title?: string };
  from: NonNullable<ParsedMessage['from']>;
  message?: ParsedMessage;
  callback?: { id: string; data: string; messageId: number | null; threadId: number | null };
  /** Text or caption, in groups without the bot's @mention. */
  text?: string | null;
  startPayload?: string | null;
  log: Logger;
  /** A command or a button: a pending prompt of the same person ends. */
  dropsPrompt?: boolean;
  /** The snapshot read with the update's claim (same chat and sender), so the context reads nothing more. */
  seen?: UpdateSnapshot;
}

/** The chat an update belongs to (a button press without a message: its sender's private chat); null when none. */
function chatKeyOf(raw: unknown): number | null {
  if (raw === null || typeof raw !== 'object') return null;
  const u = raw as Record<string, { chat?: { id?: unknown }; message?: { chat?: { id?: unknown } }; from?: { id?: unknown } } | undefined>;
  const id =
    (u.message ?? u.edited_message ?? u.my_chat_member)?.chat?.id ?? u.callback_query?.message?.chat?.id ?? u.callback_query?.from?.id;
  return typeof id === 'number' ? id : null;
}

/** A person's last-seen time is refreshed at most this often (nothing else changed: no write). */
export const LAST_SEEN_RESOLUTION_MS = 3600_000;

export interface RouterDeps {
  features: Feature[];
  chats: ChatRepository;
  users: UserRepository;
  updates: UpdateLog;
  /** The chat, the user and the open form in one read (writes follow only when something changed). */
  snapshots: UpdateSnapshots;
  conversations: ConversationRepository;
  i18n: I18n;
  api: BotApi;
  log: Logger;
  defaultLocale: Locale;
  defaultTimeZone: string;
  bot: { id: number; username: string };
  /** Sends results charts as photos (replies with a chart). */
  sendChart?: SendChart;
  /** Forum topics seen in groups, offered in /setup. */
  topics?: ForumTopicRepository;
  now?: () => Date;
  /** Per-chat queues for chats Telegram rate-limited (a held chat never holds the handler). */
  lanes: ChatLanes;
  /** Called when an update's handler and its background work are done (tests wait on it). */
  onSettled?: (updateId: number) => void;
  /**
   * Updates handled at once (MAX_CONCURRENT_UPDATES); the rest wait their turn in arrival order, their
   * webhook requests open. Default: no bound.
   */
  maxConcurrent?: number;
}

/**
 * The one framework-neutral entry point: telegraf and grammY both hand it the raw Update.
 * Unknown shapes are ignored; a repeated update_id is processed once; errors never escape.
 */
export class Router {
  private inFlight = new Set<Promise<void>>();
  /** Failed updates whose claim the database would not give back. */
  private readonly unreleased = new Set<number>();
  private readonly background = new Map<number, Array<Promise<void>>>();
  /** Per chat, the last of its updates taken (see inChatOrder). */
  private readonly chatTails = new Map<number, Promise<void>>();
  /** Updates waiting for an earlier update of their chat (see inChatOrder). */
  private queuedInChats = 0;
  private readonly now: () => Date;
  private readonly promptKinds: string[];
  private readonly promptKindSet: ReadonlySet<string>;
  private readonly slots?: LimitFunction;
  /** What every handler context shares (built once, not per update). */
  private readonly contextDeps: ContextDeps;
  private readonly dispatch: Dispatcher;

  constructor(private readonly deps: RouterDeps) {
    this.now = deps.now ?? (() => new Date());
    if (deps.maxConcurrent) this.slots = pLimit(deps.maxConcurrent);
    this.promptKinds = deps.features.flatMap((f) => f.prompts ?? []);
    this.promptKindSet = new Set(this.promptKinds);
    this.dispatch = new Dispatcher(deps.features);
    this.contextDeps = {
      api: deps.api,
      i18n: deps.i18n,
      conversations: deps.conversations,
      defaultLocale: deps.defaultLocale,
      defaultTimeZone: deps.defaultTimeZone,
      botUsername: deps.bot.username,
      now: this.now,
      promptKinds: this.promptKindSet,
      lanes: deps.lanes,
      sendChart: deps.sendChart,
      background: (ctx, work) => this.runBackground(ctx as HandlerContext & { callbackAnswered(): boolean }, work),
    };
  }

  /**
   * Handles one update; never throws. Resolves when the handler returned (background work may go on).
   * With `maxConcurrent`, an update waits for a free slot first, so a burst of webhook requests does
   * not crowd out the delivery worker (its database pool, the event loop): `npm run bench --
   * election-night`. Updates waiting for a slot are drained at shutdown like those in flight.
   * Background work does not hold a slot.
   */
  handle(raw: unknown): Promise<void> {
    const job = this.track(this.inChatOrder(raw, () => (this.slots ? this.slots(() => this.process(raw)) : this.process(raw))));
    const onSettled = this.deps.onSettled;
    const updateId = (raw as { update_id?: unknown })?.update_id;
    if (onSettled && typeof updateId === 'number') void job.then(() => this.settled(updateId)).then(() => onSettled(updateId));
    return job;
  }

  /**
   * One chat's updates are handled one after another, in the order they came; other chats' go on
   * meanwhile. Telegram hands several updates over at once (a batch of getUpdates, parallel webhook
   * requests): after a restart, a redelivered `/complain` and the next button press of the same
   * resident came in one batch, and handled side by side the older one could finish last and put the
   * form back to its first step. An update takes its `maxConcurrent` slot only when its turn in the
   * chat came, so a busy chat never holds slots that other chats could use.
   */
  private inChatOrder(raw: unknown, run: () => Promise<void>): Promise<void> {
    const key = chatKeyOf(raw);
    if (key === null) return run();
    const before = this.chatTails.get(key);
    if (before) this.queuedInChats++;
    const turn = () => {
      this.queuedInChats--;
      return run();
    };
    const work = before ? before.then(turn, turn) : run();
    this.chatTails.set(key, work);
    void work.finally(() => {
      if (this.chatTails.get(key) === work) this.chatTails.delete(key);
    });
    return work;
  }

  /** Updates taken but not yet started: waiting for a slot (`maxConcurrent`) or for an earlier update of their chat. For the metrics. */
  get waiting(): number {
    return (this.slots?.pendingCount ?? 0) + this.queuedInChats;
  }

  /** Waits for updates and background work in progress, and for queued answers (graceful shutdown), at most `timeoutMs`. */
  async drain(timeoutMs: number): Promise<void> {
    const timer = new Promise<void>((r) => setTimeout(r, timeoutMs).unref());
    await Promise.race([Promise.allSettled([...this.inFlight]).then(() => this.deps.lanes.drain(timeoutMs)), timer]);
    this.deps.lanes.close(); // an answer still waiting is not sent after the database closed (a receipt stays in the outbox)
  }

  private track(job: Promise<void>): Promise<void> {
    const tracked = job.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
    return tracked;
  }

  /** Work a handler handed to `ctx.background`: after the handler, in the same error boundary. */
  private runBackground(ctx: HandlerContext & { callbackAnswered(): boolean }, work: () => Promise<void>): void {
    const job = this.track(Promise.resolve().then(() => this.guard(ctx, work)));
    const list = this.background.get(ctx.updateId) ?? [];
    list.push(job);
    this.background.set(ctx.updateId, list);
  }

  private async settled(updateId: number): Promise<void> {
    for (let list = this.background.get(updateId); list?.length; list = this.background.get(updateId)) {
      await Promise.allSettled(list.splice(0));
    }
    this.background.delete(updateId);
  }

  private async process(raw: unknown): Promise<void> {
    const parsed = updateSchema.safeParse(raw);
    const updateId = typeof (raw as { update_id?: unknown })?.update_id === 'number' ? (raw as RawUpdate).update_id : undefined;
    const log = lazyChild(this.deps.log, { update_id: updateId });
    if (!parsed.success) {
      log.debug('update of an unknown shape ignored');
      return;
    }
    const update = parsed.data;
    let claimed = false;
    try {
      // The claim is the one write of the happy path; a failed update gives it back (see release).
      // An update that will get a handler context claims and reads its snapshot together.
      const reader = this.contextOf(update);
      let seen: UpdateSnapshot | undefined;
      if (reader) {
        const r = await this.deps.snapshots.claimAndRead(update.update_id, toChatId(reader.chat), toUserId(reader.from));
        claimed = r.claimed;
        seen = r.snapshot;
      } else claimed = await this.deps.updates.claim(update.update_id);
      claimed ||= this.unreleased.delete(update.update_id);
      if (!claimed) {
        log.info('repeated update ignored');
        return;
      }
      await this.route(update, raw as RawUpdate, log, seen);
    } catch (err) {
      log.error({ err }, 'update failed before it reached a handler');
      if (claimed) await this.release(update.update_id, log);
      await apologise(this.deps, update);
    }
  }

  /**
   * Gives an update's claim back after its handling failed, so a redelivery (a webhook retry, getUpdates
   * after a restart) is processed rather than ignored as a repeat. When the database cannot take even
   * that, this process remembers the id and will not ignore it.
   */
  private async release(updateId: number, log: Logger): Promise<void> {
    try {
      await this.deps.updates.release(updateId);
    } catch (err) {
      log.warn({ err }, 'claim not released; this process will process a redelivery');
      if (this.unreleased.size < 10_000) this.unreleased.add(updateId);
    }
  }

  /**
   * The chat and sender whose snapshot this update's handler context reads: a button press, or a
   * message addressed to the bot (see onMessage). Null for the rest (memberships write first).
   */
  private contextOf(update: ParsedUpdate): { chat: number; from: number } | null {
    const cq = update.callback_query;
    if (cq) return { chat: cq.message?.chat.id ?? cq.from.id, from: cq.from.id };
    const m = update.message;
    if (!m || m.migrate_to_chat_id !== undefined || m.migrate_from_chat_id !== undefined) return null;
    return m.from && this.addressed(m, readCommand(m)) ? { chat: m.chat.id, from: m.from.id } : null;
  }

  /** Private chats, commands for this bot and messages that mention or reply to it; never channel posts. */
  private addressed(message: ParsedMessage, command: CommandCall | null): boolean {
    const { bot } = this.deps;
    if (message.chat.type === 'channel') return false;
    if (command?.target && command.target !== bot.username.toLowerCase()) return false; // for another bot
    return message.chat.type === 'private' || command !== null || addressesBot(message, bot.username, bot.id);
  }

  private async route(update: ParsedUpdate, raw: RawUpdate, log: Logger, seen?: UpdateSnapshot): Promise<void> {
    if (update.my_chat_member) return this.onMembership(update, raw, log);
    const message = update.message ?? update.edited_message;
    if (message?.migrate_to_chat_id !== undefined) {
      await this.deps.chats.migrate(toChatId(message.chat.id), toChatId(message.migrate_to_chat_id));
      log.info('group migrated to a supergroup');
      return;
    }
    if (message?.migrate_from_chat_id !== undefined) {
      await this.deps.chats.migrate(toChatId(message.migrate_from_chat_id), toChatId(message.chat.id));
      return;
    }
    if (update.callback_query) return this.onCallback(update, raw, log, seen);
    if (update.message) return this.onMessage(update.message, raw, log, seen);
    log.debug('update type not handled');
  }

  private async onMessage(message: ParsedMessage, raw: RawUpdate, log: Logger, seen?: UpdateSnapshot): Promise<void> {
    const { bot } = this.deps;
    const isPrivate = message.chat.type === 'private';
    if (this.deps.topics) await learnTopic(this.deps.topics, message);
    const command = readCommand(message);
    if (!this.addressed(message, command) || !message.from) return; // privacy: stay quiet in groups
    const rawText = message.text ?? message.caption ?? null;
    const text = rawText !== null && !isPrivate ? stripMention(rawText, bot.username) : rawText;
    const startPayload = command?.name === 'start' && command.args ? command.args.slice(0, 64) : null;
    const ctx = await this.context({
      raw,
      chat: message.chat,
      from: message.from,
      message,
      text,
      startPayload,
      log,
      dropsPrompt: command !== null,
      seen,
    });
    await this.guard(ctx, async () => {
      if (command) return this.dispatch.command(ctx, command);
      return this.dispatch.message(ctx);
    });
  }

  private async onCallback(update: ParsedUpdate, raw: RawUpdate, log: Logger, seen?: UpdateSnapshot): Promise<void> {
    const cq = update.callback_query!;
    const chat = cq.message?.chat ?? { id: cq.from.id, type: 'private' as const };
    const callback = { id: cq.id, data: cq.data ?? '', messageId: cq.message?.message_id ?? null, threadId: topicOf(cq.message) };
    // Telegram shows a spinner until the button is answered: always answer (when the context cannot be
    // built, the outer boundary answers with the apology).
    const answer = () => this.deps.api.answerCallbackQuery(cq.id).catch(() => undefined);
    const ctx = await this.context({ raw, chat, from: cq.from, callback, log, dropsPrompt: true, seen });
    await this.guard(ctx, () => this.dispatch.callback(ctx));
    if (!ctx.callbackAnswered()) await answer();
  }

  private async onMembership(update: ParsedUpdate, raw: RawUpdate, log: Logger): Promise<void> {
    const m = update.my_chat_member!;
    const id = toChatId(m.chat.id);
    const status = m.new_chat_member.status;
    const gone = status === 'left' || status === 'kicked';
    await this.deps.chats.upsertSeen({ id, type: m.chat.type, title: m.chat.title ?? null });
    await this.deps.chats.setStatus(id, gone ? (m.chat.type === 'private' ? 'blocked' : 'left') : 'active');
    log.info({ chat_type: m.chat.type, status }, 'bot membership changed');
    if (gone) return;
    const ctx = await this.context({ raw, chat: m.chat, from: m.from, log });
    const change = {
      chatId: id,
      chatType: m.chat.type,
      title: m.chat.title ?? null,
      actor: toSender(m.from),
      oldStatus: m.old_chat_member.status,
      newStatus: status,
    };
    await this.guard(ctx, async () => {
      for (const f of this.deps.features) await f.onBotMembership?.(ctx, change);
    });
  }

  /**
   * The handler context of one update. One read gives the chat, the user and their open form; the chat
   * and the user are written only when something changed (new, another title or type, another Telegram
   * language, inactive, last seen over an hour ago). Any command or button ends a pending prompt of the
   * same person: a delete only when the read found one.
   */
  private async context(input: ContextRequest) {
    const { raw, chat, from, log } = input;
    const id = toChatId(chat.id);
    const uid = toUserId(from.id);
    const seen = input.seen ?? (await this.deps.snapshots.read(id, uid));
    const prompt = input.dropsPrompt === true && seen.conversation !== null && this.promptKindSet.has(seen.conversation.kind);
    const [chatRecord, user] = await Promise.all([
      this.seenChat(seen, { id, type: chat.type, title: chat.title ?? null }),
      from.is_bot ? null : this.seenUser(seen, uid, from.language_code ?? null),
      prompt ? this.deps.conversations.clearKinds(id, uid, this.promptKinds) : undefined,
    ]);
    return buildContext(this.contextDeps, {
      update: raw,
      chat: { ...chat, title: chat.title },
      chatRecord,
      from,
      user,
      message: input.message ?? null,
      callback: input.callback ?? null,
      text: input.text ?? null,
      startPayload: input.startPayload ?? null,
      conversation: prompt ? null : seen.conversation,
      staff: seen.staff,
      log,
    });
  }

  private async seenChat(seen: UpdateSnapshot, chat: { id: ChatRecord['id']; type: ChatRecord['type']; title: string | null }) {
    const known = seen.chat;
    const record = known && known.type === chat.type && known.title === chat.title ? known : await this.deps.chats.upsertSeen(chat);
    if (record.status !== 'active' && record.status !== 'migrated') await this.deps.chats.setStatus(record.id, 'active');
    return record;
  }

  private async seenUser(seen: UpdateSnapshot, id: UserRecord['id'], languageCode: string | null): Promise<UserRecord> {
    const known = seen.user;
    if (known && known.languageCode === languageCode && Date.now() - known.lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS) {
      const { lastSeenAt: _seen, ...user } = known;
      return user;
    }
    return this.deps.users.touch({ id, languageCode });
  }

  /** The one error boundary: expected errors become localized messages, others an apology. */
  private async guard(ctx: HandlerContext & { callbackAnswered(): boolean }, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (err) {
      if (err instanceof ChatUnavailableError) return;
      const known = err instanceof DomainError;
      if (!known) {
        ctx.log.error({ err }, 'handler failed');
        await this.release(ctx.updateId, ctx.log);
      }
      const text = known ? msg(errorKey(err.code), err.vars) : msg('error-unexpected');
      const reply = ctx.callback && !ctx.callbackAnswered() ? toast(text, true) : messageReply(text);
      await ctx.reply(reply).catch((e: unknown) => ctx.log.warn({ err: e }, 'could not send the error message'));
    }
  }
}
