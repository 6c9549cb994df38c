import { decodeState, EMPTY_STATE, type InboxState } from '../../../core/admin/inbox-state.ts';
import { areaChoices, filterChoices, INBOX_PREFIX, listInbox, OPEN_PREFIX, type InboxDeps } from '../../../core/admin/list-inbox.ts';
import { mergeSupporters, type MergeDeps } from '../../../core/admin/merge-supporters.ts';
import { DUPLICATE_PREFIX, MERGE_PREFIX, openForReview, STATUS_PREFIX, type ReviewDeps } from '../../../core/admin/open-for-review.ts';
import { addStaffNote, askStaffNote, NOTE_PREFIX, visibilityOf, type StaffNoteDeps } from '../../../core/admin/add-staff-note.ts';
import { pickAreaFilter } from '../../../core/admin/pick-area-filter.ts';
import { applyStatusChange, askStatusNote, isStatus, type ReviewStatusDeps } from '../../../core/admin/review-status.ts';
import { DomainError } from '../../../core/errors.ts';
import type { CommandSpec, Feature, HandlerContext } from '../feature.ts';
import { idArg, staffForButton, staffForCommand, staffForStep, type ResolveActor } from './admin-guard.ts';

export interface AdminInboxDeps {
  resolve: ResolveActor;
  inbox: InboxDeps;
  review: ReviewDeps;
  status: ReviewStatusDeps;
  merge: MergeDeps;
  notes: StaffNoteDeps;
}

export const NOTE_KIND = 'admin-note';
/** A note without a status change: step `public` or `internal`. */
export const STAFF_NOTE_KIND = 'admin-staff-note';

const stateArg = (text: string | undefined): InboxState => {
  const s = decodeState(text);
  if (!s) throw new DomainError('BUTTON.STALE');
  return s;
};

/** `/inbox [area]`, its filter and page buttons, the complaint view and its actions. */
export function inboxParts(deps: AdminInboxDeps): Pick<Feature, 'callbacks' | 'conversations'> & { commands: CommandSpec[] } {
  const view = async (ctx: HandlerContext, state: InboxState, asEdit: boolean) => {
    const actor = await staffForButton(ctx, deps.resolve);
    await ctx.reply(await listInbox(deps.inbox, { actor, state, locale: ctx.locale, now: ctx.now(), asEdit }));
  };
  return {
    commands: [
      {
        name: 'inbox',
        menuKey: 'menu-inbox',
        menu: ['staff'],
        async handle(ctx, args) {
          const actor = await staffForCommand(ctx, deps.resolve);
          if (!actor) return;
          const area = pickAreaFilter(await deps.inbox.areas.listAll(), args);
          await ctx.reply(await listInbox(deps.inbox, { actor, state: { ...EMPTY_STATE, area }, locale: ctx.locale, now: ctx.now(), asEdit: false }));
        },
      },
    ],
    callbacks: {
      [INBOX_PREFIX]: async (ctx, [verb, ...rest]) => {
        const state = stateArg(rest.join(':'));
        if (verb === 'v') return view(ctx, state, true);
        const actor = await staffForButton(ctx, deps.resolve);
        if (verb === 'fs' || verb === 'fc') return ctx.reply(await filterChoices(deps.inbox, state, verb, ctx.locale));
        if (verb === 'fa') return ctx.reply(await areaChoices(deps.inbox, actor, state, ctx.locale));
        throw new DomainError('BUTTON.STALE');
      },
      [OPEN_PREFIX]: async (ctx, [id, ...rest]) => {
        const actor = await staffForButton(ctx, deps.resolve);
        await ctx.reply(...(await openForReview(deps.review, { actor, id: idArg(id), state: stateArg(rest.join(':')), locale: ctx.locale, now: ctx.now() })));
      },
      [STATUS_PREFIX]: async (ctx, [id, to]) => {
        const actor = await staffForButton(ctx, deps.resolve);
        if (!isStatus(to)) throw new DomainError('BUTTON.STALE');
        const complaintId = idArg(id);
        await ctx.reply(await askStatusNote(deps.status, actor, complaintId, to));
        await ctx.conversation.set({ kind: NOTE_KIND, step: 'note', data: { id: complaintId, to } });
      },
      [DUPLICATE_PREFIX]: async (ctx, [id]) => {
        const actor = await staffForButton(ctx, deps.resolve);
        const complaintId = idArg(id);
        await ctx.reply(await askStatusNote(deps.status, actor, complaintId, 'duplicate'));
        await ctx.conversation.set({ kind: NOTE_KIND, step: 'duplicate', data: { id: complaintId, to: 'duplicate' } });
      },
      [NOTE_PREFIX]: async (ctx, [id, code]) => {
        const actor = await staffForButton(ctx, deps.resolve);
        const visibility = visibilityOf(code);
        if (!visibility) throw new DomainError('BUTTON.STALE');
        const complaintId = idArg(id);
        await ctx.reply(await askStaffNote(deps.notes, actor, complaintId, visibility));
        await ctx.conversation.set({ kind: STAFF_NOTE_KIND, step: visibility, data: { id: complaintId } });
      },
      [MERGE_PREFIX]: async (ctx, [id]) => {
        const actor = await staffForButton(ctx, deps.resolve);
        await ctx.reply(await mergeSupporters(deps.merge, actor, idArg(id), ctx.now()));
      },
    },
    conversations: {
      [STAFF_NOTE_KIND]: async (ctx) => {
        const actor = await staffForStep(ctx, deps.resolve);
        if (!actor) return;
        const state = await ctx.conversation.get();
        const id = (state?.data as { id?: number } | undefined)?.id;
        const visibility = state?.step === 'public' || state?.step === 'internal' ? state.step : null;
        await ctx.conversation.clear();
        if (!id || !visibility || !ctx.text?.trim()) throw new DomainError('BUTTON.STALE');
        await ctx.reply(await addStaffNote(deps.notes, actor, { id, visibility, text: ctx.text, now: ctx.now() }));
      },
      [NOTE_KIND]: async (ctx) => {
        const actor = await staffForStep(ctx, deps.resolve);
        if (!actor) return;
        const state = await ctx.conversation.get();
        const data = state?.data as { id?: number; to?: string } | undefined;
        if (!data?.id || !isStatus(data.to) || !ctx.text?.trim()) {
          await ctx.conversation.clear();
          throw new DomainError('BUTTON.STALE');
        }
        // A duplicate is named by "C-2026-000123 optional note"; other changes take the whole text as the note.
        const [first = '', ...restWords] = ctx.text.trim().split(/\s+/);
        const dup = state?.step === 'duplicate';
        // Cleared first: a refused change (stale, not allowed) must not trap the admin in the form.
        await ctx.conversation.clear();
        const reply = await applyStatusChange(deps.status, actor, {
          id: data.id, to: data.to, note: dup ? restWords.join(' ') || null : ctx.text, duplicateOf: dup ? first : null, now: ctx.now(),
        });
        await ctx.reply(reply);
      },
    },
  };
}
