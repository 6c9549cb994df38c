import type { Actor } from '../../../core/admin/types.ts';
import { DomainError } from '../../../core/errors.ts';
import { message, msg } from '../../../core/replies.ts';
import type { HandlerContext } from '../feature.ts';

export type ResolveActor = (ctx: HandlerContext) => Promise<Actor | null>;

/**
 * What anyone who is not staff gets for an admin command: exactly what an unknown command gets
 * (dispatch.ts), so nothing tells them admin tools exist. Admin tools work in private chat only; in
 * a group they answer like unknown commands for everyone.
 */
export async function refuseCommand(ctx: HandlerContext): Promise<void> {
  const addressed = /^\/[A-Za-z0-9_]+@/.test(ctx.text ?? '');
  if (ctx.isPrivate || addressed) await ctx.reply(message(msg('unknown-command')));
}

/** The acting staff member in a private chat, or null after refusing like an unknown command. */
export async function staffForCommand(ctx: HandlerContext, resolve: ResolveActor): Promise<Actor | null> {
  const actor = ctx.isPrivate ? await resolve(ctx) : null;
  if (!actor) await refuseCommand(ctx);
  return actor;
}

/** Buttons: a non-staff press is treated exactly like a forged or stale button. */
export async function staffForButton(ctx: HandlerContext, resolve: ResolveActor): Promise<Actor> {
  const actor = ctx.isPrivate ? await resolve(ctx) : null;
  if (!actor) throw new DomainError('BUTTON.STALE');
  return actor;
}

/**
 * Conversation steps: someone removed as admin mid-form has the form dropped and gets the ordinary
 * fallback, as if no form existed.
 */
export async function staffForStep(ctx: HandlerContext, resolve: ResolveActor): Promise<Actor | null> {
  const actor = ctx.isPrivate ? await resolve(ctx) : null;
  if (!actor) {
    await ctx.conversation.clear();
    await ctx.reply(message(msg(ctx.text ? 'fallback-text' : 'fallback-non-text')));
  }
  return actor;
}
