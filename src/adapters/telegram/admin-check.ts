import type { HandlerContext } from './feature.ts';

/**
 * May this sender change the group's settings? Asked of Telegram at the moment of the change
 * (admin lists go stale). Anonymous admins post as the group itself and are admins by definition.
 */
export async function isGroupAdmin(ctx: HandlerContext): Promise<boolean> {
  if (ctx.isPrivate || !ctx.from) return false;
  if (ctx.from.isAnonymousAdmin) return true;
  const member = await ctx.api.getChatMember(ctx.chat.id, ctx.from.id);
  return member.status === 'creator' || member.status === 'administrator';
}
