import type { PrismaDb } from '../client.ts';
import { chatId as toChatId, userId as toUserId, type ChatId } from '../../../core/ids.ts';
import { isLocale } from '../../../core/locale.ts';
import {
  isSubscriptionKind,
  type ActiveSubscription,
  type GroupSettingsRepository,
  type SettingsAudit,
  type SettingsChange,
  type Subscription,
  type SubscriptionKind,
} from '../../../core/groups/ports.ts';

/** Audit actions written here all start with this, so listing a chat's history skips other features' rows. */
const GROUP_ACTION_PREFIX = 'group.';

/**
 * A group's settlements (ChatArea), post timetables (ChatSubscription) and the audit of its settings
 * changes (AuditEntry). The chat row itself is PrismaChatRepository's.
 */
export class PrismaGroupSettingsRepository implements GroupSettingsRepository, SettingsAudit {
  constructor(private readonly db: PrismaDb) {}

  async listAreas(chat: ChatId): Promise<string[]> {
    const rows = await this.db.chatArea.findMany({ where: { chatId: chat }, orderBy: { areaId: 'asc' } });
    return rows.map((r) => r.areaId);
  }

  async addArea(chat: ChatId, areaId: string): Promise<void> {
    await this.db.chatArea.upsert({ where: { chatId_areaId: { chatId: chat, areaId } }, create: { chatId: chat, areaId }, update: {} });
  }

  async removeArea(chat: ChatId, areaId: string): Promise<void> {
    await this.db.chatArea.deleteMany({ where: { chatId: chat, areaId } });
  }

  async listSubscriptions(chat: ChatId): Promise<Subscription[]> {
    const rows = await this.db.chatSubscription.findMany({ where: { chatId: chat }, orderBy: { kind: 'asc' } });
    return rows
      .filter((r) => isSubscriptionKind(r.kind))
      .map((r) => ({
        chatId: toChatId(r.chatId),
        kind: r.kind as SubscriptionKind,
        cron: r.cron,
        enabled: r.enabled,
        threadId: r.threadId,
      }));
  }

  async saveSubscription(sub: Subscription): Promise<void> {
    const data = { cron: sub.cron, enabled: sub.enabled };
    await this.db.chatSubscription.upsert({
      where: { chatId_kind: { chatId: sub.chatId, kind: sub.kind } },
      create: { chatId: sub.chatId, kind: sub.kind, ...data },
      update: data,
    });
  }

  async setTopic(chat: ChatId, kind: SubscriptionKind, threadId: number | null): Promise<void> {
    await this.db.chatSubscription.upsert({
      where: { chatId_kind: { chatId: chat, kind } },
      create: { chatId: chat, kind, cron: '', enabled: false, threadId },
      update: { threadId },
    });
  }

  async clearTopic(chat: ChatId, threadId: number): Promise<SubscriptionKind[]> {
    const rows = await this.db.chatSubscription.findMany({
      where: { chatId: chat, threadId },
      select: { kind: true },
      orderBy: { kind: 'asc' },
    });
    if (!rows.length) return [];
    await this.db.chatSubscription.updateMany({ where: { chatId: chat, threadId }, data: { threadId: null } });
    return rows.map((r) => r.kind).filter(isSubscriptionKind);
  }

  async listActiveSubscriptions(kind?: SubscriptionKind): Promise<ActiveSubscription[]> {
    const rows = await this.db.chatSubscription.findMany({
      where: { enabled: true, ...(kind ? { kind } : {}), chat: { status: 'active' } },
      include: { chat: { include: { areas: true } } },
      orderBy: [{ chatId: 'asc' }, { kind: 'asc' }],
    });
    return rows
      .filter((r) => isSubscriptionKind(r.kind))
      .map((r) => {
        const ids = r.chat.areas.map((a) => a.areaId).sort();
        const main = r.chat.settlementId;
        return {
          chatId: toChatId(r.chatId),
          kind: r.kind as SubscriptionKind,
          cron: r.cron,
          enabled: r.enabled,
          threadId: r.threadId,
          timeZone: r.chat.timeZone,
          locale: isLocale(r.chat.locale) ? r.chat.locale : null,
          areaIds: main && ids.includes(main) ? [main, ...ids.filter((i) => i !== main)] : ids,
        };
      });
  }

  async record(change: SettingsChange): Promise<void> {
    await this.db.auditEntry.create({
      data: {
        chatId: change.chatId,
        actorId: change.actorId,
        action: change.action,
        target: change.target,
        details: JSON.stringify(change.details),
        createdAt: change.at,
      },
    });
  }

  async listForChat(chat: ChatId, limit: number): Promise<SettingsChange[]> {
    const rows = await this.db.auditEntry.findMany({
      where: { chatId: chat, action: { startsWith: GROUP_ACTION_PREFIX } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
    });
    return rows.map((r) => ({
      chatId: toChatId(r.chatId!),
      actorId: r.actorId === null ? null : toUserId(r.actorId),
      action: r.action,
      target: r.target,
      details: JSON.parse(r.details) as Record<string, unknown>,
      at: r.createdAt,
    }));
  }
}
