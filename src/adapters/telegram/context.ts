import type { Logger } from 'pino';
import { chatId as toChatId, userId as toUserId, type ChatId } from '../../core/ids.ts';
import { localeFromLanguageCode, type Locale } from '../../core/locale.ts';
import type { AdminRecord } from '../../core/admin/types.ts';
import type { ChatRecord, ConversationRepository, ConversationState, UserRecord } from '../../core/ports.ts';
import type { Reply } from '../../core/replies.ts';
import type { I18n } from '../../i18n/index.ts';
import { BotApiError, type BotApi } from './bot-api.ts';
import type { ChatLanes } from './chat-lanes.ts';
import { eventToIcs } from '../calendar/ics.ts';
import type { ResultsChart } from '../../core/elections/results-chart.ts';
import type { SendOptions } from './bot-api.ts';

export type SendChart = (
  chat: ChatId,
  chart: ResultsChart,
  locale: Locale,
  timeZone: string,
  opts: SendOptions & { caption?: string },
) => Promise<unknown>;
import type { HandlerContext, RawUpdate, Sender } from './feature.ts';
import { GROUP_ANONYMOUS_BOT_ID, toIncoming, topicOf, type ParsedChat, type ParsedMessage, type ParsedUser } from './parse.ts';
import { renderKeyboard, renderText, splitText } from './render.ts';

const CONVERSATION_TTL_MS = 24 * 3600_000;
/** A pending prompt (see `Feature.prompts`) is forgotten after 15 minutes. */
export const PROMPT_TTL_MS = 15 * 60_000;

export interface ContextDeps {
  api: BotApi;
  i18n: I18n;
  conversations: ConversationRepository;
  defaultLocale: Locale;
  defaultTimeZone: string;
  botUsername: string;
  now: () => Date;
  /** Conversation kinds that are prompts: shorter lifetime. */
  promptKinds?: ReadonlySet<string>;
  /** Per-chat queues for chats Telegram rate-limited. */
  lanes: ChatLanes;
  /** Sends a results chart as a photo (rendered, uploaded once, then by file_id). */
  sendChart?: SendChart;
  /** Runs work after the handler, in the router's error boundary. */
  background(ctx: HandlerContext, work: () => Promise<void>): void;
}

export interface ContextInput {
  update: RawUpdate;
  chat: ParsedChat;
  chatRecord: ChatRecord;
  from: ParsedUser | null;
  user: UserRecord | null;
  message: ParsedMessage | null;
  callback: { id: string; data: string; messageId: number | null; threadId?: number | null } | null;
  text: string | null;
  startPayload: string | null;
  /**
   * The open form as read with the chat and the user at the start of this update (null: none), or
   * undefined when not read. It answers the first `conversation.get()`; later reads, and any after a
   * set or clear, go to the database.
   */
  conversation?: ConversationState | null;
  /** The sender's staff row as read at the start of this update (null: not staff), or undefined when not read. */
  staff?: AdminRecord | null;
  log: Logger;
}

export const toSender = (u: ParsedUser, senderChatId?: number, chatIdNum?: number): Sender => ({
  id: toUserId(u.id),
  languageCode: u.language_code ?? null,
  firstName: u.first_name ?? null,
  lastName: u.last_name ?? null,
  username: u.username ?? null,
  isAnonymousAdmin: u.id === GROUP_ANONYMOUS_BOT_ID && senderChatId !== undefined && senderChatId === chatIdNum,
});

/** Private chats speak the user's language; groups speak the language their admins chose. */
export function resolveLocale(
  deps: Pick<ContextDeps, 'defaultLocale'>,
  chat: ChatRecord,
  user: UserRecord | null,
  from: ParsedUser | null,
): Locale {
  if (chat.type !== 'private') return chat.locale ?? deps.defaultLocale;
  return user?.locale ?? localeFromLanguageCode(from?.language_code, deps.defaultLocale);
}

/** The form's lifetime: a pending prompt's is shorter. */
function withExpiry(deps: ContextDeps, s: Omit<ConversationState, 'expiresAt'> & { expiresAt?: Date }): ConversationState {
  const ttl = deps.promptKinds?.has(s.kind) ? PROMPT_TTL_MS : CONVERSATION_TTL_MS;
  return { ...s, expiresAt: s.expiresAt ?? new Date(deps.now().getTime() + ttl) };
}

