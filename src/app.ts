import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { systemClock, type Clock } from './core/clock.ts';
import { createDatabase, type Database } from './adapters/db/client.ts';
import { applyMigrations } from './adapters/db/migrations/apply-migrations.ts';
import { PrismaChatRepository } from './adapters/db/repositories/prisma-chat-repository.ts';
import { PrismaConversationRepository } from './adapters/db/repositories/prisma-conversation-repository.ts';
import { PrismaUpdateLog } from './adapters/db/repositories/prisma-update-log.ts';
import { PrismaUpdateSnapshots } from './adapters/db/repositories/prisma-update-snapshots.ts';
import { claimThenRead, PollingClaims } from './adapters/telegram/polling-claims.ts';
import { PrismaUserRepository } from './adapters/db/repositories/prisma-user-repository.ts';
import { photoRoute } from './adapters/http/photo-route.ts';
import { startHttpServer, type RunningServer } from './adapters/http/server.ts';
import { photoLinks as createPhotoLinks } from './core/exports/photo-links.ts';
import { BotMetrics, withCallMetrics } from './adapters/metrics/metrics.ts';
import type { BotApi } from './adapters/telegram/bot-api.ts';
import { CommandMenus } from './adapters/telegram/commands-menu.ts';
import type { ApiTransport, FrameworkBot, FrameworkOptions } from './adapters/telegram/framework.ts';
import { waitForBotIdentity, type BotIdentity } from './adapters/telegram/get-me.ts';
import { TelegramNotifier } from './adapters/telegram/notifier.ts';
import { PrismaStaffAlertStore } from './adapters/db/repositories/prisma-staff-alert-store.ts';
import { PrismaAreaRepository } from './adapters/db/repositories/prisma-area-repository.ts';
import { staffAlerts, staffDirectory } from './core/staff-alerts/route-event.ts';
import { ResilientBotApi } from './adapters/telegram/resilient-api.ts';
import { withTopicFallback } from './adapters/telegram/topic-fallback.ts';
import { topicLossNotice } from './adapters/telegram/topic-loss-notice.ts';
import { PrismaForumTopicRepository } from './adapters/db/repositories/prisma-forum-topic-repository.ts';
import { ChartRenderer } from './adapters/charts/render-chart.ts';
import { chartSender } from './adapters/charts/send-chart.ts';
import { PrismaMediaStore } from './adapters/db/repositories/prisma-media-store.ts';
import { CachedPhotos } from './adapters/telegram/cached-photos.ts';
import { PrismaAdminRepository } from './adapters/db/repositories/prisma-admin-repository.ts';
import type { Feature } from './adapters/telegram/feature.ts';
import { userId, type UserId } from './core/ids.ts';
import { localeFromLanguageCode, type Locale } from './core/locale.ts';
import { PrismaGroupSettingsRepository } from './adapters/db/repositories/prisma-group-settings-repository.ts';
import { Router } from './adapters/telegram/router.ts';
import { ChatLanes } from './adapters/telegram/chat-lanes.ts';
import { createI18n } from './i18n/index.ts';
import { FEATURE_MODULES } from './app/features.ts';
import { wireStart } from './app/wire-start.ts';
import { hourlyChore, KEEP_UPDATE_IDS_MS } from './app/maintenance.ts';
import { createPostsRuntime } from './app/posts-runtime.ts';
import { createStaffRuntime } from './app/staff-runtime.ts';
import type { AppContext, BackgroundTask, FeatureModule, WiringContext } from './app/wiring.ts';

export interface AppOptions {
  config: Config;
  log: Logger;
  clock?: Clock;
  /** Tests: strict i18n (a missing key throws) and a hook after each update. */
  strictI18n?: boolean;
  onUpdateHandled?: (updateId: number) => void;
  /** Benchmarks: Bot API calls go to this function; no polling, no webhook, updates via framework.handleUpdate. */
  transport?: ApiTransport;
  /** Tests: how a rate-limited chat's queue waits out `retry_after` (default: a real timer). */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Migrations already under way for `config.DATABASE_URL` (main.ts starts them before this module
   * and its imports load, so the two overlap); default: applied here.
   */
  migrations?: Promise<{ applied: string[] }>;
}

export interface App {
  router: Router;
  framework: FrameworkBot;
  api: BotApi;
  db: Database;
  http: RunningServer;
  wiring: WiringContext;
  /** What GET /metrics reports (Prometheus text format). */
  metrics: BotMetrics;
  /**
   * Settles when the command menus and descriptions are registered (or their failure was logged).
   * Updates are taken before: a dozen Bot API calls in a row must not hold up the first answer.
   */
  menusRegistered: Promise<void>;
  /** Stop taking updates, finish those in flight, stop tasks, close the database. */
  stop(): Promise<void>;
}

/**
 * The composition root: config -> db (migrated) -> repositories -> features -> router -> framework
 * -> HTTP (healthz, webhook) -> background tasks. Used by main.ts and by the end-to-end tests.
 */
