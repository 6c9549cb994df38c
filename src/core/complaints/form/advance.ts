import { DomainError } from '../../errors.ts';
import { cancelled } from './enter.ts';
import type { FormContext, FormDeps, FormResult } from './result.ts';
import type { FormEvent, FormState, FormStep } from './state.ts';
import * as steps from './steps.ts';

/**
 * The complaint form's transition table: each step's function takes the resident's event and says
 * where the form goes next (see steps.ts; entering a step and its prompt: enter.ts).
 * category > settlement > "+1" offer > description > photos > location > consent > (contact) > confirmation
 * (where the author may also show the description to neighbours).
 */
const TRANSITIONS: { readonly [S in FormStep]: steps.Step } = {
  category: steps.category,
  settlement: steps.settlement,
  similar: steps.similar,
  description: steps.description,
  photos: steps.photos,
  location: steps.location,
  consent: steps.consent,
  contact: steps.contact,
  confirm: steps.confirm,
};

/**
 * (state, event) -> (next state, replies). Cancel works at every step; wrong kinds of input get a
 * hint and keep the step.
 * @throws DomainError BUTTON.STALE for a button that does not belong to the current step
 */
export async function advanceComplaintForm(deps: FormDeps, ctx: FormContext, state: FormState, event: FormEvent): Promise<FormResult> {
  if (event.kind === 'button' && event.action === 'cancel') return cancelled();
  const result = await TRANSITIONS[state.step](deps, ctx, state, event);
  if (result.kind === 'stale') throw new DomainError('BUTTON.STALE');
  return result;
}
