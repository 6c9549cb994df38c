import { message, msg, type Reply } from '../../replies.ts';
import { fileComplaint } from '../file-complaint.ts';
import { joinComplaint } from '../join-complaint.ts';
import { afterCategory, repeatPrompt, toConfirm, toConsent, toContact, toDescription, toLocation, toPhotos, toSimilar } from './enter.ts';
import * as prompts from './prompts.ts';
import { over, stale, stay, type FormContext, type FormDeps, type FormResult, type StepResult } from './result.ts';
import { isSkipText, type FormEvent, type FormState } from './state.ts';

/**
 * One function per step of the complaint form: what it accepts, where each answer leads, and a hint
 * for anything else. A button that belongs to another step is `stale`.
 */
export type Step = (deps: FormDeps, ctx: FormContext, state: FormState, event: FormEvent) => StepResult | Promise<StepResult>;

const isButton = (event: FormEvent, action: string, ...args: string[]): boolean =>
  event.kind === 'button' && event.action === action && (args.length === 0 || args.includes(event.arg));

/** Steps answered with buttons: typed input gets a hint and the buttons again. */
async function buttonsOnly(deps: FormDeps, ctx: FormContext, state: FormState, event: FormEvent): Promise<StepResult> {
  if (event.kind === 'button') return stale();
  return stay(state, message(msg('complaint-hint-use-buttons')), ...(await repeatPrompt(deps, ctx, state)));
}

export const category: Step = async (deps, ctx, state, event) => {
  if (event.kind !== 'button' || event.action !== 'cat') return buttonsOnly(deps, ctx, state, event);
  const found = await deps.categories.find(event.arg);
  if (!found?.active) return stale();
  return afterCategory(deps, ctx, { ...state.data, categoryCode: found.code });
};

export const settlement: Step = async (deps, ctx, state, event) => {
  if (isButton(event, 'set', 'none')) {
    // Staff see it without a place (only unlimited staff: area-limited admins see their areas only).
    return toDescription(deps, { ...state.data, settlementId: undefined, settlementOptions: undefined });
  }
  if (event.kind === 'button' && event.action === 'set') {
    const id = state.data.settlementOptions?.[Number(event.arg)];
    if (!id || !/^\d+$/.test(event.arg)) return stale();
    return chooseSettlement(deps, ctx, state, id);
  }
  if (event.kind !== 'text') return stay(state, message(msg('complaint-hint-settlement-text')));
  const query = event.text.trim();
  const found = query.length > 0 && query.length <= 100 ? await deps.settlements.search(query, ctx.locale, 6) : [];
  if (found.length === 0) return stay(state, prompts.settlementNotFound(query.slice(0, 100)));
  if (found.length === 1) return chooseSettlement(deps, ctx, state, found[0]!.id);
  const options = found.slice(0, 6);
  return stay({ ...state, data: { ...state.data, settlementOptions: options.map((o) => o.id) } }, prompts.pickSettlement(options));
};

/** Remembers the choice for next time (also used by the elections feature). */
async function chooseSettlement(deps: FormDeps, ctx: FormContext, state: FormState, id: string): Promise<FormResult> {
  await deps.users.update(ctx.user, { settlementId: id });
  return toSimilar(deps, ctx, { ...state.data, settlementId: id, settlementOptions: undefined });
}

export const similar: Step = async (deps, ctx, state, event) => {
  if (isButton(event, 'new')) return toDescription(deps, { ...state.data, similarIds: undefined });
  if (event.kind === 'button' && event.action === 'join') {
    const id = Number(event.arg);
    if (!state.data.similarIds?.includes(id)) return stale();
    return over(await joinComplaint(deps.complaints, { complaintId: id, user: ctx.user, now: ctx.now }));
  }
  return buttonsOnly(deps, ctx, state, event);
};

export const description: Step = (deps, _ctx, state, event) => {
  if (event.kind === 'button') return stale();
  if (event.kind === 'photo' || event.kind === 'location') return stay(state, message(msg('complaint-hint-description-first')));
  if (event.kind !== 'text') return stay(state, message(msg('complaint-hint-text-expected')));
  const text = event.text.trim();
  const { descriptionMin: min, descriptionMax: max } = deps.limits;
  if (text.length < min) return stay(state, message(msg('complaint-description-too-short', { min, length: text.length })));
  if (text.length > max) return stay(state, message(msg('complaint-description-too-long', { max, length: text.length })));
  return toPhotos(deps, { ...state.data, description: text });
};

