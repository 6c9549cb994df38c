import { describe, expect, it } from 'vitest';
import type { ExportRow, Open311Extra } from '../../../src/core/exports/columns.ts';
import { toServiceRequest } from '../../../src/core/exports/open311.ts';

const row = {
  reference: 'C-2026-000001',
  category: 'Water',
  status: 'new',
  description: 'Нет воды, звоните •••',
  created: new Date('2026-03-01T04:00:00Z'),
  settlement: 'Oiyl',
  lastNote: null,
  photoLinks: 'https://bot.example/p/abc https://bot.example/p/def',
} as unknown as ExportRow;
const extra = (consent: boolean): Open311Extra =>
  ({
    categoryCode: 'water',
    dueAt: new Date('2026-03-20T00:00:00Z'),
    updatedAt: new Date('2026-03-01T04:00:00Z'),
    latitude: 49.071234,
    longitude: 56.484321,
    consent,
  }) as Open311Extra;

describe('what Open311 publishes', () => {
  it('when the reporter did not consent, then the place is rounded to ~100 m and no photo is linked', () => {
    expect(toServiceRequest(row, extra(false))).toMatchObject({ lat: 49.071, long: 56.484, media_url: null });
  });

  it('when the reporter consented, then the exact place and the first photo are published', () => {
    expect(toServiceRequest(row, extra(true))).toMatchObject({ lat: 49.071234, long: 56.484321, media_url: 'https://bot.example/p/abc' });
  });
});
