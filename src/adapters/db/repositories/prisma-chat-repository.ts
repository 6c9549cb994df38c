import { raw, sqltag as sql } from '@prisma/client/runtime/client';
import type { PrismaClient } from '../generated/sqlite/client.ts';
import { flagOf, idOf, instantOf, namedRow, prepared, readerOf } from '../raw-rows.ts';
import { chatId, type ChatId } from '../../../core/ids.ts';
import { isLocale } from '../../../core/locale.ts';
import type { ChatRecord, ChatRepository, ChatStatus, ChatType } from '../../../core/ports.ts';

type Row = Awaited<ReturnType<PrismaClient['chat']['findUnique']>> & {};

/** A chat row as the domain sees it (also used by the update snapshot's raw query). */
export const toChatRecord = (
  r: Pick<Row, 'id' | 'type' | 'title' | 'locale' | 'timeZone' | 'status' | 'migratedToId' | 'settlementId' | 'setupDone' | 'greetedAt'>,
): ChatRecord => ({
  id: chatId(r.id),
  type: r.type as ChatType,
  title: r.title,
  locale: isLocale(r.locale) ? r.locale : null,
  timeZone: r.timeZone,
  status: r.status as ChatStatus,
  migratedToId: r.migratedToId === null ? null : chatId(r.migratedToId),
  settlementId: r.settlementId,
  setupDone: r.setupDone,
  greetedAt: r.greetedAt,
});

/** The columns of a ChatRecord, in its order: what raw reads select for `chatOfRaw`. */
export const CHAT_COLUMNS = [
  'id',
  'type',
  'title',
  'locale',
  'timeZone',
  'status',
  'migratedToId',
  'settlementId',
  'setupDone',
  'greetedAt',
] as const;

/** A chat read raw (values in `CHAT_COLUMNS` order, as the driver adapter gives them: the upsert, the update snapshot). */
export function chatOfRaw(values: readonly unknown[]): ChatRecord {
  const v = namedRow(CHAT_COLUMNS, values);
  return toChatRecord({
    id: idOf(v.id)!,
    type: v.type as string,
    title: v.title as string | null,
    locale: v.locale as string | null,
    timeZone: v.timeZone as string | null,
    status: v.status as string,
    migratedToId: idOf(v.migratedToId),
    settlementId: v.settlementId as string | null,
    setupDone: flagOf(v.setupDone),
    greetedAt: instantOf(v.greetedAt),
  });
}

export class PrismaChatRepository implements ChatRepository {
  constructor(private readonly db: PrismaClient) {}

  async find(id: ChatId): Promise<ChatRecord | null> {
    const row = await this.db.chat.findUnique({ where: { id } });
    return row ? toChatRecord(row) : null;
  }

  /**
   * First sight, or another type or title: one upsert, as raw SQL straight to the driver adapter (on
   * election night thousands of residents' chats are new at once; a model query cost several times
   * the statement in CPU). Status and setup keep their column defaults.
   */
  async upsertSeen(chat: { id: ChatId; type: ChatType; title: string | null }): Promise<ChatRecord> {
    const now = new Date();
    const [r] = await readerOf(this.db)(
      prepared(sql`
      INSERT INTO "Chat" ("id", "type", "title", "createdAt", "updatedAt") VALUES (${chat.id}, ${chat.type}, ${chat.title}, ${now}, ${now})
      ON CONFLICT ("id") DO UPDATE SET "type" = excluded."type", "title" = excluded."title", "updatedAt" = excluded."updatedAt"
      RETURNING ${raw(CHAT_COLUMNS.map((c) => `"${c}"`).join(', '))}`),
    );
    if (!r) throw new Error('chat upsert returned no row');
    return chatOfRaw(r);
  }

  async update(id: ChatId, patch: Partial<Omit<ChatRecord, 'id'>>): Promise<ChatRecord> {
    return toChatRecord(await this.db.chat.update({ where: { id }, data: patch }));
  }

  async setStatus(id: ChatId, status: ChatStatus): Promise<void> {
    await this.db.chat.updateMany({ where: { id }, data: { status } });
  }

  /** Moves settings, areas, subscriptions, slot claims, pending posts and forms to the supergroup's id. */
  async migrate(from: ChatId, to: ChatId): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const old = await tx.chat.findUnique({ where: { id: from } });
      const target = await tx.chat.findUnique({ where: { id: to } });
      const carried = old
        ? {
            title: old.title,
            locale: old.locale,
            timeZone: old.timeZone,
            settlementId: old.settlementId,
            setupDone: old.setupDone,
            greetedAt: old.greetedAt,
          }
        : {};
      const type = target?.type ?? (to < -1000000000000n ? 'supergroup' : (old?.type ?? 'supergroup'));
      // The new chat keeps what it already has and takes the rest from the old one.
      const keep = target
        ? Object.fromEntries(
            Object.entries(carried).filter(
              ([k]) => target[k as keyof typeof target] === null || target[k as keyof typeof target] === false,
            ),
          )
        : carried;
      await tx.chat.upsert({
        where: { id: to },
        create: { id: to, type, status: 'active', ...carried },
        update: { ...keep, status: 'active' },
      });
      if (!old) return;
      for (const a of await tx.chatArea.findMany({ where: { chatId: from } })) {
        await tx.chatArea.upsert({
          where: { chatId_areaId: { chatId: to, areaId: a.areaId } },
          create: { chatId: to, areaId: a.areaId },
          update: {},
        });
      }
      for (const s of await tx.chatSubscription.findMany({ where: { chatId: from } })) {
        await tx.chatSubscription.upsert({
          where: { chatId_kind: { chatId: to, kind: s.kind } },
          create: { chatId: to, kind: s.kind, cron: s.cron, enabled: s.enabled },
          update: {},
        });
      }
      // Slot claims say what the group already received: without them the supergroup would get every
      // fresh result and today's reminders again, and its next digest would restart a week back.
      for (const j of await tx.jobSlot.findMany({ where: { chatId: from } })) {
        await tx.jobSlot.upsert({
          where: { job_chatId_slot: { job: j.job, chatId: to, slot: j.slot } },
          create: { ...j, chatId: to },
          update: {},
        });
      }
      await tx.chatArea.deleteMany({ where: { chatId: from } });
      await tx.chatSubscription.deleteMany({ where: { chatId: from } });
      await tx.jobSlot.deleteMany({ where: { chatId: from } });
      await tx.outboxMessage.updateMany({ where: { chatId: from, status: { in: ['pending', 'sending'] } }, data: { chatId: to } });
      // Half-finished forms (a setup prompt) carry on in the supergroup unless one was started there already.
      for (const c of await tx.conversationState.findMany({ where: { chatId: from } })) {
        const { chatId: _old, updatedAt: _at, ...rest } = c;
        await tx.conversationState.upsert({
          where: { chatId_userId: { chatId: to, userId: c.userId } },
          create: { ...rest, chatId: to },
          update: {},
        });
      }
      await tx.conversationState.deleteMany({ where: { chatId: from } });
      await tx.complaint.updateMany({ where: { sourceChatId: from }, data: { sourceChatId: to } });
      await tx.chat.update({ where: { id: from }, data: { status: 'migrated', migratedToId: to } });
    });
  }
}
