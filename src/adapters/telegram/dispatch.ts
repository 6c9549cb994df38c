import { DomainError } from '../../core/errors.ts';
import { message, msg, toast } from '../../core/replies.ts';
import type { ButtonRoute, CommandSpec, Feature, HandlerContext } from './feature.ts';
import type { CommandCall } from './parse.ts';
import { own } from '../../core/own.ts';

/**
 * Finds the handler of an update among the features. The commands and button families are looked up by
 * name and prefix in maps made once (the first feature to declare a name or prefix owns it), not by
 * flattening every feature's list for each update.
 */
export class Dispatcher {
  private readonly commands = new Map<string, CommandSpec>();
  private readonly buttons = new Map<string, ButtonRoute>();

  constructor(private readonly features: readonly Feature[]) {
    for (const f of features) {
      for (const c of f.commands ?? []) if (!this.commands.has(c.name)) this.commands.set(c.name, c);
      for (const r of f.buttons ?? []) if (!this.buttons.has(r.codec.prefix)) this.buttons.set(r.codec.prefix, r);
    }
  }

  command(ctx: HandlerContext, command: CommandCall): Promise<void> {
    return dispatchCommand(this.commands, ctx, command);
  }

  message(ctx: HandlerContext): Promise<void> {
    return dispatchMessage(this.features, ctx);
  }

  callback(ctx: HandlerContext): Promise<void> {
    return dispatchCallback(this.buttons, ctx);
  }
}

/** Commands first: `/cancel` always leaves a form, whatever feature owns it. */
async function dispatchCommand(commands: ReadonlyMap<string, CommandSpec>, ctx: HandlerContext, command: CommandCall): Promise<void> {
  if (command.name === 'cancel') {
    const active = await ctx.conversation.get();
    await ctx.conversation.clear();
    // A form may have left a location / phone keyboard under the input field: take it away too.
    await ctx.reply({ ...message(msg(active ? 'cancel-done' : 'cancel-nothing')), removeKeyboard: ctx.isPrivate });
    return;
  }
  const spec = commands.get(command.name);
  if (!spec) {
    // In groups an unknown command may belong to another bot: stay quiet unless addressed by name.
    if (ctx.isPrivate || command.target) await ctx.reply(message(msg('unknown-command')));
    return;
  }
  const scope = spec.scope ?? 'all';
  if (scope === 'private' && !ctx.isPrivate) return ctx.reply(message(msg('command-private-only', { command: spec.name })));
  if (scope === 'group' && ctx.isPrivate) return ctx.reply(message(msg('command-group-only', { command: spec.name })));
  // A command runs beside a half-filled form: the form keeps its step (only /cancel ends it), while a
  // short staff or setup prompt (a feature's `prompts` kinds) has already been cleared by the router,
  // which does that for every command and button (`dropsPrompt`).
  await spec.handle(ctx, command.args);
}

/** Non-command messages: the active conversation, then free text, then a short hint. */
async function dispatchMessage(features: readonly Feature[], ctx: HandlerContext): Promise<void> {
  const state = await ctx.conversation.get();
  if (state) {
    const handler = features.map((f) => own(f.conversations, state.kind)).find(Boolean);
    if (handler) {
      if ((await handler(ctx)) !== false) return;
    } else await ctx.conversation.clear(); // a form from an older version: drop it rather than loop
  }
  if (ctx.text !== null && ctx.text.trim() !== '') {
    for (const f of features) if (await f.onText?.(ctx)) return;
    return ctx.reply(message(msg('fallback-text')));
  }
  for (const f of features) if (await f.onAttachment?.(ctx)) return;
  // Stickers, photos, voice ... with nothing waiting for them: answer in private, stay quiet in groups.
  if (ctx.isPrivate) await ctx.reply(message(msg('fallback-non-text')));
}

const inScope = (scope: ButtonRoute['scope'], ctx: HandlerContext): boolean =>
  scope === 'private' ? ctx.isPrivate : scope === 'group' ? !ctx.isPrivate : true;

/**
 * Buttons: the family's codec decodes the data once. Stale, forged or foreign buttons (unknown data,
 * wrong chat kind, or a handler that finds the thing gone: BUTTON.STALE) get one polite toast here.
 */
async function dispatchCallback(buttons: ReadonlyMap<string, ButtonRoute>, ctx: HandlerContext): Promise<void> {
  const data = ctx.callback?.data ?? '';
  const route = buttons.get(data.split(':', 1)[0]!);
  const value = route && inScope(route.scope, ctx) ? route.codec.decode(data) : null;
  if (!route || value === null) {
    await ctx.reply(toast(msg('button-stale')));
    return;
  }
  try {
    await route.handle(ctx, value);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'BUTTON.STALE') return ctx.reply(toast(msg('button-stale')));
    throw err;
  }
}
