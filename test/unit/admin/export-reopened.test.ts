import { describe, expect, it } from 'vitest';
import { SEED_CATEGORIES } from '../../../src/core/complaints/categories.ts';
import { exportLookups, toExportRow } from '../../../src/core/exports/to-export-row.ts';
import { AREAS, complaint } from './export-fakes.ts';

describe('export row of a reopened complaint', () => {
  const now = new Date('2026-04-01T04:00:00Z');
  const lookups = exportLookups(
    SEED_CATEGORIES.map((c) => ({ ...c })),
    AREAS,
    'en',
    now,
  );

  it('when a resolved complaint was reopened (back in progress) past its due date, then it is not shown resolved and is overdue', () => {
    // Resolved before the due date, reopened later because the fix did not hold: the old resolvedAt stays in the row.
    const c = complaint({
      status: 'in_progress',
      resolvedAt: new Date('2026-03-05T04:00:00Z'),
      inProgressAt: new Date('2026-03-10T04:00:00Z'),
    });
    const row = toExportRow(c, lookups);
    expect(row.resolved).toBeNull();
    expect(row.daysToResolve).toBeNull();
    expect(row.overdue).toBe(true);
  });

  it('when a complaint is resolved, then its resolved date and days to resolve are kept', () => {
    const c = complaint({ status: 'resolved', resolvedAt: new Date('2026-03-05T04:00:00Z') });
    const row = toExportRow(c, lookups);
    expect(row.resolved).toEqual(new Date('2026-03-05T04:00:00Z'));
    expect(row.daysToResolve).toBe(4);
    expect(row.overdue).toBe(false);
  });
});
