import type { PhotoLinks } from '../core/exports/photo-links.ts';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { ForumTopicRepository } from '../core/groups/ports.ts';
import type { Clock } from '../core/clock.ts';
import type { ChatRepository, ConversationRepository, Notifier, UserRepository } from '../core/ports.ts';
import type { PrismaDb } from '../adapters/db/client.ts';
import type { BotApi } from '../adapters/telegram/bot-api.ts';
import type { Feature } from '../adapters/telegram/feature.ts';
import type { HelpExtra, StartPayloadHandler } from '../adapters/telegram/features/start.ts';
import type { StaffChanged } from '../adapters/telegram/staff-menus.ts';
import type { ChartRenderer } from '../adapters/charts/render-chart.ts';
import type { CachedPhotos } from '../adapters/telegram/cached-photos.ts';
import type { I18n } from '../i18n/index.ts';
import type { StaffAlerts } from '../core/staff-alerts/events.ts';
import type { PostsRuntime } from './posts-runtime.ts';
import type { StaffRuntime } from './staff-runtime.ts';

/** The app's repositories and services, built once in app.ts; the shared runtimes are built from them. */
export interface AppContext {
  config: Config;
  log: Logger;
  prisma: PrismaDb;
  i18n: I18n;
  /** The resilient Bot API (429/403/migration handled). */
  api: BotApi;
  clock: Clock;
  chats: ChatRepository;
  /** Forum topics seen in groups. */
  topics: ForumTopicRepository;
  users: UserRepository;
  conversations: ConversationRepository;
  notifier: Notifier;
  bot: { id: number; username: string };
  /** Results charts: rendered in process, sent as photos uploaded once per picture. */
  charts: ChartRenderer;
  photos: CachedPhotos;
  /** Signed, expiring links to complaint photos, served by this process's HTTP server. */
  photoLinks: PhotoLinks;
  /** Someone became staff or stopped being staff: their private command menu follows. */
  staffChanged: StaffChanged;
  /**
   * Tells a complaint's responsible staff what happened to it (new, added, reopened, withdrawn,
   * forwarded), batched per person: see CONTRIBUTING.md "Tell staff about a complaint".
   */
  staffAlerts: StaffAlerts;
}

/**
 * What every feature module may use; built once in app.ts. No globals anywhere else. The runtimes
 * are shared: results an admin enters and staff notices wake the same delivery worker as posts.
 */
export interface WiringContext extends AppContext {
  posts: PostsRuntime;
  staff: StaffRuntime;
}

/** A background task (scheduler, delivery worker) started after the bot and stopped before the db closes. */
export interface BackgroundTask {
  name: string;
  start(): void;
  stop(): Promise<void>;
}

/** What a feature module contributes. */
export interface FeatureModule {
  feature: Feature;
  startPayload?: StartPayloadHandler;
  /** More /help lines for this sender in private chat (e.g. staff commands), or null. */
  helpExtra?: HelpExtra;
  tasks?: BackgroundTask[];
}

/**
 * How every feature module is declared: `export const wireX: WireFeature = (w) => ({ feature, ... })`.
 * `earlier` holds the modules wired before it (the start feature gathers their deep links and /help lines).
 */
export type WireFeature = (w: WiringContext, earlier: readonly FeatureModule[]) => FeatureModule | Promise<FeatureModule>;
