import { DomainError } from '../errors.ts';
import type { UserId } from '../ids.ts';
import { message, msg, type Keyboard, type MessageReply } from '../replies.ts';
import { authorActionData } from './author-buttons.ts';
import type { ComplaintLimits } from './limits.ts';
import type { StaffAlerts } from '../staff-alerts/events.ts';
import type { ComplaintRepository } from './ports.ts';
import { isOpen } from './status.ts';
import type { ComplaintRecord } from './types.ts';

export interface AddToComplaintDeps {
  complaints: Pick<ComplaintRepository, 'findById' | 'addFromAuthor'>;
  staffAlerts: StaffAlerts;
  limits: Pick<ComplaintLimits, 'maxPhotos' | 'descriptionMax'>;
}

/** What the author sent while adding to a complaint, already read from the message. */
export type Addition =
  | { kind: 'text'; text: string }
  /** `sameAlbum`: a later part of an album whose first part was already answered. */
  | { kind: 'photo'; fileId: string; caption: string | null; sameAlbum: boolean }
  | { kind: 'other' };

/** The history line of an added photo: a camera mark, then the caption if there was one. */
export const PHOTO_MARK = '📷';

/**
 * The author's own complaint while it is open; anything else (someone else's, closed, gone) is a stale
 * button, never a hint about another resident's complaint. @throws BUTTON.STALE
 */
export async function loadOwnOpen(
  deps: { complaints: Pick<ComplaintRepository, 'findById'> },
  user: UserId,
  id: number,
): Promise<ComplaintRecord> {
  const c = Number.isSafeInteger(id) ? await deps.complaints.findById(id) : null;
  if (!c || c.authorId !== user || !isOpen(c.status)) throw new DomainError('BUTTON.STALE');
  return c;
}

const doneButton = (id: number): Keyboard => [[authorActionData.button(msg('complaint-button-add-done'), { op: 'd', id })]];

/** "Add to the complaint": what it takes, and a button to stop. @throws BUTTON.STALE */
export async function askAddition(deps: AddToComplaintDeps, input: { user: UserId; id: number }): Promise<MessageReply> {
  const c = await loadOwnOpen(deps, input.user, input.id);
  return message(
    msg('complaint-add-ask', { reference: c.reference, max: deps.limits.maxPhotos, photos: c.photos.length }),
    doneButton(c.id),
  );
}

/**
 * Records one thing the author sent: words or a photo become a `resident` line of the history (staff
 * read it in the inbox and in exports; supporters never do), a photo joins the complaint's photos. Staff
 * are told once per message (once per album). Returns null for the silent later parts of an album.
 * @throws BUTTON.STALE when the complaint is no longer the author's open one
 */
export async function addToComplaint(
  deps: AddToComplaintDeps,
  input: { user: UserId; id: number; addition: Addition; now: Date },
): Promise<MessageReply | null> {
  const c = await loadOwnOpen(deps, input.user, input.id);
  const a = input.addition;
  const quiet = a.kind === 'photo' && a.sameAlbum;
  if (a.kind === 'other') return message(msg('complaint-add-hint'), doneButton(c.id));
  if (a.kind === 'text' && !a.text.trim()) return message(msg('complaint-add-hint'), doneButton(c.id));
  if (a.kind === 'text' && a.text.trim().length > deps.limits.descriptionMax) {
    return message(msg('complaint-description-too-long', { max: deps.limits.descriptionMax, length: a.text.trim().length }));
  }
  if (a.kind === 'photo' && c.photos.length >= deps.limits.maxPhotos) {
    return quiet ? null : message(msg('complaint-add-photos-full', { max: deps.limits.maxPhotos }), doneButton(c.id));
  }
  const note = a.kind === 'text' ? a.text.trim() : [PHOTO_MARK, a.caption?.trim()].filter(Boolean).join(' ');
  const saved = await deps.complaints.addFromAuthor({
    complaintId: c.id,
    note,
    photos: a.kind === 'photo' ? [a.fileId] : [],
    actorId: input.user,
    at: input.now,
    maxPhotos: deps.limits.maxPhotos,
  });
  if (!saved) throw new DomainError('BUTTON.STALE');
  if (quiet) return null;
  await deps.staffAlerts.raise({ kind: 'added', complaint: c, at: input.now });
  return message(msg('complaint-add-saved', { reference: c.reference }), doneButton(c.id));
}

/** "Done": the author stops adding. */
export const additionDone = (reference: string): MessageReply => message(msg('complaint-add-done', { reference }));
