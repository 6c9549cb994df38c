import { createHash } from 'node:crypto';
import type { AreaEntry } from '../areas/area.ts';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../complaints/types.ts';

/**
 * The inbox's filters and page, carried in callback data (buttons are stateless): `s.c.a.o.p` with
 * `-` for "any". Areas are named by a short hash of their id because ids may be longer than a button allows.
 */
export interface InboxState {
  status: ComplaintStatus | null;
  category: string | null;
  /** Area key (see `areaKey`), not the id. */
  area: string | null;
  overdue: boolean;
  page: number;
}

export const EMPTY_STATE: InboxState = { status: null, category: null, area: null, overdue: false, page: 0 };

/** 8 hex characters of the id's SHA-1: short, stable, and never the name. */
export const areaKey = (areaId: string): string => createHash('sha1').update(areaId).digest('hex').slice(0, 8);

export const findAreaByKey = (areas: readonly AreaEntry[], key: string | null): AreaEntry | null =>
  key === null ? null : (areas.find((a) => areaKey(a.id) === key) ?? null);

export function encodeState(s: InboxState): string {
  return [s.status ?? '-', s.category ?? '-', s.area ?? '-', s.overdue ? '1' : '0', String(s.page)].join('.');
}

/** Reads a state from button data; anything malformed is null (a stale or forged button). */
export function decodeState(text: string | undefined): InboxState | null {
  const parts = (text ?? '').split('.');
  if (parts.length !== 5) return null;
  const [status, category, area, overdue, page] = parts as [string, string, string, string, string];
  if (status !== '-' && !(COMPLAINT_STATUSES as readonly string[]).includes(status)) return null;
  if (category !== '-' && !/^[a-z0-9_]{1,20}$/.test(category)) return null;
  if (area !== '-' && !/^[0-9a-f]{8}$/.test(area)) return null;
  if (!/^[01]$/.test(overdue) || !/^\d{1,6}$/.test(page)) return null;
  return {
    status: status === '-' ? null : (status as ComplaintStatus),
    category: category === '-' ? null : category,
    area: area === '-' ? null : area,
    overdue: overdue === '1',
    page: Number(page),
  };
}
