import { describe, expect, it } from 'vitest';
import { weeklySummaryMessage, weekSlot } from '../../../src/core/staff-alerts/weekly-summary.ts';

describe('weekly staff summary', () => {
  it('when a moment is anywhere in a week, then the slot is that week’s Monday in the authority’s zone', () => {
    expect(weekSlot(new Date('2026-12-07T03:59:00Z'), 'Asia/Almaty')).toBe('2026-12-07'); // Monday 08:59 in Almaty
    expect(weekSlot(new Date('2026-12-06T18:59:00Z'), 'Asia/Almaty')).toBe('2026-11-30'); // Sunday 23:59
    expect(weekSlot(new Date('2026-12-06T19:00:00Z'), 'Asia/Almaty')).toBe('2026-12-07'); // Monday 00:00
    expect(weekSlot(new Date('2026-12-13T10:00:00Z'), 'Asia/Almaty')).toBe('2026-12-07');
  });

  it('when there are many categories, then the most frequent are named and the rest counted together', () => {
    const byCategory = Array.from({ length: 10 }, (_, i) => ({ code: `c${i}`, count: 10 - i }));
    const reply = weeklySummaryMessage(
      { newThisWeek: 1, open: 55, overdue: 0, oldestOpen: null, openByCategory: byCategory, openByArea: [{ areaId: null, count: 55 }] },
      { category: (code) => code.toUpperCase(), area: (id) => id ?? '—' },
      { from: new Date(0), to: new Date(1) },
    );
    const parts = 'lines' in reply.text ? reply.text.lines : [];
    expect(parts).toContainEqual({ key: 'staff-week-by-category', vars: { list: 'C0 10, C1 9, C2 8, C3 7, C4 6, C5 5, C6 4, C7 3, … 3' } });
    expect(parts).toContainEqual({ key: 'staff-week-by-area', vars: { list: '— 55' } });
    expect(parts.some((p) => 'key' in p && p.key === 'staff-week-oldest')).toBe(false);
  });
});
