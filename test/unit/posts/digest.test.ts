import { describe, expect, it } from 'vitest';
import { computeDigest, digestText, median, type DigestComplaint } from '../../../src/core/posts/digest.ts';

const since = new Date('2026-11-20T15:00:00Z');
const until = new Date('2026-11-27T15:00:00Z');
const h = (iso: string, hours = 0) => new Date(new Date(iso).getTime() + hours * 3_600_000);
const c = (over: Partial<DigestComplaint>): DigestComplaint => ({
  categoryCode: 'water',
  status: 'new',
  createdAt: h('2026-11-22T10:00:00Z'),
  resolvedAt: null,
  dueAt: h('2026-12-10T00:00:00Z'),
  ...over,
});

describe('complaint digest maths', () => {
  it('when complaints were filed, resolved and left overdue, then each is counted by category', () => {
    const d = computeDigest(
      [
        c({}),
        c({ status: 'resolved', createdAt: h('2026-11-21T00:00:00Z'), resolvedAt: h('2026-11-21T00:00:00Z', 30) }),
        c({ categoryCode: 'roads', status: 'in_progress', createdAt: h('2026-10-01T00:00:00Z'), dueAt: h('2026-10-20T00:00:00Z') }),
        c({ categoryCode: 'roads', status: 'resolved', createdAt: h('2026-10-01T00:00:00Z'), resolvedAt: h('2026-11-25T00:00:00Z') }),
        c({ categoryCode: 'roads', status: 'duplicate' }),
        c({ status: 'resolved', createdAt: h('2026-11-01T00:00:00Z'), resolvedAt: h('2026-11-10T00:00:00Z') }),
      ],
      since,
      until,
    );
    const byCat = Object.fromEntries(d.rows.map((r) => [r.category, r]));
    expect(byCat.water).toEqual({ category: 'water', new: 2, resolved: 1, overdue: 0 });
    expect(byCat.roads).toEqual({ category: 'roads', new: 0, resolved: 1, overdue: 1 });
    expect(d.totals).toEqual({ new: 2, resolved: 2, overdue: 1 });
    // 30 h and 55 days -> median of the two.
    expect(d.medianHoursToResolve).toBe((30 + 55 * 24) / 2);
  });

  it('when the period boundary falls exactly on a complaint, then it belongs to the later digest', () => {
    const d = computeDigest([c({ createdAt: until }), c({ createdAt: since })], since, until);
    expect(d.totals.new).toBe(1);
  });

  it('when nothing was resolved, then the median is null; medians of odd and even counts are right', () => {
    expect(computeDigest([c({})], since, until).medianHoursToResolve).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('when rendered, then the digest holds counts and category names only, never a description or author', () => {
    const d = computeDigest([c({}), c({ status: 'resolved', resolvedAt: h('2026-11-22T10:00:00Z', 5) })], since, until);
    const text = digestText(d, 'Aktogay', [{ code: 'water', names: { kk: 'Су', ru: 'Вода', en: 'Water' }, sortOrder: 10 }], 'ru');
    const json = JSON.stringify(text);
    expect(json).toContain('"category":"Вода"');
    expect(json).toContain('digest-median-hours');
    expect(Object.keys(c({})).sort()).toEqual(['categoryCode', 'createdAt', 'dueAt', 'resolvedAt', 'status']);
  });

  it('when there is nothing to report, then the digest says so', () => {
    expect(JSON.stringify(digestText(computeDigest([], since, until), 'Aktogay', [], 'en'))).toContain('digest-empty');
  });
});
