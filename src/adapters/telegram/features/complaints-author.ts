import {
  addToComplaint,
  additionDone,
  askAddition,
  loadOwnOpen,
  type AddToComplaintDeps,
  type Addition,
} from '../../../core/complaints/add-to-complaint.ts';
import { authorActionData, type AuthorActionButton } from '../../../core/complaints/author-buttons.ts';
import { askWithdraw, withdrawComplaint, type WithdrawDeps } from '../../../core/complaints/withdraw-complaint.ts';
import { DomainError } from '../../../core/errors.ts';
import { edit } from '../../../core/replies.ts';
import { byOp, onButton, type ButtonRoute, type Feature, type HandlerContext } from '../feature.ts';
import type { KeyedQueue } from './complaints-events.ts';

/** The author is adding words or photos to an open complaint; data `{ id, album }`. */
export const ADD_KIND = 'complaint-add';

export interface AuthorActionsDeps {
  add: AddToComplaintDeps;
  withdraw: WithdrawDeps;
}

const userOf = (ctx: HandlerContext) => {
  if (!ctx.from || !ctx.isPrivate) throw new DomainError('BUTTON.STALE');
  return ctx.from.id;
};

/** What the message is, for the addition: the later parts of an album already answered stay quiet. */
function additionOf(ctx: HandlerContext, album: string | undefined): Addition {
  const m = ctx.incoming;
  if (m?.kind === 'photo') {
    return { kind: 'photo', fileId: m.fileId, caption: ctx.text, sameAlbum: m.mediaGroupId !== null && m.mediaGroupId === album };
  }
  if (m?.kind === 'text') return { kind: 'text', text: m.text };
  return { kind: 'other' };
}

/**
 * The author's buttons on their open complaint (add, done, withdraw) and the conversation that takes
 * what they add. `queue` keeps the parts of an album in order (see KeyedQueue).
 */
export function authorActions(
  deps: AuthorActionsDeps,
  queue: KeyedQueue,
): { buttons: ButtonRoute[]; conversations: NonNullable<Feature['conversations']> } {
  const handle = byOp<AuthorActionButton>({
    a: async (ctx, { id }) => {
      const reply = await askAddition(deps.add, { user: userOf(ctx), id });
      await ctx.conversation.set({ kind: ADD_KIND, step: 'add', data: { id } });
      await ctx.reply(reply);
    },
    d: async (ctx, { id }) => {
      const c = await loadOwnOpen(deps.add, userOf(ctx), id);
      await ctx.conversation.clear();
      await ctx.reply(edit(additionDone(c.reference).text));
    },
    w: async (ctx, { id }) => ctx.reply(await askWithdraw(deps.withdraw, { user: userOf(ctx), id })),
    y: async (ctx, { id }) => {
      const user = userOf(ctx);
      await ctx.conversation.clear();
      const reply = await withdrawComplaint(deps.withdraw, { user, id, now: ctx.now() });
      ctx.log.info({ complaint: id }, 'complaint withdrawn by its author');
      await ctx.reply({ ...reply, edit: true });
    },
  });
  return {
    buttons: [onButton(authorActionData, handle, 'private')],
    conversations: {
      [ADD_KIND]: (ctx) =>
        queue.run(`${ctx.chat.id}:${ctx.from?.id ?? 0}`, async () => {
          const state = await ctx.conversation.get();
          const data = state?.kind === ADD_KIND ? (state.data as { id?: unknown; album?: unknown }) : {};
          if (!ctx.from || typeof data.id !== 'number') return ctx.conversation.clear();
          const id = data.id;
          const album = typeof data.album === 'string' ? data.album : undefined;
          const addition = additionOf(ctx, album);
          try {
            const reply = await addToComplaint(deps.add, { user: ctx.from.id, id, addition, now: ctx.now() });
            const group = ctx.incoming?.kind === 'photo' ? ctx.incoming.mediaGroupId : null;
            if (group && group !== album) await ctx.conversation.set({ kind: ADD_KIND, step: 'add', data: { id, album: group } });
            if (reply) await ctx.reply(reply);
          } catch (err) {
            // Closed or withdrawn meanwhile: the conversation ends instead of swallowing the next messages.
            if (err instanceof DomainError && err.code === 'BUTTON.STALE') {
              await ctx.conversation.clear();
              return false;
            }
            throw err;
          }
        }),
    },
  };
}
