import type { Logger } from 'pino';
import type { ForumTopicRepository, GroupSettingsRepository } from '../../core/groups/ports.ts';
import type { ChatId } from '../../core/ids.ts';
import type { Locale } from '../../core/locale.ts';
import type { ChatRepository } from '../../core/ports.ts';
import { lines, msg, raw } from '../../core/replies.ts';
import type { I18n } from '../../i18n/index.ts';
import type { BotApi } from './bot-api.ts';
import { renderText } from './render.ts';

export interface TopicLossDeps {
  settings: Pick<GroupSettingsRepository, 'clearTopic'>;
  topics: ForumTopicRepository;
  chats: Pick<ChatRepository, 'find'>;
  i18n: I18n;
  /** Sends to General (no topic): the notice must not need the topic that failed. */
  api: Pick<BotApi, 'sendMessage'>;
  defaultLocale: Locale;
  defaultTimeZone: string;
  log: Logger;
}

/**
 * After a post fell back to General because its topic was closed, deleted or forbidden: the kinds of
 * post sent there move to General, the topic is marked closed, and the moderators are told in General
 * what happened and how to choose another topic. Nothing moved (a second part of the same post, a
 * reply in the topic) means they were told already: no second notice.
 */
export function topicLossNotice(d: TopicLossDeps) {
  return async (chat: ChatId, threadId: number): Promise<void> => {
    const kinds = await d.settings.clearTopic(chat, threadId);
    const known = (await d.topics.listTopics(chat)).find((t) => t.threadId === threadId);
    await d.topics.saveTopic({ chatId: chat, threadId, closed: true });
    if (!kinds.length) return;
    const record = await d.chats.find(chat);
    const locale = record?.locale ?? d.defaultLocale;
    const text = lines(
      msg('groups-topic-lost-notice', { topic: known?.name ?? `#${threadId}` }),
      ...kinds.map((kind) => ({ lines: [raw('• '), msg('post-kind', { kind })], separator: '' })),
      msg('groups-topic-lost-hint'),
    );
    await d.api.sendMessage(chat, renderText(d.i18n, text, locale, record?.timeZone ?? d.defaultTimeZone));
    d.log.info({ chat: String(chat), thread: threadId, kinds }, 'forum topic unavailable: posts moved to General');
  };
}
