import type { ExportRow, Open311Extra } from './columns.ts';

/** Open311 GeoReport v2: resolved and closed complaints are "closed", the rest "open". */
export const open311StatusOf = (status: string): 'open' | 'closed' =>
  status === 'new' || status === 'acknowledged' || status === 'in_progress' ? 'open' : 'closed';

/**
 * One GeoReport v2 `service_request` (https://wiki.open311.org/GeoReport_v2). The reporter's
 * identity is not part of it: the format is for publishing.
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
    address_id: null,
    zipcode: null,
    lat: extra.latitude,
    long: extra.longitude,
    media_url: null,
  };
}
