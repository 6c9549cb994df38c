/**
 * The update queue of the fake Bot API: long-polled getUpdates with real
 * offset/limit/timeout semantics, or webhook delivery with secret header and
 * retries, never both at once (Telegram answers 409 to getUpdates then).
 */
import { badRequest, FakeApiError } from './errors.ts';
import { isTrue, parseParams, type Params } from './params.ts';

/** One webhook POST attempt: HTTP status, or 0 when the connection failed. */
export interface WebhookDelivery {
  updateId: number;
  status: number;
  attempt: number;
  /** True for the attempt that settled the update: a 2xx, or the last retry. */
  final: boolean;
  error?: string;
}

export interface UpdateQueueOptions {
  /** Retries after the first failed webhook attempt. */
  webhookRetries: number;
  webhookRetryDelayMs: number;
  webhookTimeoutMs: number;
  now: () => number;
  /** Runs a method the bot answered with in the webhook response body (telegraf's webhookReply). */
  onWebhookReply: (method: string, params: Params) => Promise<void>;
}

interface Webhook {
  url: string;
  secretToken?: string;
  maxConnections?: number;
  allowedUpdates?: string[];
}

interface PendingPoll {
  limit: number;
  finish: (result: Params[] | FakeApiError) => void;
}

const WEBHOOK_CONFLICT = "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook";
const POLL_CONFLICT = 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';
const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

export class UpdateQueue {
  /** Updates not yet confirmed (polling) or not yet delivered (webhook). */
  pending: Params[] = [];
  readonly deliveries: WebhookDelivery[] = [];
  private nextUpdateId = 1;
  private webhook?: Webhook;
  private lastError?: { date: number; message: string };
  private poll?: PendingPoll;
  /** Updates handed out by getUpdates: only these are dropped by a confirming offset. */
  private readonly served = new WeakSet<Params>();
  private delivering = false;
  private closed = false;
  private readonly aborts = new Set<AbortController>();
  private readonly deliveryListeners = new Set<(delivery: WebhookDelivery) => void>();

  constructor(private readonly opts: UpdateQueueOptions) {}

  /** Queues an update, assigning the next update_id when missing; returns its update_id. */
  push(update: Params): number {
    const updateId = typeof update.update_id === 'number' ? update.update_id : this.nextUpdateId;
    this.nextUpdateId = Math.max(this.nextUpdateId, updateId + 1);
    // update_id first, as Telegram orders it (spreading keeps the given one in place).
    this.pending.push({ update_id: updateId, ...update });
    if (this.webhook) void this.deliverLoop();
    else this.answerPoll();
    return updateId;
  }

