import type { AreaEntry } from '../../../src/core/areas/index.ts';
import { InMemoryAreaRepository } from '../../support/in-memory-area-repository.ts';
import type {
  GroupSettingsDeps,
  GroupSettingsRepository,
  SettingsAudit,
  SettingsChange,
  Subscription,
  SubscriptionKind,
} from '../../../src/core/groups/index.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import type { ChatId } from '../../../src/core/ids.ts';
import type { ChatRecord, ChatRepository, ChatStatus, ChatType } from '../../../src/core/ports.ts';

/** Chats kept in a Map. */
export class InMemoryChats implements ChatRepository {
  readonly rows = new Map<ChatId, ChatRecord>();
  async find(id: ChatId) {
    return this.rows.get(id) ?? null;
  }
  async upsertSeen(c: { id: ChatId; type: ChatType; title: string | null }) {
    const prev = this.rows.get(c.id);
    const row: ChatRecord = prev
      ? { ...prev, type: c.type, title: c.title }
      : { ...c, locale: null, timeZone: null, status: 'active', migratedToId: null, settlementId: null, setupDone: false, greetedAt: null };
    this.rows.set(c.id, row);
    return row;
  }
  async update(id: ChatId, patch: Partial<Omit<ChatRecord, 'id'>>) {
    const row = { ...this.rows.get(id)!, ...patch };
    this.rows.set(id, row);
    return row;
  }
  async setStatus(id: ChatId, status: ChatStatus) {
    if (this.rows.has(id)) await this.update(id, { status });
  }
  async migrate(): Promise<void> {
    throw new Error('not used here');
  }
}

/** Areas, subscriptions and audit in memory. */
export class InMemoryGroupSettings implements GroupSettingsRepository, SettingsAudit {
  readonly areas = new Map<ChatId, Set<string>>();
  readonly subs = new Map<string, Subscription>();
  readonly changes: SettingsChange[] = [];
  constructor(private readonly chats: InMemoryChats) {}
  async listAreas(chat: ChatId) {
    return [...(this.areas.get(chat) ?? [])].sort();
  }
  async addArea(chat: ChatId, areaId: string) {
    this.areas.set(chat, new Set([...(this.areas.get(chat) ?? []), areaId]));
  }
  async removeArea(chat: ChatId, areaId: string) {
    this.areas.get(chat)?.delete(areaId);
  }
  async listSubscriptions(chat: ChatId) {
    return [...this.subs.values()].filter((s) => s.chatId === chat).sort((a, b) => a.kind.localeCompare(b.kind));
  }
  async saveSubscription(sub: Subscription) {
    this.subs.set(`${sub.chatId}:${sub.kind}`, { ...sub });
  }
  async setTopic(chat: ChatId, kind: SubscriptionKind, threadId: number | null) {
    const key = `${chat}:${kind}`;
    this.subs.set(key, { ...(this.subs.get(key) ?? { chatId: chat, kind, cron: '', enabled: false }), threadId });
  }
  async clearTopic(chat: ChatId, threadId: number) {
    const moved = [...this.subs.values()].filter((s) => s.chatId === chat && s.threadId === threadId);
    for (const s of moved) s.threadId = null;
    return moved.map((s) => s.kind);
  }
  async listActiveSubscriptions(kind?: SubscriptionKind) {
    const out = [];
    for (const s of this.subs.values()) {
      const chat = this.chats.rows.get(s.chatId);
      if (!s.enabled || chat?.status !== 'active' || (kind && s.kind !== kind)) continue;
      out.push({ ...s, timeZone: chat.timeZone, locale: chat.locale, areaIds: await this.listAreas(s.chatId) });
    }
    return out;
  }
  async record(change: SettingsChange) {
    this.changes.push(change);
  }
  async listForChat(chat: ChatId, limit: number) {
    return this.changes
      .filter((c) => c.chatId === chat)
      .reverse()
      .slice(0, limit);
  }
}

const area = (
  id: string,
  parentId: string | null,
  kind: AreaEntry['kind'],
  kk: string,
  ru: string,
  en: string,
  aliases: string[] = [],
): AreaEntry => ({
  id,
  parentId,
  kind,
  names: { kk, ru, en },
  aliases,
});

/** A small tree: Aktobe province > Oiyl district > Oiyl, Karasu; Abai province > Aktogay district > Aktogay. */
export const AREAS: AreaEntry[] = [
  area('aktobe', null, 'province', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region'),
  area('aktobe/oiyl-d', 'aktobe', 'district', 'Ойыл ауданы', 'Уилский район', 'Oiyl District'),
  area('aktobe/oiyl-d/oiyl', 'aktobe/oiyl-d', 'settlement', 'Ойыл', 'Уил', 'Oiyl', ['Oyil', 'Уил']),
  area('aktobe/oiyl-d/karasu', 'aktobe/oiyl-d', 'settlement', 'Қарасу', 'Карасу', 'Karasu'),
  area('abai', null, 'province', 'Абай облысы', 'Абайская область', 'Abai Region'),
  area('abai/aktogay-d', 'abai', 'district', 'Ақтоғай ауданы', 'Актогайский район', 'Aktogay District'),
  area('abai/aktogay-d/aktogay', 'abai/aktogay-d', 'settlement', 'Ақтоғай', 'Актогай', 'Aktogay', ['Aqtoghai']),
];

export function makeDeps(now = new Date('2026-11-16T12:00:00Z')) {
  const chats = new InMemoryChats();
  const settings = new InMemoryGroupSettings(chats);
  const clock = fixedClock(now);
  const deps: GroupSettingsDeps = {
    chats,
    settings,
    audit: settings,
    areas: new InMemoryAreaRepository(AREAS),
    clock,
    defaultTimeZone: 'Asia/Almaty',
  };
  return { deps, chats, settings, clock };
}