export async function startApp(opts: AppOptions): Promise<App> {
  const { config, log } = opts;
  const clock = opts.clock ?? systemClock;
  const applied = await (opts.migrations ?? applyMigrations(config.DATABASE_URL));
  if (applied.applied.length) log.info({ migrations: applied.applied.length }, 'database migrated');
  const metrics = new BotMetrics();
  const db = await createDatabase(config.DATABASE_URL, { onQueryError: () => metrics.dbErrors.inc() });
  metrics.watchDatabase(db.prisma, () => clock.now());
  try {
    return await assemble(opts, db, clock, metrics);
  } catch (err) {
    await db.close();
    throw err;
  }
}

async function assemble(opts: AppOptions, db: Database, clock: Clock, metrics: BotMetrics): Promise<App> {
  const { config, log } = opts;
  // Only the framework in use is loaded (the other is about a tenth of the start's module loading),
  // while the bot's identity is fetched.
  const createFramework: Promise<(o: FrameworkOptions) => FrameworkBot> =
    config.BOT_FRAMEWORK === 'grammy'
      ? import('./adapters/telegram/grammy/grammy-bot.ts').then((m) => m.createGrammyBot)
      : import('./adapters/telegram/telegraf/telegraf-bot.ts').then((m) => m.createTelegrafBot);
  createFramework.catch(() => {}); // awaited below; a failure there is start-up's
  const me = opts.transport
    ? ((await opts.transport('getMe', {})) as BotIdentity)
    : await waitForBotIdentity(config.TELEGRAM_API_ROOT, config.BOT_TOKEN, log);
  const i18n = createI18n({
    strict: opts.strictI18n,
    defaultTimeZone: config.DEFAULT_TIMEZONE,
    onMissing: (locale, key) => log.warn({ locale, key }, 'i18n key missing'),
  });
  const chats = new PrismaChatRepository(db.prisma);
  let router: Router | undefined;
  const frameworkOptions: FrameworkOptions = {
    token: config.BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    bot: me,
    onUpdate: (update) => metrics.timeUpdate(update, () => router!.handle(update)),
    onError: (err) => log.error({ err }, 'framework error'),
    transport: opts.transport,
  };
  const framework = (await createFramework)(frameworkOptions);
  const botApi = withCallMetrics(framework.api, metrics);
  const topics = new PrismaForumTopicRepository(db.prisma);
  const resilient = new ResilientBotApi(botApi, { chats, log });
  const onTopicLost = topicLossNotice({
    settings: new PrismaGroupSettingsRepository(db.prisma),
    topics,
    chats,
    i18n,
    api: resilient,
    defaultLocale: config.DEFAULT_LOCALE,
    defaultTimeZone: config.DEFAULT_TIMEZONE,
    log,
  });
  const api = withTopicFallback(resilient, onTopicLost, (err) => log.warn({ err }, 'topic fallback not recorded'));
  const lanes = new ChatLanes({ log, sleep: opts.sleep });
  // Answers never wait out a 429 inline: the held chat's lane does, and the handler returns. Once the
  // lanes close at shutdown, an answer that failed is not tried again: its receipt stays in the outbox.
  const answerApi = withTopicFallback(
    new ResilientBotApi(botApi, { chats, log, maxRetryAfterSeconds: 0, halted: () => lanes.isClosed }),
    onTopicLost,
    (err) => log.warn({ err }, 'topic fallback not recorded'),
  );
  const charts = new ChartRenderer(i18n);
  const media = new PrismaMediaStore(db.prisma);
  let httpPort = config.PORT;
  const publicBase = config.PUBLIC_URL ?? (config.WEBHOOK_URL ? new URL(config.WEBHOOK_URL).origin : null);
  const photoLinks = createPhotoLinks(
    config.PHOTO_LINK_SECRET ?? `photo-links:${config.BOT_TOKEN}`,
    () => publicBase ?? `http://localhost:${httpPort}`,
  );
  let features: Feature[] = [];
  const menus = new CommandMenus(api, i18n, () => features, config.DEFAULT_LOCALE);
  const shared: AppContext = {
    config,
    log,
    prisma: db.prisma,
    i18n,
    api,
    clock,
    chats,
    topics,
    users: new PrismaUserRepository(db.prisma),
    conversations: new PrismaConversationRepository(db.prisma),
    notifier: new TelegramNotifier(answerApi, i18n, log, config.DEFAULT_TIMEZONE, lanes),
    bot: { id: me.id, username: me.username },
    staffChanged: async (user, staff) => (staff ? menus.showStaff(user, await localeOf(shared, user)) : menus.hideStaff(user)),
    charts,
    photos: new CachedPhotos(api, media),
    photoLinks,
    staffAlerts: staffAlerts(
      {
        staff: staffDirectory(config.ADMIN_IDS, new PrismaAdminRepository(db.prisma)),
        areas: new PrismaAreaRepository(db.prisma),
        store: new PrismaStaffAlertStore(db.prisma),
      },
      (err) => log.warn({ err }, 'staff not told about a complaint'),
    ),
  };
  // The runtimes features share are built here, once, and handed to every module.
  const posts = createPostsRuntime(shared);
  const wiring: WiringContext = { ...shared, posts, staff: createStaffRuntime(shared, posts) };
  const modules: FeatureModule[] = [];
  for (const wire of FEATURE_MODULES) modules.push(await wire(wiring, modules));
  // /start and /help gather what the others contribute, so they are wired last (and listed first).
  features = [(await wireStart(wiring, modules)).feature, ...modules.map((m) => m.feature)];
  const storedUpdates = new PrismaUpdateLog(db.prisma);
  // Polling: claims in memory, written in batches (see polling-claims.ts); webhook: each in the database.
  const claims = config.BOT_MODE === 'polling' ? new PollingClaims(storedUpdates, { log }) : null;
  await claims?.start();
  const updates = claims ?? storedUpdates;
  const snapshots = new PrismaUpdateSnapshots(db.prisma);
  router = new Router({
    features,
    chats,
    topics,
    users: wiring.users,
    conversations: wiring.conversations,
    updates,
    snapshots: claims ? claimThenRead(claims, snapshots) : snapshots,
    i18n,
    api: answerApi,
    log,
    defaultLocale: config.DEFAULT_LOCALE,
    defaultTimeZone: config.DEFAULT_TIMEZONE,
    bot: wiring.bot,
    now: () => clock.now(),
    lanes,
    onSettled: opts.onUpdateHandled,
    maxConcurrent: config.MAX_CONCURRENT_UPDATES,
    sendChart: chartSender(charts, new CachedPhotos(answerApi, media)),
  });
  const routerRef = router;
  metrics.watchUpdateQueue(() => routerRef.waiting);
  const hookPath = config.BOT_MODE === 'webhook' ? new URL(config.WEBHOOK_URL!).pathname : '';
  const webhook = hookPath ? { path: hookPath, handler: framework.webhookHandler(config.WEBHOOK_SECRET!, hookPath) } : undefined;
  let accepting = false;
  let stopping: Promise<void> | undefined;
  const http = await startHttpServer({
    port: config.PORT,
    health: async () => {
      const database = await db.health();
      return { ok: database === 'ok', database };
    },
    ready: async () => accepting && !stopping && (await db.health()) === 'ok',
    metrics: () => metrics.render(),
    webhook,
    photos: photoRoute({ links: photoLinks, api, log, now: () => clock.now() }),
  });
  httpPort = http.port;
  if (opts.transport) log.debug('custom transport: updates come through framework.handleUpdate');
  else if (config.BOT_MODE === 'webhook') await framework.setWebhook(config.WEBHOOK_URL!, config.WEBHOOK_SECRET!);
  else await framework.startPolling();
  accepting = true;
  const menusRegistered = staffForMenus(wiring)
    .then((staff) => menus.register(staff))
    .catch((err) => log.warn({ err }, 'command menu not registered'));
  const tasks: BackgroundTask[] = [
    hourlyChore('update-ids', clock, log, (now) => storedUpdates.prune(new Date(now.getTime() - KEEP_UPDATE_IDS_MS))),
    // Stopped after the last update drained: the claims made in memory are written before the database closes.
    ...(claims ? [{ name: 'update-claims', start: () => {}, stop: () => claims.close() }] : []),
    ...(config.SCHEDULER === 'on' ? modules.flatMap((m) => m.tasks ?? []) : []),
  ];
  for (const t of tasks) t.start();
  // The bot works either way; with privacy mode off it still answers only when addressed.
  log.info(
    { framework: framework.name, mode: config.BOT_MODE, port: http.port, bot: me.username, privacy_mode: !me.can_read_all_group_messages },
    'bot started',
  );
  const stop = () => (stopping ??= shutdown({ framework, http, router: router!, tasks, db, log, menusRegistered }));
  return { router, framework, api, db, http, wiring, metrics, menusRegistered, stop };
}

