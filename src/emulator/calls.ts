/** The call log of the fake Bot API and the waiting on it that tests need. */
import type { ErrorEnvelope } from './errors.ts';
import type { Params } from './params.ts';
import type { ChatId } from './state.ts';

/** One call the bot made, in the order answered. */
export interface ApiCall {
  /** Position in the log since the last clearCalls(); compare with `mark()`. */
  index: number;
  method: string;
  params: Params;
  at: number;
  ok: boolean;
  result?: unknown;
  error?: ErrorEnvelope;
}

export interface WaitForOptions {
  /** Default 5000. */
  timeoutMs?: number;
  /** Only consider calls with `index >= after` (take it from `mark()` before acting). */
  after?: number;
}

export type CallPredicate = (params: Params, call: ApiCall) => boolean;

/** Methods whose successful calls `sent()` lists: what the user ends up seeing. */
const SENT_METHODS = new Set(['sendMessage', 'sendDocument', 'sendPhoto', 'editMessageText']);

/** Bot API method names are case-insensitive. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export class CallLog {
  readonly calls: ApiCall[] = [];
  private readonly waiters = new Set<(call: ApiCall) => void>();
  private readonly listeners = new Set<(call: ApiCall) => void>();
  private count = 0;

  /** @param keep false records nothing (benchmarks) but still wakes waiters. */
  constructor(private readonly keep: boolean) {}

  add(method: string, params: Params, at: number, result: unknown, error?: ErrorEnvelope): ApiCall {
    const call: ApiCall = { index: this.count++, method, params, at, ok: !error };
    if (error) call.error = error;
    // Cloned because stored messages are mutated by later edits.
    else if (this.keep || this.listeners.size > 0) call.result = structuredClone(result);
    if (this.keep) this.calls.push(call);
    for (const waiter of this.waiters) waiter(call);
    for (const listener of this.listeners) listener(call);
    return call;
  }

  /** Calls `listener` with every call from now on (with its result); returns the unsubscribe. */
  subscribe(listener: (call: ApiCall) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  of(method: string): ApiCall[] {
    return this.calls.filter((call) => sameName(call.method, method));
  }

  sent(chatId?: ChatId): Params[] {
    return this.calls
      .filter((c) => c.ok && SENT_METHODS.has(c.method) && (chatId === undefined || c.params.chat_id === chatId))
      .map((c) => c.params);
  }

  mark(): number {
    return this.count;
  }

  clear(): void {
    this.calls.length = 0;
    this.count = 0;
  }

  waitFor(method: string, predicate: CallPredicate | undefined, opts: number | WaitForOptions): Promise<ApiCall> {
    const { timeoutMs = 5000, after = 0 } = typeof opts === 'number' ? { timeoutMs: opts } : opts;
    const matches = (call: ApiCall): boolean =>
      call.index >= after && sameName(call.method, method) && (!predicate || predicate(call.params, call));
    const existing = this.calls.find(matches);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const waiter = (call: ApiCall): void => {
        if (!matches(call)) return;
        cleanup();
        resolve(call);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`waitFor(${method}) timed out after ${timeoutMs} ms; ${this.describe(method)}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      this.waiters.add(waiter);
    });
  }

  /** What was called instead, so a timed-out waitFor explains itself. */
  private describe(method: string): string {
    const same = this.of(method)
      .slice(-5)
      .map((c) => `${c.ok ? 'ok' : c.error?.error_code} ${JSON.stringify(c.params).slice(0, 160)}`);
    if (same.length > 0) return `last calls of it: ${same.join('; ')}`;
    const recent = this.calls.slice(-10).map((c) => c.method);
    return `no calls of it; recent calls: ${recent.join(', ') || 'none'}`;
  }
}
