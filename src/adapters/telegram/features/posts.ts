import { chatId as toChatId, type ChatId, type UserId } from '../../../core/ids.ts';
import { postNowData } from '../../../core/posts/buttons.ts';
import type { PostDeps } from '../../../core/posts/ports.ts';
import { postNow } from '../../../core/posts/post-now.ts';
import { previewPosts } from '../../../core/posts/preview-posts.ts';
import { message, msg, toast } from '../../../core/replies.ts';
import { isGroupAdmin } from '../admin-check.ts';
import { onButton, type Feature, type HandlerContext } from '../feature.ts';

export interface PostsFeatureDeps {
  posts: PostDeps;
  /** Bot admins (ADMIN_IDS, the Admin table) may preview and post into any group. */
  isBotAdmin(user: UserId): Promise<boolean>;
}

const GROUP_ID = /^-\d{1,20}$/;

/**
 * /preview (what the group would receive next) and its "post now" buttons. In a group: its admins
 * and bot admins; in private: bot admins, `/preview <group id>`.
 */
export function createPostsFeature(deps: PostsFeatureDeps): Feature {
  const botAdmin = (ctx: HandlerContext) => (ctx.from ? deps.isBotAdmin(ctx.from.id) : Promise.resolve(false));
  const mayManage = async (ctx: HandlerContext, chat: ChatId) =>
    (await botAdmin(ctx)) || (!ctx.isPrivate && chat === ctx.chat.id && (await isGroupAdmin(ctx)));

  return {
    name: 'posts',
    commands: [
      {
        name: 'preview',
        menuKey: 'menu-preview',
        // Residents never see it: group admins have it in their menu, staff in their private one.
        menu: ['group-admins', 'staff'],
        async handle(ctx, args) {
          const arg = args.trim();
          // In private /preview is a staff tool: anyone else gets what an unknown command gets.
          if (ctx.isPrivate && !(await botAdmin(ctx))) return ctx.reply(message(msg('unknown-command')));
          if (ctx.isPrivate && !GROUP_ID.test(arg)) return ctx.reply(message(msg('preview-usage')));
          const chat = ctx.isPrivate ? toChatId(arg) : ctx.chat.id;
          if (!(await mayManage(ctx, chat))) return ctx.reply(message(msg('admin-only')));
          await ctx.reply(...(await previewPosts(deps.posts, chat, ctx.now())));
        },
      },
    ],
    buttons: [
      onButton(postNowData, async (ctx, { kind, chatId: chat }) => {
        if (!(await mayManage(ctx, chat))) return ctx.reply(toast(msg('admin-only'), true));
        const result = await postNow(deps.posts, chat, kind, ctx.now());
        if (result === 'queued') return ctx.reply(toast(msg('post-now-queued')));
        return ctx.reply(toast(result === 'already' ? msg('post-now-already') : msg('post-now-nothing')));
      }),
    ],
  };
}
