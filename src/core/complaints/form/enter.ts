import { message, msg, type MessageReply, type Reply } from '../../replies.ts';
import { categoryName } from '../categories.ts';
import { findSimilarComplaints } from '../find-similar-complaints.ts';
import * as prompts from './prompts.ts';
import { at, over, type FormContext, type FormDeps, type FormResult } from './result.ts';
import type { ComplaintForm, FormState } from './state.ts';

/** Entering each step: the state it starts in and its prompt. Steps the form skips decide here. */

/** After a category: the emergency notice first (gas, health), then the settlement. */
export async function afterCategory(deps: FormDeps, ctx: FormContext, data: ComplaintForm): Promise<FormResult> {
  const category = data.categoryCode ? await deps.categories.find(data.categoryCode) : null;
  const notice = category?.emergency ? [prompts.emergencyNotice(category, ctx.locale)] : [];
  const next = await toSettlement(deps, ctx, data);
  return { ...next, replies: [...notice, ...next.replies] };
}

/** Skipped when the settlement is remembered or came with a group's deep link. */
export async function toSettlement(deps: FormDeps, ctx: FormContext, data: ComplaintForm): Promise<FormResult> {
  if (data.settlementId) return toSimilar(deps, ctx, data);
  return at('settlement', data, prompts.askSettlement());
}

/** "+1" offer, only when there is something to join. */
export async function toSimilar(deps: FormDeps, ctx: FormContext, data: ComplaintForm): Promise<FormResult> {
  const similar = await findSimilarComplaints(
    deps.complaints,
    { areaId: data.settlementId, categoryCode: data.categoryCode, user: ctx.user, now: ctx.now },
    deps.limits,
  );
  if (similar.length === 0) return toDescription(deps, { ...data, similarIds: undefined });
  const names = await formNames(deps, ctx, data);
  const offer = prompts.offerSimilar(similar, { category: names.category, settlement: names.settlement ?? '-' });
  return at('similar', { ...data, similarIds: similar.map((c) => c.id) }, offer);
}

export const toDescription = (deps: FormDeps, data: ComplaintForm): FormResult =>
  at('description', data, prompts.askDescription(deps.limits));

export const toPhotos = (deps: FormDeps, data: ComplaintForm): FormResult => at('photos', data, prompts.askPhotos(deps.limits));

export const toLocation = (data: ComplaintForm, ...before: Reply[]): FormResult => at('location', data, ...before, prompts.askLocation());

export const toConsent = (data: ComplaintForm, ...before: Reply[]): FormResult => at('consent', data, ...before, prompts.askConsent());

export const toContact = (data: ComplaintForm): FormResult => at('contact', data, prompts.askContact());

/** `edit`: the confirmation is redrawn in place (a choice on it was toggled). */
export async function toConfirm(
  deps: FormDeps,
  ctx: FormContext,
  data: ComplaintForm,
  opts: { edit?: boolean; before?: Reply[] } = {},
): Promise<FormResult> {
  const reply = await confirmReply(deps, ctx, data);
  return at('confirm', data, ...(opts.before ?? []), opts.edit ? { ...reply, edit: true } : reply);
}

/** The confirmation screen with names resolved in the resident's language. */
export async function confirmReply(deps: FormDeps, ctx: FormContext, data: ComplaintForm): Promise<MessageReply> {
  const names = await formNames(deps, ctx, data);
  return prompts.confirmScreen(data, names.category, names.settlement);
}

/** The chosen category's and settlement's names in the resident's language. */
async function formNames(deps: FormDeps, ctx: FormContext, data: ComplaintForm): Promise<{ category: string; settlement: string | null }> {
  const category = data.categoryCode ? await deps.categories.find(data.categoryCode) : null;
  const settlement = data.settlementId ? await deps.settlements.get(data.settlementId, ctx.locale) : null;
  return { category: category ? categoryName(category, ctx.locale) : '-', settlement: settlement?.label ?? null };
}

/** Re-shows the current step's prompt after a hint. */
export async function repeatPrompt(deps: FormDeps, ctx: FormContext, state: FormState): Promise<Reply[]> {
  switch (state.step) {
    case 'category':
      return [prompts.askCategory(await deps.categories.listActive(), ctx.locale)];
    case 'similar':
      return (await toSimilar(deps, ctx, state.data)).replies;
    case 'consent':
      return [prompts.askConsent()];
    case 'contact':
      return [prompts.askContact()];
    case 'confirm':
      return [await confirmReply(deps, ctx, state.data)];
    default:
      return [];
  }
}

/** Also takes away a location / contact keyboard the form may have shown. */
export const cancelled = (): FormResult => over([{ ...message(msg('complaint-cancelled')), removeKeyboard: true }]);
