import { askNotFixed, confirmFixed, reopenByAuthor, type FollowUpDeps } from '../../../core/complaints/follow-up.ts';
import { advanceComplaintForm } from '../../../core/complaints/form/advance.ts';
import { detectComplaint } from '../../../core/complaints/detector.ts';
import { askForgetMe, forgetMe, forgetMeDeclined } from '../../../core/complaints/forget-me.ts';
import type { FormContext, FormDeps, FormResult } from '../../../core/complaints/form/result.ts';
import { fixAnswerData, myComplaintsData, type MyComplaintsButton } from '../../../core/complaints/buttons.ts';
import { formData } from '../../../core/complaints/form/buttons.ts';
import { FORM_KIND, readForm, type FormEvent } from '../../../core/complaints/form/state.ts';
import { listMyComplaints } from '../../../core/complaints/list-my-complaints.ts';
import { showComplaint } from '../../../core/complaints/show-complaint.ts';
import { startComplaintForm, type FormPreset } from '../../../core/complaints/form/start.ts';
import { DomainError } from '../../../core/errors.ts';
import { chatId } from '../../../core/ids.ts';
import type { ChatRepository } from '../../../core/ports.ts';
import { edit, message, msg, urlButton } from '../../../core/replies.ts';
import { byOp, onButton, type Feature, type HandlerContext } from '../feature.ts';
import { authorActions, type AuthorActionsDeps } from './complaints-author.ts';
import { KeyedQueue, messageToFormEvent } from './complaints-events.ts';

export interface ComplaintsFeatureDeps {
  form: FormDeps;
  chats: Pick<ChatRepository, 'find'>;
  followUp: FollowUpDeps;
  /** The author adds to or withdraws an open complaint. */
  author: AuthorActionsDeps;
}

/** The author's "not fixed" note, after the button. */
export const NOT_FIXED_KIND = 'complaint-not-fixed';

/** Deep-link payload prefix: `/start c_<group chat id>` opens the form knowing the group's settlement. */
export const START_PREFIX = 'c_';

/** Private chat of a real user, or null: forms never run in groups. */
const formContext = (ctx: HandlerContext): FormContext | null =>
  ctx.from && ctx.isPrivate
    ? {
        user: ctx.from.id,
        locale: ctx.locale,
        now: ctx.now(),
        sender: { firstName: ctx.from.firstName, lastName: ctx.from.lastName, username: ctx.from.username },
      }
    : null;

/** Deep link to the form in private chat, for a group (never collect anything in the group). */
export const groupDeepLink = (ctx: HandlerContext) =>
  message(msg('complaint-group-use-private'), [
    [urlButton(msg('complaint-button-open-private'), `https://t.me/${ctx.botUsername}?start=${START_PREFIX}${ctx.chat.id}`)],
  ]);

