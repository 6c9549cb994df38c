import type { Election } from '../elections/model.ts';
import type { ChatId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import type { DigestCategory, DigestComplaint } from './digest.ts';
import type { PlannedPost, PostTarget } from './model.ts';

/** Groups that receive posts (active chats with subscriptions, their language, zone and areas). */
export interface PostTargetRepository {
  /** Active group chats with at least one enabled subscription. */
  listActive(): Promise<PostTarget[]>;
  /** One chat as a target (any subscriptions, enabled or not); null if unknown or not active. */
  find(chatId: ChatId): Promise<PostTarget | null>;
}

/** The slice of the elections feature the posts need (ElectionRepository satisfies the first three). */
export interface PostElectionSource {
  get(id: string): Promise<Election | null>;
  listByAreas(areaIds: readonly string[]): Promise<Election[]>;
  findRerunOf(id: string): Promise<Election | null>;
  /** Names of areas in every locale; unknown ids are absent. */
  areaNames(ids: readonly string[]): Promise<Map<string, Record<Locale, string>>>;
}

/** Anonymous complaint figures for digests. */
export interface ComplaintDigestSource {
  /** Complaints in the areas filed or resolved in `[since, until)`, or open past their due date. */
  complaints(areaIds: readonly string[], since: Date, until: Date): Promise<DigestComplaint[]>;
  categories(): Promise<DigestCategory[]>;
}

/** Which slots are already claimed (read side of JobSlot). */
export interface SlotLedger {
  /** The subset of `slots` already claimed for (job, chat). */
  claimedSlots(job: string, chatId: ChatId, slots: readonly string[]): Promise<Set<string>>;
  /** The time of the latest claimed slot for (job, chat); null if never posted. */
  lastSlotAt(job: string, chatId: ChatId): Promise<Date | null>;
}

/**
 * Claims the post's slot and writes its outbox rows in one transaction (rendered in the chat's
 * language and zone, split within Telegram's limits). False when the slot was already claimed:
 * another replica or an earlier tick has it.
 */
export interface PostPublisher {
  publish(post: PlannedPost): Promise<boolean>;
}

/** Everything the posts use cases need. */
export interface PostDeps {
  targets: PostTargetRepository;
  elections: PostElectionSource;
  complaints: ComplaintDigestSource;
  ledger: SlotLedger;
  publisher: PostPublisher;
}
