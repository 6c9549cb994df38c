import { sqltag as sql } from '@prisma/client/runtime/client';
import type { PrismaClient } from '../generated/sqlite/client.ts';
import { executorOf } from '../raw-rows.ts';
import type { ChatId, UserId } from '../../../core/ids.ts';
import type { ConversationRepository, ConversationState } from '../../../core/ports.ts';

export class PrismaConversationRepository implements ConversationRepository {
  constructor(private readonly db: PrismaClient) {}

  async get(chatId: ChatId, userId: UserId, now: Date): Promise<ConversationState | null> {
    const row = await this.db.conversationState.findUnique({ where: { chatId_userId: { chatId, userId } } });
    if (!row) return null;
    if (row.expiresAt <= now) {
      await this.clear(chatId, userId);
      return null;
    }
    return { kind: row.kind, step: row.step, data: JSON.parse(row.data) as Record<string, unknown>, expiresAt: row.expiresAt };
  }

  async set(chatId: ChatId, userId: UserId, s: ConversationState): Promise<void> {
    const data = { kind: s.kind, step: s.step, data: JSON.stringify(s.data), expiresAt: s.expiresAt };
    await this.db.conversationState.upsert({
      where: { chatId_userId: { chatId, userId } },
      create: { chatId, userId, ...data },
      update: data,
    });
  }

  /** One upsert whose update applies only over the same kind or an expired form (SQLite and PostgreSQL). */
  async setUnlessOther(chatId: ChatId, userId: UserId, s: ConversationState, now: Date): Promise<boolean> {
    // Straight to the driver adapter: a plain question makes this write (see PrismaUpdateLog.claim).
    const saved = await executorOf(this.db)(sql`
      INSERT INTO "ConversationState" ("chatId", "userId", "kind", "step", "data", "expiresAt", "updatedAt")
      VALUES (${chatId}, ${userId}, ${s.kind}, ${s.step}, ${JSON.stringify(s.data)}, ${s.expiresAt}, ${now})
      ON CONFLICT ("chatId", "userId") DO UPDATE SET "kind" = excluded."kind", "step" = excluded."step",
        "data" = excluded."data", "expiresAt" = excluded."expiresAt", "updatedAt" = excluded."updatedAt"
      WHERE "ConversationState"."kind" = excluded."kind" OR "ConversationState"."expiresAt" <= ${now}`);
    return saved === 1;
  }

  async clear(chatId: ChatId, userId: UserId): Promise<void> {
    await this.db.conversationState.deleteMany({ where: { chatId, userId } });
  }

  async clearKinds(chatId: ChatId, userId: UserId, kinds: readonly string[]): Promise<void> {
    if (kinds.length) await this.db.conversationState.deleteMany({ where: { chatId, userId, kind: { in: [...kinds] } } });
  }
}
