/**
 * A Telegram Bot API emulator on node:http at 127.0.0.1: the end-to-end tests and the playground
 * run the real bot against it; it never calls Telegram.
 * Point telegraf (`telegram: { apiRoot }`) or grammY (`client: { apiRoot }`) at
 * `api.apiRoot`, push updates, and assert on the recorded calls.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { User, UserFromGetMe } from 'grammy/types';
import { CallLog, sameName, type ApiCall, type CallPredicate, type WaitForOptions } from './calls.ts';
import {
  badRequest,
  FakeApiError,
  forbidden,
  tooManyRequests as tooManyRequestsError,
  type ErrorEnvelope,
  type InjectedError,
} from './errors.ts';
import { createHttpHandler } from './http.ts';
import { SendLimiter } from './limits.ts';
import { BUILTIN_METHODS, type MethodContext, type MethodHandler } from './methods.ts';
import type { Params } from './params.ts';
import { blockDescription, DEFAULT_BOT, FakeState, type ChatId, type MemberStatus, type StoredFile } from './state.ts';
import { UpdateQueue, type WebhookDelivery } from './update-queue.ts';

export { FakeApiError, type ErrorEnvelope, type InjectedError, type MethodContext, type MethodHandler, type Params };
export type { ApiCall, CallPredicate, WaitForOptions, WebhookDelivery, StoredFile, MemberStatus };

export interface FakeBotApiOptions {
  token?: string;
  botId?: number;
  botUsername?: string;
  botFirstName?: string;
  /** Enforce Telegram's send limits with 429s (off by default). */
  enforceLimits?: boolean;
  /** 0 (default) picks a free port. */
  port?: number;
  /** false skips the call log (for benchmarks); waitFor still sees new calls. */
  recordCalls?: boolean;
  /** Clock in ms for limits and message dates (tests may advance it by hand). */
  now?: () => number;
  webhookRetries?: number;
  webhookRetryDelayMs?: number;
  webhookTimeoutMs?: number;
}

interface FailureRule {
  method: string;
  error: InjectedError;
  chatId?: ChatId;
  remaining: number;
}

/** Sends that produce a message and count against the limits. */
function isSend(method: string): boolean {
  return (method.startsWith('send') && method !== 'sendChatAction') || /^(copy|forward)Messages?$/.test(method);
}

/** Calls that fail with 403 in a chat that blocked or kicked the bot. */
function isSendOrEdit(method: string): boolean {
  return method.startsWith('send') || method.startsWith('edit') || /^(copy|forward)Messages?$/.test(method);
}

/** Starts a fake Bot API server on 127.0.0.1 and resolves once it listens. */
export async function startFakeBotApi(opts: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const api = new FakeBotApi(opts);
  await api.listen(opts.port ?? 0);
  return api;
}

export class FakeBotApi {
  /** e.g. `http://127.0.0.1:43210`, no trailing slash. */
  apiRoot = '';
  readonly token: string;
  readonly stats = { sent: 0, tooManyRequests: 0 };
  /** Users, chats, members, messages, files and commands the fake knows. */
  readonly state: FakeState;
  private readonly queue: UpdateQueue;
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly handlers = new Map<string, MethodHandler>();
  private readonly methodNames = new Map<string, string>();
  private readonly limiter?: SendLimiter;
  private readonly log: CallLog;
  private readonly now: () => number;
  private failures: FailureRule[] = [];
  private closing?: Promise<void>;

