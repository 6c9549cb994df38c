import { z } from 'zod';
import { LOCALES } from './core/locale.ts';
import { isValidTimeZone } from './core/time/wall-time.ts';

const TOKEN = /^\d{5,16}:[A-Za-z0-9_-]{30,64}$/;
const SECRET = /^[A-Za-z0-9_-]{1,256}$/;

/** ADMIN_IDS: the bot's owners, comma-separated Telegram user ids (the CLIs read it the same way). */
export const adminIds = z
  .string()
  .default('')
  .refine((s) => s.split(',').every((p) => p.trim() === '' || /^\d+$/.test(p.trim())), 'must be comma-separated Telegram user ids')
  .transform((s) =>
    s
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => BigInt(p)),
  );

const schema = z
  .object({
    BOT_TOKEN: z
      .string({ error: 'is not set: create a bot with @BotFather in Telegram and put its token here' })
      .trim()
      .regex(TOKEN, 'does not look like a bot token (123456789:AA...); get one from @BotFather in Telegram'),
    TELEGRAM_API_ROOT: z
      .url()
      .default('https://api.telegram.org')
      .transform((u) => u.replace(/\/+$/, '')),
    DATABASE_URL: z
      .string()
      .default('file:./data/bot.db')
      .refine((u) => /^(file:|postgres(ql)?:\/\/)/.test(u), 'must start with file: (SQLite) or postgresql:// (PostgreSQL)'),
    BOT_FRAMEWORK: z.enum(['telegraf', 'grammy']).default('telegraf'),
    BOT_MODE: z.enum(['polling', 'webhook']).default('polling'),
    WEBHOOK_URL: z.url().optional(),
    WEBHOOK_SECRET: z.string().regex(SECRET, 'must be 1-256 characters of A-Z a-z 0-9 _ -').optional(),
    /** Key of the hash that keeps the complaint limit counting after /forgetme (default: derived from BOT_TOKEN). */
    RATE_LIMIT_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    /** Key of the signed photo links in exports (default: derived from BOT_TOKEN). */
    PHOTO_LINK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    /** Where staff reach this bot's HTTP server, for photo links in exports (default: WEBHOOK_URL's origin, else http://localhost:PORT). */
    PUBLIC_URL: z.url().optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    ADMIN_IDS: adminIds,
    DEFAULT_LOCALE: z.enum(LOCALES).default('ru'),
    DEFAULT_TIMEZONE: z.string().default('Asia/Almaty').refine(isValidTimeZone, 'is not an IANA time zone (e.g. Asia/Almaty)'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SCHEDULER: z.enum(['on', 'off']).default('on'),
    /** Updates one process handles at once; the rest wait their turn (their webhook requests stay open). */
    MAX_CONCURRENT_UPDATES: z.coerce.number().int().min(1).max(1000).default(8),
    /** Outbox rows one process holds in `sending` at once: also the bound on duplicates after a crash. */
    DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(64),
    /** A dead worker's `sending` rows go back to pending after this many seconds. */
    OUTBOX_STALE_SECONDS: z.coerce.number().int().min(1).default(60),
    /** Tests and demos: tick the scheduler every N ms instead of node-cron's every minute. */
    SCHEDULER_TICK_MS: z.coerce.number().int().min(50).optional(),
    /** Tests with real processes: the scheduler's clock starts at this ISO instant and runs at real speed. */
    POSTS_NOW: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.BOT_MODE !== 'webhook') return;
    if (!c.WEBHOOK_URL) ctx.addIssue({ code: 'custom', path: ['WEBHOOK_URL'], message: 'is required when BOT_MODE=webhook' });
    if (!c.WEBHOOK_SECRET) ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'is required when BOT_MODE=webhook' });
  });

export type Config = Readonly<z.output<typeof schema>>;

/** Every variable loadConfig reads (.env.example lists them all; a test keeps it so). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.shape);

/** Thrown with one line per bad variable, e.g. "BOT_TOKEN is not set: ...". */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Reads the environment once; empty strings count as unset so `FOO=` falls back to the default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0] ?? 'config')} ${i.message}`));
  }
  return Object.freeze(parsed.data);
}
