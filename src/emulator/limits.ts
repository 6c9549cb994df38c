/**
 * Telegram's send limits as token buckets: O(1) per call and per chat, so a
 * broadcast to 1,000 chats with thousands of calls stays cheap to simulate.
 */

/** A token bucket: `capacity` sends at once, refilled at `perSecond`. */
interface Bucket {
  tokens: number;
  updatedAt: number;
}

interface BucketSpec {
  capacity: number;
  perSecond: number;
}

/** ~1 message per second into one chat, short bursts of 3 tolerated. */
const PER_CHAT: BucketSpec = { capacity: 3, perSecond: 1 };
/** 20 messages per minute into one group. */
const PER_GROUP: BucketSpec = { capacity: 20, perSecond: 20 / 60 };
/** ~30 messages per second across all chats. */
const GLOBAL: BucketSpec = { capacity: 30, perSecond: 30 };

/** Tracks the per-chat, per-group and global limits; `take` answers how long to wait. */
export class SendLimiter {
  private readonly chats = new Map<number | string, Bucket>();
  private readonly groups = new Map<number | string, Bucket>();
  private readonly global: Bucket;

  constructor(private readonly now: () => number) {
    this.global = { tokens: GLOBAL.capacity, updatedAt: now() };
  }

  /**
   * Consumes one send for the chat if every limit allows it and returns 0;
   * otherwise consumes nothing and returns the whole seconds to wait (>= 1).
   */
  take(chatId: number | string): number {
    const now = this.now();
    const buckets: Array<[Bucket, BucketSpec]> = [
      [this.bucket(this.chats, chatId, PER_CHAT, now), PER_CHAT],
      [this.global, GLOBAL],
    ];
    if (typeof chatId === 'number' && chatId < 0) {
      buckets.push([this.bucket(this.groups, chatId, PER_GROUP, now), PER_GROUP]);
    }
    let waitSeconds = 0;
    for (const [bucket, spec] of buckets) {
      refill(bucket, spec, now);
      if (bucket.tokens < 1) waitSeconds = Math.max(waitSeconds, (1 - bucket.tokens) / spec.perSecond);
    }
    if (waitSeconds > 0) return Math.max(1, Math.ceil(waitSeconds));
    for (const [bucket] of buckets) bucket.tokens -= 1;
    return 0;
  }

  private bucket(map: Map<number | string, Bucket>, key: number | string, spec: BucketSpec, now: number): Bucket {
    let bucket = map.get(key);
    if (!bucket) {
      bucket = { tokens: spec.capacity, updatedAt: now };
      map.set(key, bucket);
    }
    return bucket;
  }
}

function refill(bucket: Bucket, spec: BucketSpec, now: number): void {
  const elapsedSeconds = Math.max(0, now - bucket.updatedAt) / 1000;
  bucket.tokens = Math.min(spec.capacity, bucket.tokens + elapsedSeconds * spec.perSecond);
  bucket.updatedAt = now;
}