/** An album arrives as several updates sharing media_group_id: only its first part gets an answer. */
export const photos: Step = (deps, _ctx, state, event) => {
  const data = state.data;
  if (isButton(event, 'next')) return toLocation({ ...data, mediaGroup: data.mediaGroup });
  if (event.kind === 'location') return toConsent({ ...data, latitude: event.latitude, longitude: event.longitude });
  if (event.kind === 'text') return stay(state, prompts.photosHint(deps.limits));
  if (event.kind === 'other') {
    return stay(state, message(event.what === 'document' ? msg('complaint-hint-photo-as-photo') : msg('complaint-hint-photo-expected')));
  }
  if (event.kind !== 'photo') return stale();
  const sameAlbum = event.mediaGroupId !== null && event.mediaGroupId === data.mediaGroup;
  const kept = [...data.photos, event.fileId].slice(0, deps.limits.maxPhotos);
  const next = { ...data, photos: kept, mediaGroup: event.mediaGroupId ?? undefined };
  if (kept.length >= deps.limits.maxPhotos) {
    return toLocation(next, message(msg('complaint-photos-full', { max: deps.limits.maxPhotos })));
  }
  const replies: Reply[] = sameAlbum ? [] : [prompts.photosReceived(kept.length, deps.limits)];
  return stay({ ...state, data: next }, ...replies);
};

/** An address or landmark longer than this is a description, not a place. */
export const ADDRESS_MAX = 200;

/**
 * The place: a map location (one tap, or 📎 → Location) and/or a typed address or landmark. Typed
 * text is kept as the address and the step stays, so the pin can still follow; the pin or "Skip" moves on.
 */
export const location: Step = (_deps, _ctx, state, event) => {
  const data = state.data;
  if (event.kind === 'text' && !isSkipText(event)) {
    const address = event.text.trim().replace(/\s+/gu, ' ');
    if (!address) return stay(state, prompts.locationHint());
    if (address.length > ADDRESS_MAX) return stay(state, message(msg('complaint-address-too-long', { max: ADDRESS_MAX })));
    return stay({ ...state, data: { ...data, address } }, prompts.addressReceived(address));
  }
  if (event.kind === 'location')
    return toConsent(
      { ...data, latitude: event.latitude, longitude: event.longitude },
      prompts.keyboardDone('complaint-location-received'),
    );
  if (isButton(event, 'skip') || isSkipText(event)) return toConsent(data, prompts.keyboardDone('complaint-location-skipped'));
  // The rest of an album that overflowed the photo limit: already answered once, stay quiet.
  if (event.kind === 'photo' && event.mediaGroupId !== null && event.mediaGroupId === data.mediaGroup) return stay(state);
  if (event.kind === 'button') return stale();
  return stay(state, prompts.locationHint());
};

export const consent: Step = (deps, ctx, state, event) => {
  if (isButton(event, 'consent', 'y')) return toContact({ ...state.data, consent: true });
  if (isButton(event, 'consent', 'n')) return toConfirm(deps, ctx, { ...state.data, consent: false, contactPhone: undefined });
  return buttonsOnly(deps, ctx, state, event);
};

/** After agreeing to be contacted: the resident's own number from the reply keyboard, or skip. */
export const contact: Step = (deps, ctx, state, event) => {
  if (event.kind === 'contact' && event.own) {
    return toConfirm(
      deps,
      ctx,
      { ...state.data, contactPhone: event.phone },
      { before: [prompts.keyboardDone('complaint-contact-received')] },
    );
  }
  if (isButton(event, 'skip') || isSkipText(event)) {
    return toConfirm(deps, ctx, state.data, { before: [prompts.keyboardDone('complaint-contact-skipped')] });
  }
  if (event.kind === 'button') return stale();
  // Someone else's contact card, typed digits, anything else: only the button shares the sender's own number.
  return stay(state, prompts.contactHint());
};

export const confirm: Step = async (deps, ctx, state, event) => {
  if (isButton(event, 'send')) {
    const filed = await fileComplaint(deps, {
      form: state.data,
      author: ctx.user,
      now: ctx.now,
      sender: ctx.sender,
      receiptLocale: ctx.locale,
    });
    return over([prompts.filedReceipt(filed)], filed);
  }
  if (isButton(event, 'visible', 'y', 'n')) {
    return toConfirm(deps, ctx, { ...state.data, descriptionVisible: event.kind === 'button' && event.arg === 'y' }, { edit: true });
  }
  return buttonsOnly(deps, ctx, state, event);
};
