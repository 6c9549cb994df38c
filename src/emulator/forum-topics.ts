/**
 * Forum topics as Telegram answers them: topics are learnt from pushed updates (a topic's creation,
 * renaming, closing, any message in it) or made with createForumTopic; a send names its topic with
 * `message_thread_id` and is echoed with `is_topic_message`. A closed topic (or a closed General)
 * answers `TOPIC_CLOSED`, a deleted or unknown one `message thread not found`.
 */
import { badRequest } from './errors.ts';
import type { Params } from './params.ts';

type ChatId = number | string;

export interface TopicState {
  name: string;
  iconColor: number;
  closed: boolean;
  deleted: boolean;
}

const ICON_COLOR = 7322096;

export class ForumTopics {
  private readonly byChat = new Map<ChatId, Map<number, TopicState>>();
  private readonly generalClosed = new Set<ChatId>();

  /** The topics of a chat (tests read them). */
  of(chatId: ChatId): Map<number, TopicState> {
    let topics = this.byChat.get(chatId);
    if (!topics) this.byChat.set(chatId, (topics = new Map()));
    return topics;
  }

  isForum(chat: Params | undefined): boolean {
    return chat?.is_forum === true || (chat !== undefined && this.byChat.has(chat.id));
  }

  create(chatId: ChatId, threadId: number, name: string, iconColor = ICON_COLOR): TopicState {
    const topic = { name, iconColor, closed: false, deleted: false };
    this.of(chatId).set(threadId, topic);
    return topic;
  }

  /** Learns from a message of a pushed update. */
  observe(message: Params): void {
    const chatId = message.chat?.id as ChatId;
    const threadId = message.message_thread_id;
    if (message.chat?.is_forum) this.of(chatId);
    if (typeof threadId !== 'number' || !message.is_topic_message) return;
    const topics = this.of(chatId);
    const name = message.forum_topic_created?.name ?? message.reply_to_message?.forum_topic_created?.name;
    const topic = topics.get(threadId) ?? this.create(chatId, threadId, name ?? `Topic ${threadId}`);
    if (message.forum_topic_edited?.name) topic.name = message.forum_topic_edited.name;
    if (message.forum_topic_closed) topic.closed = true;
    if (message.forum_topic_reopened) topic.closed = false;
  }

  setClosed(chatId: ChatId, threadId: number, closed: boolean): void {
    this.existing(chatId, threadId).closed = closed;
  }

  delete(chatId: ChatId, threadId: number): void {
    this.existing(chatId, threadId).deleted = true;
  }

  setGeneralClosed(chatId: ChatId, closed: boolean): void {
    if (closed) this.generalClosed.add(chatId);
    else this.generalClosed.delete(chatId);
  }

  /**
   * Checks where a new message goes and returns the fields Telegram adds to it: in a forum, a known
   * open topic gives `message_thread_id` + `is_topic_message`; General has neither.
   */
  place(chat: Params, threadParam: unknown): Params {
    if (!this.isForum(chat)) return {};
    if (threadParam === undefined || threadParam === null || threadParam === '' || Number(threadParam) === 1) {
      if (this.generalClosed.has(chat.id)) throw badRequest('TOPIC_CLOSED');
      return {};
    }
    const threadId = Number(threadParam);
    const topic = this.byChat.get(chat.id)?.get(threadId);
    if (!topic || topic.deleted) throw badRequest('message thread not found');
    if (topic.closed) throw badRequest('TOPIC_CLOSED');
    return { message_thread_id: threadId, is_topic_message: true };
  }

  private existing(chatId: ChatId, threadId: number): TopicState {
    const topic = this.byChat.get(chatId)?.get(threadId);
    if (!topic || topic.deleted) throw badRequest('TOPIC_ID_INVALID');
    return topic;
  }
}
