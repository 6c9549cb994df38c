import { DomainError } from '../errors.ts';
import { message, msg } from '../replies.ts';
import { fileComplaint } from './file-complaint.ts';
import {
  afterCategory,
  cancelled,
  repeatPrompt,
  toConfirm,
  toContact,
  toDescription,
  type FormContext,
  type FormDeps,
  type FormResult,
} from './form-flow.ts';
import { STALE, contactStep, descriptionStep, locationStep, photosStep, settlementStep } from './form-input-steps.ts';
import type { FormEvent, FormState } from './form-state.ts';
import type { ComplaintRecord } from './types.ts';
import { joinComplaint } from './join-complaint.ts';

/**
 * The complaint form as a state machine: (state, event) -> (next state, replies).
 * category > settlement > "+1" offer > description > photos > location > consent > (contact) > confirmation
 * (where the author may also show the description to neighbours).
 * Wrong kinds of input get a hint and keep the step; buttons from another step are stale.
 * @throws DomainError BUTTON.STALE for a button that does not belong to the current step
 */
export async function advanceComplaintForm(deps: FormDeps, ctx: FormContext, state: FormState, event: FormEvent): Promise<FormResult> {
  if (event.kind === 'button' && event.action === 'cancel') return cancelled();
  const result = await dispatch(deps, ctx, state, event);
  if (result === STALE) throw new DomainError('BUTTON.STALE');
  return result;
}

async function dispatch(deps: FormDeps, ctx: FormContext, state: FormState, event: FormEvent): Promise<FormResult> {
  switch (state.step) {
    case 'category':
      return categoryStep(deps, ctx, state, event);
    case 'settlement':
      return settlementStep(deps, ctx, state, event);
    case 'similar':
      return similarStep(deps, ctx, state, event);
    case 'description':
      return event.kind === 'button' ? STALE : descriptionStep(deps, state, event);
    case 'photos':
      return photosStep(deps, state, event);
    case 'location':
      return locationStep(state, event);
    case 'consent':
      if (event.kind === 'button' && event.action === 'consent' && (event.arg === 'y' || event.arg === 'n')) {
        return event.arg === 'y'
          ? toContact({ ...state.data, consent: true })
          : toConfirm(deps, ctx, { ...state.data, consent: false, contactPhone: undefined });
      }
      return buttonsOnly(deps, ctx, state, event);
    case 'contact':
      return contactStep(deps, ctx, state, event);
    case 'confirm':
      if (event.kind === 'button' && event.action === 'send') return send(deps, ctx, state);
      if (event.kind === 'button' && event.action === 'visible' && (event.arg === 'y' || event.arg === 'n')) {
        return toConfirm(deps, ctx, { ...state.data, descriptionVisible: event.arg === 'y' }, { edit: true });
      }
      return buttonsOnly(deps, ctx, state, event);
  }
}

async function categoryStep(deps: FormDeps, ctx: FormContext, state: FormState, event: FormEvent): Promise<FormResult> {
  if (event.kind !== 'button' || event.action !== 'cat') return buttonsOnly(deps, ctx, state, event);
  const category = await deps.categories.find(event.arg);
  if (!category?.active) return STALE;
  return afterCategory(deps, ctx, { ...state.data, categoryCode: category.code });
}

async function similarStep(deps: FormDeps, ctx: FormContext, state: FormState, event: FormEvent): Promise<FormResult> {
  if (event.kind === 'button' && event.action === 'new') return toDescription(deps, { ...state.data, similarIds: undefined });
  if (event.kind === 'button' && event.action === 'join') {
    const id = Number(event.arg);
    if (!state.data.similarIds?.includes(id)) return STALE;
    return { state: null, replies: await joinComplaint(deps.complaints, { complaintId: id, user: ctx.user, now: ctx.now }) };
  }
  return buttonsOnly(deps, ctx, state, event);
}

/** Steps answered with buttons: typed input gets a hint and the buttons again. */
async function buttonsOnly(deps: FormDeps, ctx: FormContext, state: FormState, event: FormEvent): Promise<FormResult> {
  if (event.kind === 'button') return STALE;
  return { state, replies: [message(msg('complaint-hint-use-buttons')), ...(await repeatPrompt(deps, ctx, state))] };
}

async function send(deps: FormDeps, ctx: FormContext, state: FormState): Promise<FormResult> {
  const filed = await fileComplaint(deps, {
    form: state.data,
    author: ctx.user,
    now: ctx.now,
    sender: ctx.sender,
    receiptLocale: ctx.locale,
  });
  return { state: null, replies: [filedReceipt(filed)], filed };
}

/** "Filed, your reference is ...": the direct answer and the outbox's fallback say the same. */
export const filedReceipt = (filed: Pick<ComplaintRecord, 'reference' | 'dueAt'>) =>
  message(msg('complaint-filed', { reference: filed.reference, due: filed.dueAt }));