  constructor(opts: FakeBotApiOptions = {}) {
    const botId = opts.botId ?? DEFAULT_BOT.id;
    this.token = opts.token ?? `${botId}:AAFakeTokenForTestsOnly-0123456789ab`;
    this.now = opts.now ?? Date.now;
    this.log = new CallLog(opts.recordCalls ?? true);
    if (opts.enforceLimits) this.limiter = new SendLimiter(this.now);
    this.state = new FakeState(botUser(botId, opts.botUsername ?? DEFAULT_BOT.username, opts.botFirstName ?? DEFAULT_BOT.firstName));
    this.queue = new UpdateQueue({
      webhookRetries: opts.webhookRetries ?? 3,
      webhookRetryDelayMs: opts.webhookRetryDelayMs ?? 50,
      webhookTimeoutMs: opts.webhookTimeoutMs ?? 10_000,
      now: this.now,
      onWebhookReply: async (method, params) => void (await this.invoke(method, params)),
    });
    for (const name of Object.keys(BUILTIN_METHODS)) this.methodNames.set(name.toLowerCase(), name);
    const handler = createHttpHandler({
      token: this.token,
      invoke: (method, params, signal) => this.invoke(method, params, signal),
      fileByPath: (filePath) => this.state.fileByPath(filePath),
    });
    this.server = createServer((req, res) => void handler(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Webhook POST attempts so far, in order. */
  get webhookDeliveries(): WebhookDelivery[] {
    return this.queue.deliveries;
  }

  listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        const address = this.server.address();
        if (address && typeof address === 'object') this.apiRoot = `http://127.0.0.1:${address.port}`;
        resolve();
      });
    });
  }

  /** Answers held long polls, aborts webhook deliveries and closes every socket. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    if (!this.server.listening) return;
    this.queue.close();
    // Let answered long polls reach their sockets before those are destroyed.
    await new Promise((resolve) => setImmediate(resolve));
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  // ---- call log -------------------------------------------------------------

  /** Every call answered so far (empty with `recordCalls: false`). */
  get calls(): ApiCall[] {
    return this.log.calls;
  }

  callsOf(method: string): ApiCall[] {
    return this.log.of(method);
  }

  /** Params of successful sendMessage/sendDocument/sendPhoto/editMessageText calls, optionally for one chat. */
  sent(chatId?: ChatId): Params[] {
    return this.log.sent(chatId);
  }

  /** The index the next call will get: pass it as `after` to waitFor. */
  mark(): number {
    return this.log.mark();
  }

  /**
   * Resolves with the first call of `method` matching `predicate`, already recorded
   * or future; rejects after `timeoutMs` (default 5000) naming what was called instead.
   */
  waitFor(method: string, predicate?: CallPredicate, opts: number | WaitForOptions = {}): Promise<ApiCall> {
    return this.log.waitFor(method, predicate, opts);
  }

  /** Every call answered from now on, as it is answered (the playground page follows the bot this way). */
  onCall(listener: (call: ApiCall) => void): () => void {
    return this.log.subscribe(listener);
  }

  clearCalls(): void {
    this.log.clear();
  }

  // ---- updates ----------------------------------------------------------------

  /** Queues an update for getUpdates or the webhook; assigns update_id if missing and returns it. */
  pushUpdate(update: Params): number {
    try {
      this.state.observeUpdate(update);
    } catch {
      // Learning from updates is best effort: tests push malformed updates on purpose.
    }
    return this.queue.push(update);
  }

  /** Updates not yet confirmed by getUpdates' offset or delivered to the webhook. */
  pendingUpdates(): Params[] {
    return [...this.queue.pending];
  }

  /** Resolves with the webhook attempt that settled the update (2xx, or the last retry). */
  waitForDelivery(updateId: number, timeoutMs = 5000): Promise<WebhookDelivery> {
    return this.queue.waitForDelivery(updateId, timeoutMs);
  }

  // ---- world state ------------------------------------------------------------

  /** Makes file bytes available to getFile and `/file/bot<token>/<file_path>`. */
  registerFile(fileId: string, data: Buffer, filename: string, contentType?: string): StoredFile {
    return this.state.registerFile(fileId, data, filename, contentType);
  }

  /** Sets what getChatMember/getChatAdministrators answer for a user (or the bot) in a chat. */
  setChatMember(chatId: ChatId, userId: number, status: MemberStatus, user?: Partial<User>): void {
    this.state.setMember(chatId, userId, status, user);
  }

  // ---- failures and overrides -------------------------------------------------

  /** The next matching call(s) of `method` ('*' = any) fail with this envelope; HTTP status = error_code. */
  failNext(method: string, error: InjectedError, opts: { chatId?: ChatId; times?: number } = {}): void {
    this.failures.push({ method, error, chatId: opts.chatId, remaining: opts.times ?? 1 });
  }

  /** failNext with 429 `Too Many Requests: retry after N` (method defaults to sendMessage). */
  tooManyRequests(retryAfterSeconds: number, opts: { method?: string; chatId?: ChatId; times?: number } = {}): void {
    const { description, parameters } = tooManyRequestsError(retryAfterSeconds);
    this.failNext(opts.method ?? 'sendMessage', { error_code: 429, description, parameters }, opts);
  }

  /** Every send/edit to the chat fails 403 (blocked by the user / kicked from the group) until unblockChat. */
  blockChat(chatId: ChatId, description = blockDescription(chatId)): void {
    this.state.blocked.set(chatId, description);
  }

  unblockChat(chatId: ChatId): void {
    this.state.blocked.delete(chatId);
  }

  /** Any call to oldId fails 400 with `parameters.migrate_to_chat_id = newId`. */
  migrateChat(oldId: number, newId: number): void {
    this.state.migrations.set(oldId, newId);
  }

  /** Overrides (or adds) a method; pass undefined to restore the built-in. Throw FakeApiError to fail. */
  setHandler(method: string, fn: MethodHandler | undefined): void {
    const name = this.methodNames.get(method.toLowerCase()) ?? method;
    if (fn) this.handlers.set(name, fn);
    else this.handlers.delete(name);
    if (fn || name in BUILTIN_METHODS) this.methodNames.set(name.toLowerCase(), name);
    else this.methodNames.delete(name.toLowerCase());
  }

  // ---- dispatch -----------------------------------------------------------------

  /** Runs a method as if called over HTTP (also used for webhook replies); records the call. */
  async invoke(method: string, params: Params, signal = new AbortController().signal): Promise<{ status: number; body: unknown }> {
    const name = this.methodNames.get(method.toLowerCase());
    let result: unknown;
    let error: FakeApiError | undefined;
    try {
      if (!name) throw new FakeApiError(404, 'Not Found: method not found');
      // Every ok envelope has a result; an override returning nothing means true.
      result = (await this.execute(name, params, signal)) ?? true;
    } catch (err) {
      error = err instanceof FakeApiError ? err : new FakeApiError(500, `Internal Server Error: ${(err as Error).message}`);
    }
    this.log.add(name ?? method, params, this.now(), result, error?.toEnvelope());
    if (!error) return { status: 200, body: { ok: true, result } };
    if (error.error_code === 429) this.stats.tooManyRequests++;
    return { status: error.error_code, body: error.toEnvelope() };
  }

  private async execute(name: string, params: Params, signal: AbortSignal): Promise<unknown> {
    const chatId = params.chat_id as ChatId | undefined;
    this.throwInjectedFailure(name, chatId);
    if (chatId !== undefined) {
      const newId = this.state.migrations.get(chatId);
      if (newId !== undefined) throw badRequest('group chat was upgraded to a supergroup chat', { migrate_to_chat_id: newId });
      const blocked = this.state.blocked.get(chatId);
      if (blocked && isSendOrEdit(name)) throw forbidden(blocked);
    }
    const send = isSend(name);
    if (send && this.limiter) {
      const wait = this.limiter.take(chatId ?? '');
      if (wait > 0) throw tooManyRequestsError(wait);
    }
    const handler = this.handlers.get(name) ?? BUILTIN_METHODS[name];
    const ctx: MethodContext = { state: this.state, queue: this.queue, now: this.now, signal };
    const result = await handler(params, ctx);
    if (send) this.stats.sent++;
    return result;
  }

  private throwInjectedFailure(name: string, chatId: ChatId | undefined): void {
    const rule = this.failures.find(
      (r) => (r.method === '*' || sameName(r.method, name)) && (r.chatId === undefined || r.chatId === chatId),
    );
    if (!rule) return;
    if (--rule.remaining <= 0) this.failures = this.failures.filter((r) => r !== rule);
    throw FakeApiError.from(rule.error);
  }
}

function botUser(id: number, username: string, firstName: string): UserFromGetMe {
  return {
    id,
    is_bot: true,
    first_name: firstName,
    username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}
