import { message, msg, type Reply } from '../replies.ts';
import {
  toConfirm,
  toConsent,
  toDescription,
  toLocation,
  toPhotos,
  toSimilar,
  type FormContext,
  type FormDeps,
  type FormResult,
} from './form-flow.ts';
import * as prompts from './form-prompts.ts';
import { isSkipText, type FormEvent, type FormState } from './form-state.ts';

/** Steps that take typed input: settlement (search), description (text), photos, location. */

const stay = (state: FormState, ...replies: Reply[]): FormResult => ({ state, replies });

export async function settlementStep(deps: FormDeps, ctx: FormContext, state: FormState, event: FormEvent): Promise<FormResult> {
  if (event.kind === 'button' && event.action === 'set' && event.arg === 'none') {
    // Staff see it without a place (only unlimited staff: area-limited admins see their areas only).
    return toDescription(deps, { ...state.data, settlementId: undefined, settlementOptions: undefined });
  }
  if (event.kind === 'button' && event.action === 'set') {
    const id = state.data.settlementOptions?.[Number(event.arg)];
    if (!id || !/^\d+$/.test(event.arg)) return staleButton();
    return chooseSettlement(deps, ctx, state, id);
  }
  if (event.kind !== 'text') return stay(state, message(msg('complaint-hint-settlement-text')));
  const query = event.text.trim();
  const found = query.length > 0 && query.length <= 100 ? await deps.settlements.search(query, ctx.locale, 6) : [];
  if (found.length === 0) return stay(state, prompts.settlementNotFound(query.slice(0, 100)));
  if (found.length === 1) return chooseSettlement(deps, ctx, state, found[0]!.id);
  const options = found.slice(0, 6);
  return stay({ ...state, data: { ...state.data, settlementOptions: options.map((o) => o.id) } }, prompts.pickSettlement(options));
}

/** Remembers the choice for next time (also used by the elections feature). */
async function chooseSettlement(deps: FormDeps, ctx: FormContext, state: FormState, id: string): Promise<FormResult> {
  await deps.users.update(ctx.user, { settlementId: id });
  return toSimilar(deps, ctx, { ...state.data, settlementId: id, settlementOptions: undefined });
}

export function descriptionStep(deps: FormDeps, state: FormState, event: FormEvent): FormResult {
  if (event.kind === 'photo' || event.kind === 'location') return stay(state, message(msg('complaint-hint-description-first')));
  if (event.kind !== 'text') return stay(state, message(msg('complaint-hint-text-expected')));
  const text = event.text.trim();
  const { descriptionMin: min, descriptionMax: max } = deps.limits;
  if (text.length < min) return stay(state, message(msg('complaint-description-too-short', { min, length: text.length })));
  if (text.length > max) return stay(state, message(msg('complaint-description-too-long', { max, length: text.length })));
  return toPhotos(deps, { ...state.data, description: text });
}

/** An album arrives as several updates sharing media_group_id: only its first part gets an answer. */
export function photosStep(deps: FormDeps, state: FormState, event: FormEvent): FormResult {
  const data = state.data;
  if (event.kind === 'button' && event.action === 'next') return toLocation({ ...data, mediaGroup: data.mediaGroup });
  if (event.kind === 'location') return toConsent({ ...data, latitude: event.latitude, longitude: event.longitude });
  if (event.kind === 'text') return stay(state, prompts.photosHint(deps.limits));
  if (event.kind === 'other') {
    return stay(state, message(event.what === 'document' ? msg('complaint-hint-photo-as-photo') : msg('complaint-hint-photo-expected')));
  }
  if (event.kind !== 'photo') return staleButton();
  const sameAlbum = event.mediaGroupId !== null && event.mediaGroupId === data.mediaGroup;
  const photos = [...data.photos, event.fileId].slice(0, deps.limits.maxPhotos);
  const next = { ...data, photos, mediaGroup: event.mediaGroupId ?? undefined };
  if (photos.length >= deps.limits.maxPhotos) {
    return toLocation(next, message(msg('complaint-photos-full', { max: deps.limits.maxPhotos })));
  }
  return stay({ ...state, data: next }, ...(sameAlbum ? [] : [prompts.photosReceived(photos.length, deps.limits)]));
}

export function locationStep(state: FormState, event: FormEvent): FormResult {
  const data = state.data;
  if (event.kind === 'location')
    return toConsent(
      { ...data, latitude: event.latitude, longitude: event.longitude },
      prompts.keyboardDone('complaint-location-received'),
    );
  if ((event.kind === 'button' && event.action === 'skip') || isSkipText(event))
    return toConsent(data, prompts.keyboardDone('complaint-location-skipped'));
  // The rest of an album that overflowed the photo limit: already answered once, stay quiet.
  if (event.kind === 'photo' && event.mediaGroupId !== null && event.mediaGroupId === data.mediaGroup) return stay(state);
  if (event.kind === 'button') return staleButton();
  return stay(state, prompts.locationHint());
}

/** After agreeing to be contacted: the resident's own number from the reply keyboard, or skip. */
export async function contactStep(deps: FormDeps, ctx: FormContext, state: FormState, event: FormEvent): Promise<FormResult> {
  if (event.kind === 'contact' && event.own) {
    return toConfirm(
      deps,
      ctx,
      { ...state.data, contactPhone: event.phone },
      { before: [prompts.keyboardDone('complaint-contact-received')] },
    );
  }
  if ((event.kind === 'button' && event.action === 'skip') || isSkipText(event)) {
    return toConfirm(deps, ctx, state.data, { before: [prompts.keyboardDone('complaint-contact-skipped')] });
  }
  if (event.kind === 'button') return staleButton();
  // Someone else's contact card, typed digits, anything else: only the button shares the sender's own number.
  return stay(state, prompts.contactHint());
}

/** Marker result: the caller turns it into BUTTON.STALE (a toast on the pressed button). */
export const STALE: FormResult = { state: null, replies: [] };
const staleButton = (): FormResult => STALE;
