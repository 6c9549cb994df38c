/**
 * Telegram's send limits as token buckets with reservations, per process:
 * ~30 messages a second overall, 20 a minute into one group, 1 a second into one chat.
 * `acquire` waits until a send is allowed and books it, so concurrent senders never exceed a limit
 * and a chat that must wait does not hold up the others (no head-of-line blocking).
 */
export interface RateSpec {
  capacity: number;
  perSecond: number;
}

export interface SendLimits {
  global: RateSpec;
  chat: RateSpec;
  /** A sliding window, not a bucket: a bucket of 20 refilling 20/min would let ~40 through in a minute. */
  group: { max: number; windowMs: number };
}

/** Smooth 30/s overall and 1/s per chat (no bursts: Telegram's own buckets then never overflow); 20 a minute per group. */
export const TELEGRAM_LIMITS: SendLimits = {
  global: { capacity: 1, perSecond: 30 },
  chat: { capacity: 1, perSecond: 1 },
  group: { max: 20, windowMs: 60_000 },
};

interface Bucket {
  tokens: number;
  /** ms; may lie in the future for the global bucket (booked sends). */
  at: number;
}

const level = (b: Bucket, s: RateSpec, t: number) => Math.min(s.capacity, b.tokens + ((t - b.at) * s.perSecond) / 1000);

/** Earliest time >= now at which the bucket has a whole token. */
function ready(b: Bucket, s: RateSpec, now: number): number {
  const t0 = Math.max(now, b.at);
  const tokens = level(b, s, t0);
  return tokens >= 1 ? t0 : t0 + ((1 - tokens) / s.perSecond) * 1000;
}

function take(b: Bucket, s: RateSpec, t: number): void {
  b.tokens = level(b, s, t) - 1;
  b.at = t;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class SendLimiter {
  private readonly global: Bucket;
  private readonly chats = new Map<bigint, Bucket>();
  /** Booked send times per group, the last `group.max` of them. */
  private readonly groups = new Map<bigint, number[]>();
  private calls = 0;

  constructor(
    private readonly limits: SendLimits = TELEGRAM_LIMITS,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = defaultSleep,
  ) {
    this.global = { tokens: limits.global.capacity, at: now() };
  }

  private bucket(map: Map<bigint, Bucket>, chat: bigint, s: RateSpec): Bucket {
    let b = map.get(chat);
    if (!b) map.set(chat, (b = { tokens: s.capacity, at: this.now() }));
    return b;
  }

  /**
   * Books a send into `chat` and returns how many ms to wait before making it (0 = now), or
   * `{ later }` when the chat itself is not ready yet: nothing is booked, ask again after `later` ms.
   */
  reserve(chat: bigint): number | { later: number } {
    const now = this.now();
    if (++this.calls % 1000 === 0) this.prune(now);
    const c = this.bucket(this.chats, chat, this.limits.chat);
    const g = chat < 0n ? (this.groups.get(chat) ?? this.groups.set(chat, []).get(chat)!) : null;
    const { max, windowMs } = this.limits.group;
    const groupReady = g && g.length >= max ? g[g.length - max]! + windowMs : now;
    const local = Math.max(ready(c, this.limits.chat, now), groupReady);
    if (local > now) return { later: local - now };
    const t = ready(this.global, this.limits.global, now);
    if (g && g.length && t < g[g.length - 1]!) return { later: 1 }; // keep the window's times in order
    take(this.global, this.limits.global, t);
    take(c, this.limits.chat, t);
    if (g) {
      g.push(t);
      if (g.length > max) g.shift();
    }
    return t - now;
  }

  /** Waits until a send into `chat` is allowed, and books it. */
  async acquire(chat: bigint): Promise<void> {
    for (;;) {
      const r = this.reserve(chat);
      if (typeof r === 'number') return r > 0 ? this.sleep(r) : undefined;
      await this.sleep(r.later);
    }
  }

  /** After a 429 for `chat`: nothing more goes there for `seconds`. */
  pause(chat: bigint, seconds: number): void {
    const b = this.bucket(this.chats, chat, this.limits.chat);
    b.tokens = 0;
    b.at = Math.max(b.at, this.now() + seconds * 1000 - 1000 / this.limits.chat.perSecond);
  }

  /** Forgets chats idle long enough to have full buckets again (keeps memory flat over many groups). */
  private prune(now: number): void {
    for (const [k, b] of this.chats) if (now - b.at > 180_000) this.chats.delete(k);
    for (const [k, times] of this.groups) if (now - (times[times.length - 1] ?? 0) > this.limits.group.windowMs) this.groups.delete(k);
  }
}