/**
 * Builds an update's handler context. Its functions are methods (object shorthand) and the reply
 * machinery a class: a context is built for every update, and each named arrow or inner function made
 * per call was also renamed per call (the loader keeps function names), a few per cent of an update.
 */
export function buildContext(deps: ContextDeps, input: ContextInput): HandlerContext & { callbackAnswered: () => boolean } {
  const chatId = toChatId(input.chat.id);
  const sender = input.from ? toSender(input.from, input.message?.sender_chat?.id, input.chat.id) : null;
  const locale = resolveLocale(deps, input.chatRecord, input.user, input.from);
  const timeZone = input.chatRecord.timeZone ?? deps.defaultTimeZone;
  // Answers go to the forum topic the question was asked in (a button press: the topic of its message).
  const threadId = input.message ? topicOf(input.message) : (input.callback?.threadId ?? null);
  // In a busy group an answer replies to its question, so the asker sees it is theirs.
  const questionId = input.message && input.chat.type !== 'private' ? input.message.message_id : undefined;
  const replies = new Replies(deps, input, chatId, locale, timeZone, threadId, questionId);
  const userKey = sender?.id ?? toUserId(0);
  let prefetched = input.conversation;
  /** The form as read at the start of this update, until this update sets or clears it. */
  let atStart = input.conversation;

  const ctx: HandlerContext & { callbackAnswered: () => boolean } = {
    update: input.update,
    updateId: input.update.update_id,
    chat: { id: chatId, type: input.chat.type, title: input.chat.title ?? null },
    chatRecord: input.chatRecord,
    from: sender,
    user: input.user,
    staff: input.staff,
    locale,
    timeZone,
    isPrivate: input.chat.type === 'private',
    threadId,
    text: input.text,
    incoming: input.message ? toIncoming(input.message) : null,
    repliesToBot: input.message?.reply_to_message?.from?.username === deps.botUsername,
    files: {
      download(fileId) {
        return deps.api.downloadFile(fileId);
      },
    },
    callback: input.callback,
    botUsername: deps.botUsername,
    startPayload: input.startPayload,
    api: deps.api,
    log: input.log,
    now: deps.now,
    callbackAnswered() {
      return replies.answered;
    },
    conversation: {
      async get() {
        const known = prefetched;
        prefetched = undefined;
        if (known === undefined) return deps.conversations.get(chatId, userKey, deps.now());
        if (known && known.expiresAt <= deps.now()) {
          await deps.conversations.clear(chatId, userKey);
          return null;
        }
        return known;
      },
      async peek() {
        if (atStart === undefined) return ctx.conversation.get();
        return atStart && atStart.expiresAt > deps.now() ? atStart : null;
      },
      set(s) {
        prefetched = undefined;
        atStart = undefined;
        return deps.conversations.set(chatId, userKey, withExpiry(deps, s));
      },
      setUnlessOther(s) {
        prefetched = undefined;
        atStart = undefined;
        return deps.conversations.setUnlessOther(chatId, userKey, withExpiry(deps, s), deps.now());
      },
      clear() {
        prefetched = undefined;
        atStart = undefined;
        return deps.conversations.clear(chatId, userKey);
      },
    },
    async reply(...rs: Reply[]) {
      for (const r of rs) await replies.send(r);
    },
    async whenDelivered(then) {
      if (!replies.queued.length) return then();
      void Promise.all(replies.queued)
        .then(async (sent) => {
          if (sent.every(Boolean)) await then();
        })
        .catch((err: unknown) => input.log.warn({ err }, 'follow-up after a queued answer failed'));
    },
    background(work) {
      deps.background(ctx, work);
    },
  };
  return ctx;
}

/** How one update's replies are rendered and sent, and whether its button was answered. */
class Replies {
  answered = false;
  /** Answers queued behind a chat Telegram holds (see `whenDelivered`). */
  readonly queued: Array<Promise<boolean>> = [];

  constructor(
    private readonly deps: ContextDeps,
    private readonly input: ContextInput,
    private readonly chatId: ChatId,
    private readonly locale: Locale,
    private readonly timeZone: string,
    private readonly threadId: number | null,
    private readonly questionId: number | undefined,
  ) {}

  private render(t: Parameters<typeof renderText>[1], loc: Locale = this.locale): string {
    return renderText(this.deps.i18n, t, loc, this.timeZone);
  }

