import type { UserId } from '../../ids.ts';
import type { StaffAlerts } from '../../staff-alerts/events.ts';
import type { Locale } from '../../locale.ts';
import type { UserRepository } from '../../ports.ts';
import type { Reply } from '../../replies.ts';
import type { SenderNames } from '../file-complaint.ts';
import type { ComplaintLimits } from '../limits.ts';
import type { CategoryRepository, ComplaintRepository, SettlementDirectory } from '../ports.ts';
import type { ComplaintRecord } from '../types.ts';
import type { ComplaintForm, FormState, FormStep } from './state.ts';

/** Everything the form needs; wired in app/wire-complaints.ts. */
export interface FormDeps {
  categories: CategoryRepository;
  complaints: ComplaintRepository;
  settlements: SettlementDirectory;
  users: Pick<UserRepository, 'find' | 'update'>;
  limits: ComplaintLimits;
  timeZone?: string;
  /** Tells the responsible staff a complaint was filed (batched). */
  staffAlerts?: StaffAlerts;
}

/** Who is filling the form, and when. */
export interface FormContext {
  user: UserId;
  locale: Locale;
  now: Date;
  /** Names from the current update, copied into the complaint only with consent. */
  sender?: SenderNames;
}

/** What the form says after an event: it goes on at a step, or it is over (filed, joined or cancelled). */
export type FormResult =
  | { kind: 'continue'; state: FormState; replies: Reply[] }
  | { kind: 'over'; state: null; replies: Reply[]; filed?: ComplaintRecord };

/** What one step makes of an event: a result, or `stale` for a button that does not belong to it. */
export type StepResult = FormResult | { kind: 'stale' };

/** The form stays where it is (or at `state`), saying `replies`. */
export const stay = (state: FormState, ...replies: Reply[]): FormResult => ({ kind: 'continue', state, replies });

/** The form goes on at `step` with `data`. */
export const at = (step: FormStep, data: ComplaintForm, ...replies: Reply[]): FormResult => stay({ step, data }, ...replies);

/** The form is over. */
export const over = (replies: Reply[], filed?: ComplaintRecord): FormResult =>
  filed ? { kind: 'over', state: null, replies, filed } : { kind: 'over', state: null, replies };

/** A button from another step (or about something gone): the caller answers BUTTON.STALE. */
export const stale = (): StepResult => ({ kind: 'stale' });
