import type { Logger } from 'pino';
import { chatId as toChatId, type ChatId, type UserId } from '../../core/ids.ts';
import type { ChatRepository } from '../../core/ports.ts';
import { BotApiError, ChatUnavailableError, type BotApi, type PhotoInput, type SendOptions } from './bot-api.ts';

export interface ResilienceOptions {
  chats: ChatRepository;
  log: Logger;
  /** Longest 429 wait accepted inline; longer ones fail so a queue can retry later. */
  maxRetryAfterSeconds?: number;
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * True once the process is shutting down: a call that failed is not tried again (an answer not sent by
   * then is left to the outbox's receipt, which a running process delivers; a retry that got through
   * after the stop would tell the resident twice).
   */
  halted?: () => boolean;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** "chat not found" carries no parameters, so this one case has to read the description. */
const isChatNotFound = (e: BotApiError) => e.code === 400 && /chat not found/i.test(e.description);

/**
 * Wraps any BotApi with Telegram's failure modes, identically for both frameworks:
 * 429 waits exactly `retry_after` and retries; 403 marks the chat blocked/left and stops;
 * 400 with `migrate_to_chat_id` moves the chat and resends to the new id; network errors and 5xx
 * are retried with backoff.
 */
export class ResilientBotApi implements BotApi {
  private readonly sleep: (ms: number) => Promise<void>;
  /** Groups that became supergroups while running: later calls go straight to the new id. */
  private readonly migrated = new Map<ChatId, ChatId>();
  constructor(
    private readonly inner: BotApi,
    private readonly opts: ResilienceOptions,
  ) {
    this.sleep = opts.sleep ?? defaultSleep;
  }

  getMe() {
    return this.call('getMe', null, () => this.inner.getMe());
  }
  sendMessage(chat: ChatId, text: string, o?: SendOptions) {
    return this.call('sendMessage', chat, (id) => this.inner.sendMessage(id, text, o));
  }
  editMessageText(chat: ChatId, messageId: number, text: string, o?: SendOptions) {
    return this.call('editMessageText', chat, (id) => this.inner.editMessageText(id, messageId, text, o));
  }
  answerCallbackQuery(id: string, o?: { text?: string; showAlert?: boolean; url?: string }) {
    return this.call('answerCallbackQuery', null, () => this.inner.answerCallbackQuery(id, o));
  }
  sendDocument(chat: ChatId, file: { filename: string; data: Buffer }, o?: { caption?: string; threadId?: number }) {
    return this.call('sendDocument', chat, (id) => this.inner.sendDocument(id, file, o));
  }
  sendPhotos(chat: ChatId, fileIds: string[]) {
    return this.call('sendMediaGroup', chat, (id) => this.inner.sendPhotos(id, fileIds));
  }
  sendLocation(chat: ChatId, latitude: number, longitude: number, o?: SendOptions) {
    return this.call('sendLocation', chat, (id) => this.inner.sendLocation(id, latitude, longitude, o));
  }
  getChatMember(chat: ChatId, user: UserId) {
    return this.call('getChatMember', chat, (id) => this.inner.getChatMember(id, user));
  }
  sendPhoto(chat: ChatId, photo: PhotoInput, o?: SendOptions & { caption?: string }) {
    return this.call('sendPhoto', chat, (id) => this.inner.sendPhoto(id, photo, o));
  }
  setMyCommands(c: Array<{ command: string; description: string }>, o: Parameters<BotApi['setMyCommands']>[1]) {
    return this.call('setMyCommands', null, () => this.inner.setMyCommands(c, o));
  }
  deleteMyCommands(o: Parameters<BotApi['deleteMyCommands']>[0]) {
    return this.call('deleteMyCommands', null, () => this.inner.deleteMyCommands(o));
  }
  setMyDescription(text: string, o: Parameters<BotApi['setMyDescription']>[1]) {
    return this.call(o.short ? 'setMyShortDescription' : 'setMyDescription', null, () => this.inner.setMyDescription(text, o));
  }
  downloadFile(fileId: string) {
    return this.call('getFile', null, () => this.inner.downloadFile(fileId));
  }
  openFile(fileId: string) {
    return this.call('getFile', null, () => this.inner.openFile(fileId));
  }

  private async call<T>(method: string, chat: ChatId | null, fn: (chat: ChatId) => Promise<T>): Promise<T> {
    const maxAttempts = this.opts.maxAttempts ?? 4;
    let target = (chat === null ? chat : (this.migrated.get(chat) ?? chat)) as ChatId;
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn(target);
      } catch (err) {
        const next = await this.recover(method, target, err, attempt >= maxAttempts || this.opts.halted?.() === true);
        if (next === null || this.opts.halted?.()) throw err;
        target = next;
      }
    }
  }

  /** Returns the chat to retry with, or null to give up (the caller rethrows). */
  private async recover(method: string, chat: ChatId | null, err: unknown, last: boolean): Promise<ChatId | null> {
    const { log, chats } = this.opts;
    if (!(err instanceof BotApiError)) {
      if (last) return null;
      log.warn({ method, err: String(err) }, 'network error, retrying');
      await this.sleep(500);
      return chat;
    }
    if (err.code === 429) {
      const wait = err.parameters.retry_after ?? 1;
      if (last || wait > (this.opts.maxRetryAfterSeconds ?? 60)) return null;
      log.warn({ method, retryAfter: wait }, 'rate limited, waiting');
      await this.sleep(wait * 1000);
      return chat;
    }
    if (chat !== null && err.parameters.migrate_to_chat_id !== undefined) {
      const to = toChatId(err.parameters.migrate_to_chat_id);
      log.info({ method, from: String(chat), to: String(to) }, 'chat migrated, resending');
      await chats.migrate(chat, to);
      this.migrated.set(chat, to);
      return last ? null : to;
    }
    if (chat !== null && (err.code === 403 || isChatNotFound(err))) {
      const reason = err.code === 403 ? (chat > 0n ? 'blocked' : 'left') : 'not_found';
      await chats.setStatus(chat, reason === 'blocked' ? 'blocked' : 'left').catch(() => undefined);
      log.info({ method, chat: String(chat), reason }, 'chat unavailable');
      throw new ChatUnavailableError(chat, reason);
    }
    if (err.code >= 500 && !last) {
      await this.sleep(1000);
      return chat;
    }
    return null;
  }
}