  /** Through the chat's lane: at once when the chat is free, queued when Telegram holds it. */
  private async viaLane(target: ChatId, job: () => Promise<unknown>): Promise<void> {
    const outcome = await this.deps.lanes.send(target, job);
    if (outcome.status === 'queued') this.queued.push(outcome.delivered);
  }

  /** A reply keyboard (location / contact buttons) or its removal, rendered in `loc`. */
  private underInput(r: Extract<Reply, { kind: 'message' }>, loc: Locale): Pick<SendOptions, 'replyKeyboard' | 'removeKeyboard'> {
    if (r.removeKeyboard) return { removeKeyboard: true };
    if (!r.replyKeyboard?.length) return {};
    return {
      replyKeyboard: r.replyKeyboard.map((row) =>
        row.map((b) => ({
          text: this.render(b.text, loc).slice(0, 64) || '·',
          ...(b.request === 'location' ? { request_location: true } : b.request === 'contact' ? { request_contact: true } : {}),
        })),
      ),
    };
  }

  async send(r: Reply): Promise<void> {
    const { deps, input, chatId, locale, timeZone, threadId, questionId } = this;
    if (r.kind === 'toast') {
      if (!input.callback || this.answered) return;
      this.answered = true;
      await deps.api.answerCallbackQuery(input.callback.id, { text: this.render(r.text).slice(0, 200), showAlert: r.alert, url: r.url });
      return;
    }
    if (r.kind === 'calendar') {
      const target = r.chatId ?? chatId;
      const data = eventToIcs(r.event, (t) => this.render(t), deps.now());
      await this.viaLane(target, () =>
        deps.api.sendDocument(target, { filename: r.filename, data }, { caption: this.render(r.event.summary).slice(0, 1024) }),
      );
      return;
    }
    const target = r.chatId ?? chatId;
    const here = target === chatId && threadId !== null ? { threadId } : {};
    if (r.kind === 'document') {
      await this.viaLane(target, () =>
        deps.api.sendDocument(
          target,
          { filename: r.filename, data: r.data },
          { caption: r.caption ? this.render(r.caption).slice(0, 1024) : undefined, ...here },
        ),
      );
      return;
    }
    if (r.kind === 'picture') {
      const keyboard = renderKeyboard(deps.i18n, r.buttons, locale, timeZone);
      await this.viaLane(target, () =>
        deps.api.sendPhoto(
          target,
          { filename: r.filename, data: r.data },
          { caption: r.caption ? this.render(r.caption).slice(0, 1024) : undefined, keyboard, ...here },
        ),
      );
      return;
    }
    if (r.kind === 'album') {
      // Telegram takes 2-10 photos an album.
      for (let i = 0; i < r.photos.length; i += 10)
        await this.viaLane(target, () => deps.api.sendPhotos(target, r.photos.slice(i, i + 10)));
      return;
    }
    if (r.kind === 'location') {
      await this.viaLane(target, () =>
        deps.api.sendLocation(target, r.latitude, r.longitude, { keyboard: renderKeyboard(deps.i18n, r.buttons, locale, timeZone) }),
      );
      return;
    }
    const loc = r.locale ?? locale;
    const keyboard = renderKeyboard(deps.i18n, r.buttons, loc, timeZone);
    const parts = splitText(this.render(r.text, loc));
    if (r.edit && input.callback?.messageId && parts.length === 1 && target === chatId) {
      try {
        const messageId = input.callback.messageId;
        await this.viaLane(target, () => deps.api.editMessageText(target, messageId, parts[0]!, { keyboard }));
        return;
      } catch (err) {
        // Pressing the same button twice edits to identical text: Telegram answers 400, which is fine.
        if (err instanceof BotApiError && err.code === 400 && /not modified/i.test(err.description)) return;
        if (!(err instanceof BotApiError) || err.code !== 400) throw err;
      }
    }
    const replyTo = target === chatId && questionId !== undefined ? { replyToMessageId: questionId } : {};
    if (r.chart && deps.sendChart) {
      const chart = r.chart;
      await this.viaLane(target, () =>
        deps.sendChart!(target, chart, loc, timeZone, {
          caption: this.render(chart.title, loc).slice(0, 1024),
          ...here,
          ...replyTo,
        }),
      );
    }
    const under = this.underInput(r, loc);
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      await this.viaLane(target, () =>
        deps.api.sendMessage(target, parts[i]!, {
          keyboard: last ? keyboard : undefined,
          ...(last ? under : {}),
          ...here,
          ...(i === 0 ? replyTo : {}),
        }),
      );
    }
  }
}
