import type { ChatId } from '../ids.ts';
import { postNowData } from './buttons.ts';
import { lines, message, msg, type Keyboard, type Reply, type Text } from '../replies.ts';
import type { PostKind } from './model.ts';
import { nextPosts, type NextPost } from './next-posts.ts';
import type { PostDeps } from './ports.ts';
import { toWallTime } from '../time/wall-time.ts';

function heading(item: NextPost, timeZone: string): Text {
  const p = item.at ? toWallTime(item.at, timeZone) : null;
  const vars = p ? { date: item.at, time: `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}` } : {};
  if (item.kind === 'digest') return p ? msg('preview-digest-at', vars) : msg('preview-digest-manual');
  if (item.kind === 'reminders') return p ? msg('preview-reminders-at', vars) : msg('preview-reminders-none');
  return msg('preview-results');
}

function postNowButton(kind: PostKind, chatId: ChatId) {
  if (kind === 'digest') return postNowData.button(msg('preview-post-now-digest'), { kind, chatId });
  if (kind === 'reminders') return postNowData.button(msg('preview-post-now-reminders'), { kind, chatId });
  return postNowData.button(msg('preview-post-now-results'), { kind, chatId });
}

/**
 * /preview: for each enabled subscription of the group, when the next post is due (in the group's
 * time zone) and what it would say, with a "post now" button per kind that has something to say.
 * The caller has checked that the sender is one of the group's admins or a bot admin.
 */
export async function previewPosts(deps: PostDeps, chatId: ChatId, now: Date): Promise<Reply[]> {
  const next = await nextPosts(deps, chatId, now);
  if (!next || !next.items.length) return [message(msg('preview-no-subscriptions'))];
  const replies: Reply[] = next.items.map((item) =>
    message(lines(heading(item, next.target.timeZone), item.text ?? msg('preview-nothing'))),
  );
  const keyboard: Keyboard = next.items.filter((i) => i.text).map((i) => [postNowButton(i.kind, chatId)]);
  if (keyboard.length) replies.push(message(msg('preview-post-now-hint'), keyboard));
  return replies.map((r) => ({ ...r, locale: next.target.locale }));
}
