import type { ChatId } from '../ids.ts';
import { topicFor, type PostKind } from './model.ts';
import { nextPosts } from './next-posts.ts';
import type { PostDeps } from './ports.ts';
import { minuteStamp } from '../time/wall-time.ts';

/**
 * "Post now" (an admin's button): queues what the group would receive next of one kind. Results
 * claim their version slot first (so the schedule does not repeat them) and a manual slot when the
 * group already had them; a double press within one minute posts once.
 * @returns 'queued', 'nothing' (nothing to post) or 'already' (pressed twice in a minute).
 */
export async function postNow(deps: PostDeps, chatId: ChatId, kind: PostKind, now: Date): Promise<'queued' | 'nothing' | 'already'> {
  const next = await nextPosts(deps, chatId, now, kind);
  const item = next?.items[0];
  if (!next || !item?.text) return 'nothing';
  const base = {
    job: kind,
    at: now,
    text: item.text,
    chart: item.chart,
    chatId: next.target.chatId,
    locale: next.target.locale,
    timeZone: next.target.timeZone,
    threadId: topicFor(next.target, kind),
  };
  if (item.slot && (await deps.publisher.publish({ ...base, slot: item.slot }))) return 'queued';
  return (await deps.publisher.publish({ ...base, slot: `manual:${minuteStamp(now, next.target.timeZone)}` })) ? 'queued' : 'already';
}