/** Owners and admins, each with the language their menu is written in. */
async function staffForMenus(w: AppContext): Promise<Array<{ id: UserId; locale: Locale }>> {
  const ids = new Set([
    ...w.config.ADMIN_IDS.map(String),
    ...(await new PrismaAdminRepository(w.prisma).list()).map((a) => String(a.userId)),
  ]);
  return Promise.all([...ids].map(async (id) => ({ id: userId(id), locale: await localeOf(w, userId(id)) })));
}

/** A person's chosen language, else their Telegram language, else the default. */
async function localeOf(w: AppContext, user: UserId): Promise<Locale> {
  const u = await w.users.find(user);
  return u?.locale ?? localeFromLanguageCode(u?.languageCode, w.config.DEFAULT_LOCALE);
}

async function shutdown(p: {
  framework: FrameworkBot;
  http: RunningServer;
  router: Router;
  tasks: BackgroundTask[];
  db: Database;
  log: Logger;
  menusRegistered: Promise<void>;
}): Promise<void> {
  p.log.info('stopping: no new updates');
  await Promise.allSettled([p.framework.stop(), p.http.close()]);
  await p.router.drain(7_000);
  await p.menusRegistered; // it reads the database, closed below
  await Promise.allSettled(p.tasks.map((t) => t.stop()));
  await p.db.close();
  p.log.info('stopped');
}