  /** getUpdates: confirms updates below `offset`, then answers at once or holds up to `timeout` seconds. */
  getUpdates(params: Params, signal: AbortSignal): Promise<Params[]> {
    if (this.webhook) throw new FakeApiError(409, WEBHOOK_CONFLICT);
    this.confirm(params.offset);
    const limit = Math.min(100, Math.max(1, Number(params.limit ?? 100) || 100));
    const timeout = Math.max(0, Number(params.timeout ?? 0) || 0);
    // Telegram ends an older long poll when a newer one arrives: two pollers is a bug in the bot.
    this.poll?.finish(new FakeApiError(409, POLL_CONFLICT));
    if (this.pending.length > 0 || timeout === 0 || this.closed) {
      return Promise.resolve(this.serve(limit));
    }
    return new Promise<Params[]>((resolve, reject) => {
      const poll: PendingPoll = {
        limit,
        finish: (result) => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          if (this.poll === poll) this.poll = undefined;
          if (result instanceof FakeApiError) reject(result);
          else resolve(result);
        },
      };
      const timer = setTimeout(() => poll.finish([]), timeout * 1000);
      const onAbort = (): void => poll.finish([]);
      signal.addEventListener('abort', onAbort);
      this.poll = poll;
    });
  }

  /** setWebhook: an empty url removes the webhook, as in the Bot API. */
  setWebhook(params: Params): true {
    const url = String(params.url ?? '');
    if (url === '') return this.deleteWebhook(params);
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) throw badRequest('bad webhook: invalid webhook URL specified');
    const secretToken = params.secret_token === undefined ? undefined : String(params.secret_token);
    if (secretToken !== undefined && !SECRET_TOKEN.test(secretToken)) {
      throw badRequest('secret token contains unallowed characters');
    }
    if (isTrue(params.drop_pending_updates)) this.pending = [];
    const allowed = Array.isArray(params.allowed_updates) ? (params.allowed_updates as string[]) : undefined;
    this.webhook = { url, secretToken, maxConnections: params.max_connections, allowedUpdates: allowed };
    this.poll?.finish(new FakeApiError(409, WEBHOOK_CONFLICT));
    void this.deliverLoop();
    return true;
  }

  deleteWebhook(params: Params): true {
    this.webhook = undefined;
    this.lastError = undefined;
    if (isTrue(params.drop_pending_updates)) this.pending = [];
    return true;
  }

  /** getWebhookInfo as the Bot API shapes it (url is '' when polling). */
  webhookInfo(): Params {
    const info: Params = {
      url: this.webhook?.url ?? '',
      has_custom_certificate: false,
      pending_update_count: this.pending.length,
    };
    if (!this.webhook) return info;
    info.ip_address = '127.0.0.1';
    info.max_connections = this.webhook.maxConnections ?? 40;
    if (this.webhook.allowedUpdates) info.allowed_updates = this.webhook.allowedUpdates;
    if (this.lastError) {
      info.last_error_date = this.lastError.date;
      info.last_error_message = this.lastError.message;
    }
    return info;
  }

  /** Resolves with the attempt that settled the update's webhook delivery. */
  waitForDelivery(updateId: number, timeoutMs: number): Promise<WebhookDelivery> {
    const done = this.deliveries.find((d) => d.updateId === updateId && d.final);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const listener = (delivery: WebhookDelivery): void => {
        if (delivery.updateId !== updateId || !delivery.final) return;
        cleanup();
        resolve(delivery);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`update ${updateId} was not delivered to the webhook within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.deliveryListeners.delete(listener);
      };
      this.deliveryListeners.add(listener);
    });
  }

  /** Answers a held long poll with an empty result and stops webhook deliveries. */
  close(): void {
    this.closed = true;
    this.poll?.finish([]);
    for (const abort of this.aborts) abort.abort();
  }

  /**
   * Drops confirmed updates. An update never handed out survives even below the
   * offset, so a test can replay an old update_id to simulate duplicate delivery.
   */
  private confirm(offset: unknown): void {
    if (typeof offset !== 'number' || offset === 0) return;
    if (offset < 0) this.pending = this.pending.slice(offset);
    else this.pending = this.pending.filter((u) => u.update_id >= offset || !this.served.has(u));
  }

  private serve(limit: number): Params[] {
    const batch = this.pending.slice(0, limit);
    for (const update of batch) this.served.add(update);
    return batch;
  }

  private answerPoll(): void {
    if (this.poll && this.pending.length > 0) this.poll.finish(this.serve(this.poll.limit));
  }

  /** Delivers pending updates one at a time, in order, while a webhook is set. */
  private async deliverLoop(): Promise<void> {
    if (this.delivering) return;
    this.delivering = true;
    try {
      while (this.webhook && this.pending.length > 0 && !this.closed) {
        const update = this.pending[0];
        const delivered = await this.deliver(update, this.webhook);
        // A failed update stays queued only if the webhook was removed meanwhile (getUpdates gets it).
        if ((delivered || this.webhook) && this.pending[0] === update) this.pending.shift();
      }
    } finally {
      this.delivering = false;
    }
  }

  private async deliver(update: Params, hook: Webhook): Promise<boolean> {
    const attempts = this.opts.webhookRetries + 1;
    for (let attempt = 1; attempt <= attempts && !this.closed; attempt++) {
      const { status, error, reply } = await this.post(update, hook);
      const ok = status >= 200 && status < 300;
      const final = ok || attempt === attempts || this.closed;
      this.record({ updateId: update.update_id, status, attempt, final, ...(error ? { error } : {}) });
      if (ok) {
        if (reply) await this.runReply(reply);
        return true;
      }
      this.lastError = { date: Math.floor(this.opts.now() / 1000), message: error ?? `Wrong response from the webhook: ${status}` };
      if (!final) await sleep(this.opts.webhookRetryDelayMs);
    }
    return false;
  }

  private async post(update: Params, hook: Webhook): Promise<{ status: number; error?: string; reply?: Params }> {
    // Safety net: tests must never send traffic off this machine, whatever URL the bot sets.
    if (!isLoopback(hook.url)) return { status: 0, error: 'Connection refused: the fake Bot API delivers only to loopback' };
    const abort = new AbortController();
    this.aborts.add(abort);
    const timer = setTimeout(() => abort.abort(), this.opts.webhookTimeoutMs);
    try {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (hook.secretToken) headers['x-telegram-bot-api-secret-token'] = hook.secretToken;
      const res = await fetch(hook.url, { method: 'POST', headers, body: JSON.stringify(update), signal: abort.signal });
      const body = Buffer.from(await res.arrayBuffer());
      return { status: res.status, reply: res.ok ? parseReply(res.headers.get('content-type'), body) : undefined };
    } catch (err) {
      return { status: 0, error: abort.signal.aborted ? 'Timeout expired' : `Connection failed: ${(err as Error).message}` };
    } finally {
      clearTimeout(timer);
      this.aborts.delete(abort);
    }
  }

  private async runReply(reply: Params): Promise<void> {
    const { method, ...params } = reply;
    try {
      await this.opts.onWebhookReply(String(method), params);
    } catch {
      // Telegram ignores failures of webhook replies; the call log shows them.
    }
  }

  private record(delivery: WebhookDelivery): void {
    this.deliveries.push(delivery);
    for (const listener of this.deliveryListeners) listener(delivery);
  }
}

/** A webhook response body naming a `method` is executed as a call (telegraf's webhookReply). */
function parseReply(contentType: string | null, body: Buffer): Params | undefined {
  if (body.length === 0) return undefined;
  try {
    const params = parseParams(new URLSearchParams(), contentType ?? 'application/json', body);
    return typeof params.method === 'string' ? params : undefined;
  } catch {
    return undefined;
  }
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
