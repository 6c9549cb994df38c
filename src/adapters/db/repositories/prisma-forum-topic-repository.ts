import type { PrismaDb } from '../client.ts';
import { chatId as toChatId, type ChatId } from '../../../core/ids.ts';
import type { ForumTopic, ForumTopicRepository } from '../../../core/groups/ports.ts';

/** Forum topics the bot has seen in groups (ForumTopic rows). */
export class PrismaForumTopicRepository implements ForumTopicRepository {
  constructor(private readonly db: PrismaDb) {}

  async saveTopic(t: { chatId: ChatId; threadId: number; name?: string | null; closed?: boolean }): Promise<void> {
    const where = { chatId_threadId: { chatId: t.chatId, threadId: t.threadId } };
    const update = { ...(t.name ? { name: t.name.slice(0, 128) } : {}), ...(t.closed !== undefined ? { closed: t.closed } : {}) };
    await this.db.forumTopic.upsert({
      where,
      create: { chatId: t.chatId, threadId: t.threadId, name: t.name?.slice(0, 128) || `#${t.threadId}`, closed: t.closed ?? false },
      update,
    });
  }

  async listTopics(chat: ChatId): Promise<ForumTopic[]> {
    const rows = await this.db.forumTopic.findMany({ where: { chatId: chat }, orderBy: { threadId: 'asc' } });
    return rows.map((r) => ({ chatId: toChatId(r.chatId), threadId: r.threadId, name: r.name, closed: r.closed }));
  }
}
