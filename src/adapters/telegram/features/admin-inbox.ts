import {
  duplicateData,
  forwardData,
  inboxData,
  mergeData,
  noteData,
  openData,
  statusData,
  type FilterButton,
  type ForwardButton,
  templateData,
  type TemplateButton,
} from '../../../core/admin/buttons.ts';
import { removeTemplate, type TemplatesDeps } from '../../../core/admin/response-templates.ts';
import { askForwardNote, forwardChoices, forwardComplaint, type ForwardDeps } from '../../../core/admin/forward-complaint.ts';
import { EMPTY_STATE } from '../../../core/admin/inbox-state.ts';
import { areaChoices, filterChoices, listInbox, type InboxDeps } from '../../../core/admin/list-inbox.ts';
import { mergeSupporters, type MergeDeps } from '../../../core/admin/merge-supporters.ts';
import { openForReview, type ReviewDeps } from '../../../core/admin/open-for-review.ts';
import { addStaffNote, askStaffNote, type StaffNoteDeps } from '../../../core/admin/add-staff-note.ts';
import { pickAreaFilter } from '../../../core/admin/pick-area-filter.ts';
import { applyStatusChange, applyTemplate, askStatusNote, isStatus, type ReviewStatusDeps } from '../../../core/admin/review-status.ts';
import { DomainError } from '../../../core/errors.ts';
import { byOp, onButton, type ButtonRoute, type CommandSpec, type Feature } from '../feature.ts';
import { staffForButton, staffForCommand, staffForStep, type ResolveActor } from './admin-guard.ts';

export interface AdminInboxDeps {
  resolve: ResolveActor;
  inbox: InboxDeps;
  review: ReviewDeps;
  status: ReviewStatusDeps;
  merge: MergeDeps;
  notes: StaffNoteDeps;
  forward: ForwardDeps;
  templates: TemplatesDeps;
}

export const NOTE_KIND = 'admin-note';
/** A note without a status change: step `public` or `internal`. */
export const STAFF_NOTE_KIND = 'admin-staff-note';
/** "Not ours": the note for the staff who take the complaint over. */
export const FORWARD_KIND = 'admin-forward';

/** `/inbox [area]`, its filter and page buttons, the complaint view and its actions. */
export function inboxParts(deps: AdminInboxDeps): Pick<Feature, 'conversations'> & { commands: CommandSpec[]; buttons: ButtonRoute[] } {
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
          await ctx.reply(
            await listInbox(deps.inbox, { actor, state: { ...EMPTY_STATE, area }, locale: ctx.locale, now: ctx.now(), asEdit: false }),
          );
        },
      },
    ],
    buttons: [
      onButton(
        inboxData,
        async (ctx, b) => {
          const actor = await staffForButton(ctx, deps.resolve);
          await byOp<FilterButton>({
            v: async () =>
              ctx.reply(await listInbox(deps.inbox, { actor, state: b.state, locale: ctx.locale, now: ctx.now(), asEdit: true })),
            fs: async (_, { op, state }) => ctx.reply(await filterChoices(deps.inbox, state, op, ctx.locale)),
            fc: async (_, { op, state }) => ctx.reply(await filterChoices(deps.inbox, state, op, ctx.locale, inboxData, actor)),
            fa: async (_, { state }) => ctx.reply(await areaChoices(deps.inbox, actor, state, ctx.locale)),
          })(ctx, b);
        },
        'private',
      ),
      onButton(
        openData,
        async (ctx, { id, state }) => {
          const actor = await staffForButton(ctx, deps.resolve);
          await ctx.reply(...(await openForReview(deps.review, { actor, id, state, locale: ctx.locale, now: ctx.now() })));
        },
        'private',
      ),
      onButton(
        statusData,
        async (ctx, { id, to }) => {
          const actor = await staffForButton(ctx, deps.resolve);
          await ctx.reply(await askStatusNote(deps.status, actor, id, to));
          await ctx.conversation.set({ kind: NOTE_KIND, step: 'note', data: { id, to } });
        },
        'private',
      ),
      onButton(
        duplicateData,
        async (ctx, { id }) => {
          const actor = await staffForButton(ctx, deps.resolve);
          await ctx.reply(await askStatusNote(deps.status, actor, id, 'duplicate'));
          await ctx.conversation.set({ kind: NOTE_KIND, step: 'duplicate', data: { id, to: 'duplicate' } });
        },
        'private',
      ),
      onButton(
        noteData,
        async (ctx, { id, visibility }) => {
          const actor = await staffForButton(ctx, deps.resolve);
          await ctx.reply(await askStaffNote(deps.notes, actor, id, visibility));
          await ctx.conversation.set({ kind: STAFF_NOTE_KIND, step: visibility, data: { id } });
        },
        'private',
      ),
      onButton(
        forwardData,
        async (ctx, b) => {
          const actor = await staffForButton(ctx, deps.resolve);
          await byOp<ForwardButton>({
            p: async (_, { id }) => ctx.reply(await forwardChoices(deps.forward, actor, id, ctx.locale)),
            c: async (_, { id, code }) => {
              await ctx.reply(await askForwardNote(deps.forward, actor, id, code, ctx.locale));
              await ctx.conversation.set({ kind: FORWARD_KIND, step: 'note', data: { id, code } });
            },
          })(ctx, b);
        },
        'private',
      ),
      onButton(
        templateData,
        async (ctx, b) => {
          const actor = await staffForButton(ctx, deps.resolve);
          await byOp<TemplateButton>({
            u: async (_, { id, to, template }) => {
              // The note question is answered by the button: the form ends first, so a refusal cannot trap the admin.
              await ctx.conversation.clear();
              await ctx.reply(await applyTemplate(deps.status, actor, { id, to, templateId: template, now: ctx.now() }));
            },
            d: async (_, { template }) => ctx.reply(await removeTemplate(deps.templates, actor, template)),
          })(ctx, b);
        },
        'private',
      ),
      onButton(
        mergeData,
        async (ctx, { id }) => ctx.reply(await mergeSupporters(deps.merge, await staffForButton(ctx, deps.resolve), id, ctx.now())),
        'private',
      ),
    ],
    conversations: {
      [FORWARD_KIND]: async (ctx) => {
        const actor = await staffForStep(ctx, deps.resolve);
        if (!actor) return;
        const data = (await ctx.conversation.get())?.data as { id?: number; code?: string } | undefined;
        // Cleared first: a refused forward (stale, closed meanwhile) must not trap the admin in the form.
        await ctx.conversation.clear();
        if (!data?.id || !data.code || !ctx.text?.trim()) throw new DomainError('BUTTON.STALE');
        const input = { id: data.id, code: data.code, note: ctx.text, now: ctx.now(), locale: ctx.locale };
        await ctx.reply(await forwardComplaint(deps.forward, actor, input));
      },
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
          id: data.id,
          to: data.to,
          note: dup ? restWords.join(' ') || null : ctx.text,
          duplicateOf: dup ? first : null,
          now: ctx.now(),
        });
        await ctx.reply(reply);
      },
    },
  };
}
