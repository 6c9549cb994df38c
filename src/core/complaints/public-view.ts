import { maskedExcerpt } from '../privacy/mask.ts';
import type { ComplaintRecord, ComplaintUpdateRecord } from './types.ts';

/**
 * What may leave the staff: the public part of a complaint's history. Staff-only lines
 * (kind `internal`) are dropped whole, note and status change alike, so neither the author nor a
 * supporter can tell they exist. Every resident-facing view of a history goes through this.
 */
export const publicHistory = (history: readonly ComplaintUpdateRecord[]): ComplaintUpdateRecord[] =>
  history.filter((h) => h.kind !== 'internal');

/** Who is looking at a complaint in the bot. */
export type ComplaintViewer = 'author' | 'supporter';

/**
 * The history a viewer may read: the public part, and for a supporter without what the author added
 * later in their own words (those are the author's text like the description).
 */
export const historyFor = (viewer: ComplaintViewer, history: readonly ComplaintUpdateRecord[]): ComplaintUpdateRecord[] =>
  publicHistory(history).filter((h) => viewer === 'author' || h.kind !== 'resident');

/**
 * What a supporter ("+1") or a neighbour offered a "+1" may know of someone else's complaint:
 * reference, category, settlement, status, dates and counts. Never the description, contact,
 * photos, location or staff notes.
 */
export type NeighbourView = Pick<
  ComplaintRecord,
  'id' | 'reference' | 'categoryCode' | 'areaId' | 'status' | 'createdAt' | 'dueAt' | 'supporterCount'
>;

export const neighbourView = (c: ComplaintRecord): NeighbourView => ({
  id: c.id,
  reference: c.reference,
  categoryCode: c.categoryCode,
  areaId: c.areaId,
  status: c.status,
  createdAt: c.createdAt,
  dueAt: c.dueAt,
  supporterCount: c.supporterCount,
});

/**
 * The description as a neighbour may see it: only when the author chose to show it when filing,
 * then masked (phones, e-mails, handles, links, IINs) and cut short; otherwise null.
 */
export const neighbourExcerpt = (c: Pick<ComplaintRecord, 'description' | 'descriptionVisible'>, max = 90): string | null =>
  c.descriptionVisible ? maskedExcerpt(c.description, max) : null;
