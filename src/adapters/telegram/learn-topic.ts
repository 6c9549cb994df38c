import type { ForumTopicRepository } from '../../core/groups/ports.ts';
import { chatId } from '../../core/ids.ts';
import { topicOf, type ParsedMessage } from './parse.ts';

/**
 * Remembers forum topics from what Telegram shows the bot: a topic being created, renamed, closed or
 * reopened, and any message in a topic (it replies to the topic's creation, which carries the name).
 */
export async function learnTopic(topics: ForumTopicRepository, m: ParsedMessage): Promise<void> {
  const threadId = topicOf(m);
  if (threadId === null || m.chat.type !== 'supergroup') return;
  const name = m.forum_topic_created?.name ?? m.forum_topic_edited?.name ?? m.reply_to_message?.forum_topic_created?.name ?? null;
  const closed = m.forum_topic_closed ? true : m.forum_topic_reopened || m.forum_topic_created ? false : undefined;
  await topics.saveTopic({ chatId: chatId(m.chat.id), threadId, name, closed });
}
