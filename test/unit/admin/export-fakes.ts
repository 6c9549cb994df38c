import { Writable } from 'node:stream';
import type { AreaEntry } from '../../../src/core/areas/area.ts';
import { SEED_CATEGORIES } from '../../../src/core/complaints/categories.ts';
import type { ComplaintRecord } from '../../../src/core/complaints/types.ts';
import type { ComplaintQueryFilter } from '../../../src/core/admin/complaint-filter.ts';
import type { ComplaintExportSource, ExportChange, ExportComplaint } from '../../../src/core/exports/ports.ts';
import type { PartSink } from '../../../src/adapters/export/csv-writer.ts';

/** A small area tree: province > district > two settlements. */
export const AREAS: AreaEntry[] = [
  { id: 'aqtobe', parentId: null, kind: 'province', names: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aqtobe' }, aliases: [] },
  {
    id: 'aqtobe/oiyl',
    parentId: 'aqtobe',
    kind: 'district',
    names: { kk: 'Ойыл ауданы', ru: 'Уилский район', en: 'Oiyl district' },
    aliases: [],
  },
  { id: 'aqtobe/oiyl/oiyl', parentId: 'aqtobe/oiyl', kind: 'settlement', names: { kk: 'Ойыл', ru: 'Уил', en: 'Oiyl' }, aliases: [] },
  { id: 'abai', parentId: null, kind: 'province', names: { kk: 'Абай облысы', ru: 'Абайская область', en: 'Abai' }, aliases: [] },
  { id: 'abai/aqtoghai', parentId: 'abai', kind: 'settlement', names: { kk: 'Ақтоғай', ru: 'Актогай', en: 'Aqtoghai' }, aliases: [] },
];

let nextId = 1;

/** A complaint with sensible defaults. */
export function complaint(over: Partial<ExportComplaint & ComplaintRecord> = {}): ExportComplaint {
  const id = over.id ?? nextId++;
  const created = new Date('2026-03-01T04:00:00Z');
  return {
    id,
    reference: `C-2026-${String(id).padStart(6, '0')}`,
    year: 2026,
    seq: id,
    categoryCode: 'water',
    areaId: 'aqtobe/oiyl/oiyl',
    description: 'Нет воды',
    photos: [],
    latitude: null,
    longitude: null,
    status: 'new',
    source: 'private',
    sourceChatId: null,
    authorId: null,
    consent: false,
    contactName: null,
    contactHandle: null,
    contactPhone: null,
    createdAt: created,
    acknowledgedAt: null,
    inProgressAt: null,
    resolvedAt: null,
    closedAt: null,
    dueAt: new Date('2026-03-20T04:00:00Z'),
    duplicateOfId: null,
    lastNote: null,
    supporterCount: 0,
    duplicateOfReference: null,
    updatedAt: created,
    ...over,
  } as ExportComplaint;
}

/** In-memory export source (filters only by status and area, enough for these tests). */
export class FakeExportSource implements ComplaintExportSource {
  constructor(
    public items: ExportComplaint[],
    public changes: ExportChange[] = [],
  ) {}
  private match = (f: ComplaintQueryFilter, c: ExportComplaint) =>
    (!f.statuses?.length || f.statuses.includes(c.status)) &&
    (f.areaIds === undefined || (c.areaId !== null && f.areaIds.includes(c.areaId)));
  async complaintsAfter(f: ComplaintQueryFilter, after: number, limit: number) {
    return this.items
      .filter((c) => c.id > after && this.match(f, c))
      .sort((a, b) => a.id - b.id)
      .slice(0, limit);
  }
  async changesAfter(f: ComplaintQueryFilter, r: { fromComplaintId: number; toComplaintId: number }, after: number, limit: number) {
    const ok = new Set(this.items.filter((c) => this.match(f, c)).map((c) => c.id));
    return this.changes
      .filter((u) => u.id > after && u.complaintId >= r.fromComplaintId && u.complaintId <= r.toComplaintId && ok.has(u.complaintId))
      .slice(0, limit);
  }
  async countComplaints(f: ComplaintQueryFilter) {
    return this.items.filter((c) => this.match(f, c)).length;
  }
  async categories() {
    return SEED_CATEGORIES.map((c) => ({ ...c }));
  }
}

/** Collects each part's bytes in memory. */
export function memorySink(): PartSink & { parts: Buffer[][]; buffers(): Buffer[] } {
  const parts: Buffer[][] = [];
  return {
    parts,
    open(index) {
      const chunks: Buffer[] = [];
      parts[index] = chunks;
      return new Writable({
        write(chunk, _enc, done) {
          chunks.push(Buffer.from(chunk));
          done();
        },
      });
    },
    buffers: () => parts.map((p) => Buffer.concat(p)),
  };
}
