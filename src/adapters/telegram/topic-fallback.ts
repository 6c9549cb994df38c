import type { ChatId } from '../../core/ids.ts';
import { BotApiError, type BotApi } from './bot-api.ts';

/**
 * Telegram's answers when a forum topic cannot take a post: closed (TOPIC_CLOSED), deleted
 * ("message thread not found", TOPIC_DELETED) or the bot may no longer write there. They carry no
 * `parameters`, so the description is all there is to match.
 */
export function isTopicUnavailable(err: unknown): boolean {
  return (
    err instanceof BotApiError &&
    err.code === 400 &&
    /TOPIC_CLOSED|TOPIC_DELETED|TOPIC_ID_INVALID|message thread not found|not enough rights/i.test(err.description)
  );
}

/** Told once per topic that stopped taking posts (after the post went to General instead). */
export type TopicLost = (chat: ChatId, threadId: number) => Promise<void>;

/**
 * Wraps a Bot API so that a message, document or photo meant for a forum topic that cannot take it
 * goes to General instead: one try in the topic, one in General, never a loop. `onLost` then moves
 * the group's settings to General and tells the moderators (once: it finds nothing left to move the
 * next time). Every other call passes through unchanged.
 */
export function withTopicFallback(inner: BotApi, onLost: TopicLost, warn: (err: unknown) => void = () => undefined): BotApi {
  async function inTopic<T>(chat: ChatId, threadId: number | undefined, send: (threadId: number | undefined) => Promise<T>): Promise<T> {
    if (!threadId) return send(undefined);
    try {
      return await send(threadId);
    } catch (err) {
      if (!isTopicUnavailable(err)) throw err;
      const result = await send(undefined);
      await onLost(chat, threadId).catch(warn);
      return result;
    }
  }
  const overrides: Partial<BotApi> = {
    sendMessage: (chat, text, o) => inTopic(chat, o?.threadId, (threadId) => inner.sendMessage(chat, text, { ...o, threadId })),
    sendDocument: (chat, file, o) => inTopic(chat, o?.threadId, (threadId) => inner.sendDocument(chat, file, { ...o, threadId })),
    sendPhoto: (chat, photo, o) => inTopic(chat, o?.threadId, (threadId) => inner.sendPhoto(chat, photo, { ...o, threadId })),
  };
  return new Proxy(inner, {
    get(target, prop) {
      if (prop in overrides) return overrides[prop as keyof BotApi];
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
