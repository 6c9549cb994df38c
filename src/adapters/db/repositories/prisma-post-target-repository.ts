import { chatId as toChatId, type ChatId } from '../../../core/ids.ts';
import { isLocale, type Locale } from '../../../core/locale.ts';
import { isPostKind, type PostTarget } from '../../../core/posts/model.ts';
import type { PostTargetRepository } from '../../../core/posts/ports.ts';
import type { PrismaClient } from '../generated/sqlite/client.ts';

const include = { subscriptions: true, areas: true } as const;
type Row = NonNullable<Awaited<ReturnType<PrismaClient['chat']['findFirst']>>> & {
  subscriptions: Array<{ kind: string; cron: string; enabled: boolean; threadId: number | null }>;
  areas: Array<{ areaId: string }>;
};

/** Groups as post targets: chat settings (language, zone, settlement, areas) and subscriptions. */
export class PrismaPostTargetRepository implements PostTargetRepository {
  constructor(
    private readonly db: PrismaClient,
    private readonly defaults: { locale: Locale; timeZone: string },
  ) {}

  private toTarget(r: Row): PostTarget {
    return {
      chatId: toChatId(r.id),
      locale: isLocale(r.locale) ? r.locale : this.defaults.locale,
      timeZone: r.timeZone ?? this.defaults.timeZone,
      areaIds: [...new Set([r.settlementId, ...r.areas.map((a) => a.areaId)].filter((a): a is string => !!a))],
      subscriptions: r.subscriptions
        .filter((s) => isPostKind(s.kind))
        .map((s) => ({
          kind: s.kind as PostTarget['subscriptions'][number]['kind'],
          cron: s.cron.trim(),
          enabled: s.enabled,
          threadId: s.threadId,
        })),
    };
  }

  async listActive(): Promise<PostTarget[]> {
    const rows = await this.db.chat.findMany({
      where: { status: 'active', type: { in: ['group', 'supergroup'] }, subscriptions: { some: { enabled: true } } },
      include,
      orderBy: { id: 'asc' },
    });
    return rows.map((r) => this.toTarget(r as Row));
  }

  async find(id: ChatId): Promise<PostTarget | null> {
    const row = await this.db.chat.findUnique({ where: { id }, include });
    return row && row.status === 'active' ? this.toTarget(row as Row) : null;
  }

  /** Area names in every locale, for post headlines. */
  async areaNames(ids: readonly string[]): Promise<Map<string, Record<Locale, string>>> {
    if (!ids.length) return new Map();
    const rows = await this.db.area.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, nameKk: true, nameRu: true, nameEn: true },
    });
    return new Map(rows.map((r) => [r.id, { kk: r.nameKk, ru: r.nameRu, en: r.nameEn }]));
  }
}
