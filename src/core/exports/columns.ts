/** The export's columns, in order (after FixMyStreet's CSV and what staff asked for). */
export const COMPLAINT_COLUMNS = [
  { key: 'reference', header: 'reference', type: 'string', width: 16 },
  { key: 'category', header: 'category', type: 'string', width: 18 },
  { key: 'group', header: 'group', type: 'string', width: 14 },
  { key: 'settlement', header: 'settlement', type: 'string', width: 28 },
  { key: 'description', header: 'description', type: 'string', width: 60 },
  { key: 'status', header: 'status', type: 'string', width: 15 },
  { key: 'created', header: 'created', type: 'date', width: 17 },
  { key: 'acknowledged', header: 'acknowledged', type: 'date', width: 17 },
  { key: 'resolved', header: 'resolved', type: 'date', width: 17 },
  { key: 'closed', header: 'closed', type: 'date', width: 17 },
  { key: 'daysToAcknowledge', header: 'days to acknowledge', type: 'number', width: 10 },
  { key: 'daysToResolve', header: 'days to resolve', type: 'number', width: 10 },
  { key: 'overdue', header: 'overdue', type: 'boolean', width: 9 },
  { key: 'duplicateOf', header: 'duplicate of', type: 'string', width: 16 },
  { key: 'supporters', header: 'supporters', type: 'integer', width: 10 },
  { key: 'source', header: 'source', type: 'string', width: 9 },
  { key: 'reporter', header: 'reporter', type: 'string', width: 28 },
  { key: 'lastNote', header: 'last note', type: 'string', width: 40 },
  { key: 'latitude', header: 'latitude', type: 'number', width: 11 },
  { key: 'longitude', header: 'longitude', type: 'number', width: 11 },
  { key: 'address', header: 'address', type: 'string', width: 32 },
  { key: 'photoCount', header: 'photos', type: 'integer', width: 8 },
  { key: 'photoLinks', header: 'photo links', type: 'string', width: 60 },
] as const;

export const CHANGE_COLUMNS = [
  { key: 'reference', header: 'reference', type: 'string', width: 16 },
  { key: 'from', header: 'from', type: 'string', width: 15 },
  { key: 'to', header: 'to', type: 'string', width: 15 },
  { key: 'at', header: 'changed', type: 'date', width: 17 },
  { key: 'kind', header: 'kind', type: 'string', width: 10 },
  { key: 'note', header: 'note', type: 'string', width: 60 },
] as const;

export type ColumnType = 'string' | 'date' | 'number' | 'integer' | 'boolean';

/** One complaint as a row of the export. Dates stay Dates: each writer formats them for its format. */
export interface ExportRow {
  reference: string;
  category: string;
  group: string;
  settlement: string;
  description: string;
  status: string;
  created: Date;
  acknowledged: Date | null;
  resolved: Date | null;
  closed: Date | null;
  daysToAcknowledge: number | null;
  daysToResolve: number | null;
  overdue: boolean;
  duplicateOf: string | null;
  supporters: number;
  source: string;
  /** Only with the author's consent for this complaint; empty otherwise. */
  reporter: string | null;
  lastNote: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The address or landmark the resident typed: whole with their consent, otherwise masked. */
  address: string | null;
  photoCount: number;
  /** Signed links (7 days), space-separated; null without photos or without a link signer. */
  photoLinks: string | null;
}

/** One line of a complaint's history (the XLSX's second sheet). */
export interface ChangeRow {
  reference: string;
  from: string | null;
  to: string;
  at: Date;
  /** status | note | internal | resident: an internal note is staff-only and marked so. */
  kind: string;
  note: string | null;
}

/** What Open311 GeoReport v2 needs besides the row (codes, place, due date). */
export interface Open311Extra {
  categoryCode: string;
  dueAt: Date;
  updatedAt: Date;
  latitude: number | null;
  longitude: number | null;
  /** The author agreed to share contact: only then is the exact place published. */
  consent: boolean;
}
