import type { ExportRow, Open311Extra } from './columns.ts';

/** Open311 GeoReport v2: resolved and closed complaints are "closed", the rest "open". */
export const open311StatusOf = (status: string): 'open' | 'closed' =>
  status === 'new' || status === 'acknowledged' || status === 'in_progress' ? 'open' : 'closed';

/**
 * Coordinates as Open311 publishes them: three decimals (about 100 m: a street, not a door) unless
 * the reporter consented to share contact for this complaint.
 */
export const publishedCoordinate = (value: number | null, consent: boolean): number | null =>
  value === null || consent ? value : Math.round(value * 1000) / 1000;

/**
 * One GeoReport v2 `service_request` (https://wiki.open311.org/GeoReport_v2). The reporter's
 * identity is not part of it: the format is for publishing. Without the reporter's consent the
 * description comes masked from the row, the place is rounded and no photo is linked.
 */
export function toServiceRequest(row: ExportRow, extra: Open311Extra): Record<string, unknown> {
  return {
    service_request_id: row.reference,
    status: open311StatusOf(row.status),
    status_notes: row.lastNote ?? null,
    service_name: row.category,
    service_code: extra.categoryCode,
    description: row.description,
    agency_responsible: null,
    service_notice: null,
    requested_datetime: row.created.toISOString(),
    updated_datetime: extra.updatedAt.toISOString(),
    expected_datetime: extra.dueAt.toISOString(),
    address: row.settlement || null,
    // What the resident typed (street, landmark): masked in the row unless they consented.
    address_string: row.address ?? null,
    address_id: null,
    zipcode: null,
    lat: publishedCoordinate(extra.latitude, extra.consent),
    long: publishedCoordinate(extra.longitude, extra.consent),
    // GeoReport v2 carries one media URL: the first photo's signed link. Open311 is for publishing and a
    // resident's photo can show their home or face: only with their consent.
    media_url: extra.consent ? (row.photoLinks?.split(' ')[0] ?? null) : null,
  };
}
