// The export's reads as SQL whose rows come back as arrays (raw-rows.ts), and the one mapping of such
// a row to what the export needs. The column list and the indexes below are one list: keep them together.
import { userId } from '../../../core/ids.ts';
import type { Category, ComplaintSource } from '../../../core/complaints/types.ts';
import type { ExportChange, ExportComplaint } from '../../../core/exports/ports.ts';
import { Prisma } from '../generated/sqlite/client.ts';
import { flagOf, instantOf, numberOf, textOf } from '../raw-rows.ts';
import { jsonArray, kindOf, statusOf, toCategory } from './prisma-complaint-mapping.ts';

/**
 * Columns of an export row over the complaint `c` and its original `d`, in the order `toExportComplaint`
 * reads; every name distinct (a reader that builds objects would otherwise lose one).
 */
export const EXPORT_COMPLAINT_COLUMNS = Prisma.raw(
  [
    'c."id"',
    'c."reference"',
    'c."categoryCode"',
    'c."areaId"',
    'c."description"',
    'c."photos"',
    'c."latitude"',
    'c."longitude"',
    'c."address"',
    'c."status"',
    'c."source"',
    'c."consent"',
    'c."contactName"',
    'c."contactHandle"',
    'c."contactPhone"',
    'c."createdAt"',
    'c."acknowledgedAt"',
    'c."resolvedAt"',
    'c."closedAt"',
    'c."dueAt"',
    'c."lastNote"',
    'c."updatedAt"',
    '(SELECT COUNT(*) FROM "ComplaintSupporter" s WHERE s."complaintId" = c."id") AS "supporterTotal"',
    'd."reference" AS "duplicateOfReference"',
    'd."areaId" AS "duplicateOfAreaId"',
  ].join(', '),
);

const sourceOf = (v: unknown): ComplaintSource => (v === 'group' || v === 'admin' ? v : 'private');

/** No photos is the common case: no JSON parse for it. */
const photosOf = (v: unknown): string[] => (v === '[]' || v === null || v === undefined ? [] : jsonArray(String(v)));

/** One row of `EXPORT_COMPLAINT_COLUMNS` as the export's complaint. */
export function toExportComplaint(r: unknown[]): ExportComplaint {
  return {
    id: Number(r[0]),
    reference: String(r[1]),
    categoryCode: String(r[2]),
    areaId: textOf(r[3]),
    description: String(r[4]),
    photos: photosOf(r[5]),
    latitude: numberOf(r[6]),
    longitude: numberOf(r[7]),
    address: textOf(r[8]),
    status: statusOf(String(r[9])),
    source: sourceOf(r[10]),
    consent: flagOf(r[11]),
    contactName: textOf(r[12]),
    contactHandle: textOf(r[13]),
    contactPhone: textOf(r[14]),
    createdAt: instantOf(r[15])!,
    acknowledgedAt: instantOf(r[16]),
    resolvedAt: instantOf(r[17]),
    closedAt: instantOf(r[18]),
    dueAt: instantOf(r[19])!,
    lastNote: textOf(r[20]),
    updatedAt: instantOf(r[21])!,
    supporterCount: Number(r[22]),
    duplicateOfReference: textOf(r[23]),
    duplicateOfAreaId: textOf(r[24]),
  };
}

/** Columns of a history row over the line `u` and its complaint `c`, in the order `toExportChange` reads. */
export const EXPORT_CHANGE_COLUMNS = Prisma.raw(
  [
    'u."id"',
    'u."complaintId"',
    'u."kind"',
    'u."fromStatus"',
    'u."toStatus"',
    'u."note"',
    'u."actorId"',
    'u."createdAt"',
    'c."reference"',
  ].join(', '),
);

/** One row of `EXPORT_CHANGE_COLUMNS` as the export's history line. */
export function toExportChange(r: unknown[]): ExportChange {
  return {
    id: Number(r[0]),
    complaintId: Number(r[1]),
    kind: kindOf(String(r[2])),
    fromStatus: r[3] === null ? null : statusOf(String(r[3])),
    toStatus: statusOf(String(r[4])),
    note: textOf(r[5]),
    actorId: r[6] === null ? null : userId(r[6] as number | string),
    createdAt: instantOf(r[7])!,
    reference: String(r[8]),
  };
}

/** Columns of a category, in the order `toExportCategory` reads. */
export const EXPORT_CATEGORY_COLUMNS = Prisma.raw(
  ['"code"', '"group"', '"nameKk"', '"nameRu"', '"nameEn"', '"keywords"', '"responseDays"', '"emergency"', '"sortOrder"', '"active"'].join(
    ', ',
  ),
);

/** One row of `EXPORT_CATEGORY_COLUMNS` as a category (the ORM mapping, from an array). */
export const toExportCategory = (r: unknown[]): Category =>
  toCategory({
    code: String(r[0]),
    group: String(r[1]),
    nameKk: String(r[2]),
    nameRu: String(r[3]),
    nameEn: String(r[4]),
    keywords: String(r[5]),
    responseDays: Number(r[6]),
    emergency: textOf(r[7]),
    sortOrder: Number(r[8]),
    active: flagOf(r[9]),
  });
