/**
 * Prometheus metrics (prom-client) served on GET /metrics: updates by type and handler latency,
 * Bot API calls and errors by method and code (429s apart), outbox rows by status and the oldest
 * pending row's age, complaints filed and database errors. One registry per app (no globals), so
 * tests and several apps in one process never mix their numbers.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PrismaDb } from '../db/client.ts';
import { BotApiError } from '../telegram/bot-api.ts';

const PREFIX = 'akim_';

export class BotMetrics {
  readonly registry = new Registry();
  readonly updates = new Counter({
    name: `${PREFIX}updates_total`,
    help: 'Updates handled, by type',
    labelNames: ['type'],
    registers: [this.registry],
  });
  readonly handlerSeconds = new Histogram({
    name: `${PREFIX}update_handler_seconds`,
    help: 'Time to handle one update, by type',
    labelNames: ['type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly apiCalls = new Counter({
    name: `${PREFIX}bot_api_calls_total`,
    help: 'Bot API calls, by method',
    labelNames: ['method'],
    registers: [this.registry],
  });
  readonly apiErrors = new Counter({
    name: `${PREFIX}bot_api_errors_total`,
    help: 'Failed Bot API calls, by method and error code (network = no answer)',
    labelNames: ['method', 'code'],
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: `${PREFIX}bot_api_429_total`,
    help: 'Bot API 429 Too Many Requests answers, by method',
    labelNames: ['method'],
    registers: [this.registry],
  });
  readonly dbErrors = new Counter({
    name: `${PREFIX}database_errors_total`,
    help: 'Database queries that failed',
    registers: [this.registry],
  });

  constructor(defaults = true) {
    if (defaults) collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
  }

  /** Updates waiting for a handling slot (MAX_CONCURRENT_UPDATES), read at scrape time. */
  watchUpdateQueue(waiting: () => number): void {
    new Gauge({
      name: `${PREFIX}updates_waiting`,
      help: 'Updates received and not yet started: waiting for a handling slot (MAX_CONCURRENT_UPDATES) or for an earlier update of their chat',
      registers: [this.registry],
      collect() {
        this.set(waiting());
      },
    });
  }

  /** Gauges read from the database at scrape time (every replica reports the shared numbers). */
  watchDatabase(prisma: PrismaDb, now: () => Date = () => new Date()): void {
    const rows = new Gauge({
      name: `${PREFIX}outbox_rows`,
      help: 'Outbox rows by status',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        const groups = await prisma.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
        this.reset();
        for (const status of ['pending', 'sending', 'sent', 'failed']) this.set({ status }, 0);
        for (const g of groups) this.set({ status: g.status }, g._count._all);
      },
    });
    const oldest = new Gauge({
      name: `${PREFIX}outbox_oldest_pending_seconds`,
      help: 'Age of the oldest pending outbox row (0 when none)',
      registers: [this.registry],
      async collect() {
        const row = await prisma.outboxMessage.findFirst({
          where: { status: 'pending' },
          orderBy: { createdAt: 'asc' },
          select: { createdAt: true },
        });
        this.set(row ? Math.max(0, (now().getTime() - row.createdAt.getTime()) / 1000) : 0);
      },
    });
    const complaints = new Gauge({
      name: `${PREFIX}complaints_filed`,
      help: 'Complaints filed (all time, all replicas)',
      registers: [this.registry],
      async collect() {
        this.set(await prisma.complaint.count());
      },
    });
    void rows, oldest, complaints;
  }

  /** Times one update and counts it by type (message, callback_query, my_chat_member ...). */
  async timeUpdate<T>(update: unknown, handle: () => Promise<T>): Promise<T> {
    const type = updateType(update);
    const end = this.handlerSeconds.startTimer({ type });
    try {
      return await handle();
    } finally {
      end();
      this.updates.inc({ type });
    }
  }

  /** Counts a finished Bot API call; `err` set when it failed. */
  observeCall(method: string, err?: unknown): void {
    this.apiCalls.inc({ method });
    if (err === undefined) return;
    const code = err instanceof BotApiError ? String(err.code) : 'network';
    this.apiErrors.inc({ method, code });
    if (code === '429') this.rateLimited.inc({ method });
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

export function updateType(update: unknown): string {
  if (!update || typeof update !== 'object') return 'unknown';
  return Object.keys(update).find((k) => k !== 'update_id') ?? 'unknown';
}

/** The same API object, with every method call counted (and failures by code). */
export function withCallMetrics<T extends object>(api: T, metrics: BotMetrics): T {
  return new Proxy(api, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      return async (...args: unknown[]) => {
        try {
          const result = await value.apply(target, args);
          metrics.observeCall(prop);
          return result;
        } catch (err) {
          metrics.observeCall(prop, err);
          throw err;
        }
      };
    },
  });
}
