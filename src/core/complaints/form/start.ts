import { randomUUID } from 'node:crypto';
import type { ChatId } from '../../ids.ts';
import { assertUnderRateLimit } from '../rate-limit.ts';
import { afterCategory } from './enter.ts';
import * as prompts from './prompts.ts';
import { at, type FormContext, type FormDeps, type FormResult } from './result.ts';
import type { ComplaintForm } from './state.ts';

/** Where the form starts from: a group's deep link knows the settlement; the detector may guess a category. */
export interface FormPreset {
  settlementId?: string | null;
  sourceChatId?: ChatId | null;
  categoryCode?: string | null;
}

/**
 * Opens the complaint form (private chat only). The rate limit is checked first so nobody fills in
 * a form that cannot be saved.
 * @throws DomainError COMPLAINT.RATE_LIMITED
 */
export async function startComplaintForm(deps: FormDeps, ctx: FormContext, preset: FormPreset = {}): Promise<FormResult> {
  await assertUnderRateLimit(deps.complaints, ctx.user, ctx.now, deps.limits);
  const user = await deps.users.find(ctx.user);
  const data: ComplaintForm = {
    key: randomUUID(),
    photos: [],
    consent: false,
    source: preset.sourceChatId ? 'group' : 'private',
    sourceChatId: preset.sourceChatId ? preset.sourceChatId.toString() : undefined,
    settlementId: preset.settlementId ?? user?.settlementId ?? undefined,
  };
  const category = preset.categoryCode ? await deps.categories.find(preset.categoryCode) : null;
  if (category?.active) return afterCategory(deps, ctx, { ...data, categoryCode: category.code });
  const categories = await deps.categories.listActive();
  return at('category', data, prompts.askCategory(categories, ctx.locale));
}