/** The form, its commands and buttons, wired to the core use cases. */
export function createComplaintsFeature(
  deps: ComplaintsFeatureDeps,
): Feature & { handleStartPayload: (ctx: HandlerContext, payload: string) => Promise<boolean> } {
  const queue = new KeyedQueue();
  const serial = <T>(ctx: HandlerContext, job: () => Promise<T>) => queue.run(`${ctx.chat.id}:${ctx.from?.id ?? 0}`, job);
  const ttl = () => deps.form.limits.formTtlHours * 3_600_000;
  const author = authorActions(deps.author, queue);

  async function apply(ctx: HandlerContext, result: FormResult): Promise<void> {
    if (result.kind === 'continue') {
      await ctx.conversation.set({
        kind: FORM_KIND,
        step: result.state.step,
        data: { ...result.state.data },
        expiresAt: new Date(ctx.now().getTime() + ttl()),
      });
    } else {
      await ctx.conversation.clear();
    }
    const filed = result.kind === 'over' ? result.filed : undefined;
    if (filed) ctx.log.info({ reference: filed.reference, category: filed.categoryCode }, 'complaint filed');
    if (result.replies.length) await ctx.reply(...result.replies);
    if (filed) await ctx.whenDelivered(() => deps.form.complaints.receiptDelivered(filed.id));
  }

  async function begin(ctx: HandlerContext, preset: FormPreset = {}): Promise<void> {
    const fc = formContext(ctx);
    if (!fc) return ctx.reply(groupDeepLink(ctx));
    await serial(ctx, async () => apply(ctx, await startComplaintForm(deps.form, fc, preset)));
  }

  /** One step of the form; `event` null = read it from the message. */
  async function step(ctx: HandlerContext, event: FormEvent | null): Promise<void> {
    const fc = formContext(ctx);
    if (!fc) throw new DomainError('BUTTON.STALE');
    await serial(ctx, async () => {
      const conv = await ctx.conversation.get();
      const state = conv?.kind === FORM_KIND ? readForm(conv.step, conv.data) : null;
      if (!state) {
        if (event) throw new DomainError('BUTTON.STALE');
        await ctx.conversation.clear();
        return;
      }
      await apply(ctx, await advanceComplaintForm(deps.form, fc, state, event ?? messageToFormEvent(ctx.incoming)));
    });
  }

  async function handleStartPayload(ctx: HandlerContext, payload: string): Promise<boolean> {
    if (!payload.startsWith(START_PREFIX) || !ctx.isPrivate) return false;
    const rest = payload.slice(START_PREFIX.length);
    if (!/^-\d{1,20}$/.test(rest)) {
      await begin(ctx);
      return true;
    }
    const group = await deps.chats.find(chatId(rest));
    await begin(ctx, group ? { settlementId: group.settlementId, sourceChatId: group.id } : {});
    return true;
  }

  return {
    name: 'complaints',
    handleStartPayload,
    commands: [
      { name: 'complain', menuKey: 'menu-complain', scope: 'all', handle: (ctx) => begin(ctx) },
      {
        name: 'mycomplaints',
        menuKey: 'menu-mycomplaints',
        scope: 'private',
        handle: async (ctx) => ctx.reply(await listMyComplaints(listDeps(deps), { user: ctx.from!.id, locale: ctx.locale, page: 0 })),
      },
      { name: 'forgetme', menuKey: 'menu-forgetme', scope: 'private', handle: (ctx) => ctx.reply(askForgetMe()) },
    ],
    buttons: [
      onButton(formData, (ctx, { action, arg }) => step(ctx, { kind: 'button', action, arg }), 'private'),
      onButton(myComplaintsData, myComplaintsButtons(deps, begin), 'private'),
      ...author.buttons,
      onButton(
        fixAnswerData,
        async (ctx, { op, id }) => {
          if (!ctx.from) throw new DomainError('BUTTON.STALE');
          const input = { user: ctx.from.id, id, now: ctx.now() };
          if (op === 'y') return ctx.reply(await confirmFixed(deps.followUp, input));
          await ctx.reply(await askNotFixed(deps.followUp, input));
          await ctx.conversation.set({ kind: NOT_FIXED_KIND, step: 'note', data: { id } });
        },
        'private',
      ),
    ],
    conversations: {
      ...author.conversations,
      [FORM_KIND]: (ctx) => step(ctx, null),
      [NOT_FIXED_KIND]: async (ctx) => {
        const id = ((await ctx.conversation.get())?.data as { id?: number } | undefined)?.id;
        if (!ctx.from || !id) return ctx.conversation.clear();
        if (!ctx.text?.trim()) return ctx.reply(message(msg('complaint-ask-not-fixed-text')));
        await ctx.conversation.clear();
        await ctx.reply(await reopenByAuthor(deps.followUp, { user: ctx.from.id, id, note: ctx.text, now: ctx.now() }));
      },
    },
    async onText(ctx) {
      const guess = ctx.text ? detectComplaint(ctx.text, await deps.form.categories.listActive()) : null;
      if (!guess) return false;
      if (!ctx.isPrivate) {
        await ctx.reply(groupDeepLink(ctx));
        return true;
      }
      await ctx.reply(
        message(msg('complaint-detected-offer'), [
          [myComplaintsData.button(msg('complaint-button-start'), { op: 's', category: guess.categoryCode ?? null })],
          [myComplaintsData.button(msg('complaint-button-not-now'), { op: 'x' })],
        ]),
      );
      return true;
    },
  };
}

const listDeps = (deps: ComplaintsFeatureDeps) => ({
  complaints: deps.form.complaints,
  categories: deps.form.categories,
  pageSize: deps.form.limits.pageSize,
});

/** The buttons of a resident's own complaints (private chat only, see `myComplaintsData`). */
function myComplaintsButtons(deps: ComplaintsFeatureDeps, begin: (ctx: HandlerContext, p?: FormPreset) => Promise<void>) {
  const userOf = (ctx: HandlerContext) => {
    if (!ctx.from) throw new DomainError('BUTTON.STALE');
    return ctx.from.id;
  };
  return byOp<MyComplaintsButton>({
    p: async (ctx, b) =>
      ctx.reply(await listMyComplaints(listDeps(deps), { user: userOf(ctx), locale: ctx.locale, page: b.page, asEdit: true })),
    d: async (ctx, b) => {
      const detail = { complaints: deps.form.complaints, categories: deps.form.categories, settlements: deps.form.settlements };
      await ctx.reply(await showComplaint(detail, { user: userOf(ctx), locale: ctx.locale, complaintId: b.id, now: ctx.now() }));
    },
    f: async (ctx, b) => {
      if (b.answer === 'n') return ctx.reply(forgetMeDeclined());
      const user = userOf(ctx);
      await ctx.conversation.clear();
      ctx.log.info('personal data erased on request');
      await ctx.reply(await forgetMe(deps.form.complaints, user, ctx.now(), deps.form.limits));
    },
    s: async (ctx, b) => begin(ctx, { categoryCode: b.category }),
    x: async (ctx) => ctx.reply(edit(msg('complaint-detected-declined'))),
  });
}
