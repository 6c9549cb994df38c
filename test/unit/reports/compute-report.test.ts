import { describe, expect, it } from 'vitest';
import { computeReport, weekStart, weeklyTrend } from '../../../src/core/reports/compute-report.ts';
import type { ReportComplaint } from '../../../src/core/reports/model.ts';
import { parseReportArgs, resolvePeriod } from '../../../src/core/reports/period.ts';

const TZ = 'Asia/Almaty'; // UTC+5
const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;

const complaint = (p: Partial<ReportComplaint> & Pick<ReportComplaint, 'id' | 'createdAt'>): ReportComplaint => ({
  categoryCode: 'water',
  status: 'new',
  resolvedAt: null,
  closedAt: null,
  dueAt: new Date(p.createdAt.getTime() + 20 * DAY),
  firstResponseAt: null,
  ...p,
});

describe('report figures', () => {
  const from = at('2026-11-01T19:00:00Z'); // Monday 2 November 00:00 local
  const to = at('2026-11-22T19:00:00Z'); // three weeks later
  const now = at('2026-12-01T05:00:00Z');
  const list: ReportComplaint[] = [
    // Answered after 1 day, resolved after 4: on time.
    complaint({
      id: 1,
      createdAt: at('2026-11-02T05:00:00Z'),
      firstResponseAt: at('2026-11-03T05:00:00Z'),
      status: 'resolved',
      resolvedAt: at('2026-11-06T05:00:00Z'),
    }),
    // Answered after 3 days, resolved after 10 (in week 2), past its due date: answered late.
    complaint({
      id: 2,
      createdAt: at('2026-11-03T05:00:00Z'),
      firstResponseAt: at('2026-11-06T05:00:00Z'),
      status: 'resolved',
      resolvedAt: at('2026-11-13T05:00:00Z'),
      dueAt: at('2026-11-10T05:00:00Z'),
      categoryCode: 'roads',
    }),
    // Never answered and overdue now.
    complaint({ id: 3, createdAt: at('2026-11-10T05:00:00Z'), dueAt: at('2026-11-20T05:00:00Z'), categoryCode: 'roads' }),
    // Answered after 2 days, still in progress, not yet due.
    complaint({
      id: 4,
      createdAt: at('2026-11-20T05:00:00Z'),
      firstResponseAt: at('2026-11-22T05:00:00Z'),
      status: 'in_progress',
      categoryCode: 'roads',
    }),
    // Withdrawn: neither answered nor late.
    complaint({
      id: 5,
      createdAt: at('2026-11-11T05:00:00Z'),
      status: 'withdrawn',
      closedAt: at('2026-11-12T05:00:00Z'),
      dueAt: at('2026-11-11T06:00:00Z'),
    }),
  ];

  it('when complaints are counted, then statuses, categories (most first) and status groups add up', () => {
    const f = computeReport(list, { from, to, now, timeZone: TZ });
    expect(f.total).toBe(5);
    expect(f.byStatus).toMatchObject({ new: 1, resolved: 2, in_progress: 1, withdrawn: 1, rejected: 0 });
    expect(f.byCategory).toEqual([
      { code: 'roads', total: 3, groups: { open: 2, resolved: 1, closed: 0, withdrawn: 0 } },
      { code: 'water', total: 2, groups: { open: 0, resolved: 1, closed: 0, withdrawn: 1 } },
    ]);
  });

  it('when times are measured, then the medians are over the answered and the resolved ones only', () => {
    const f = computeReport(list, { from, to, now, timeZone: TZ });
    expect(f.medianFirstResponseDays).toBe(2); // 1, 3, 2
    expect(f.medianResolutionDays).toBe(7); // 4 and 10
    expect(computeReport([], { from, to, now, timeZone: TZ })).toMatchObject({
      medianFirstResponseDays: null,
      medianResolutionDays: null,
      total: 0,
    });
  });

  it('when due dates pass, then open ones count as overdue now and late answers apart; a withdrawal is neither', () => {
    const f = computeReport(list, { from, to, now, timeZone: TZ });
    expect(f.overdueOpen).toBe(1);
    expect(f.answeredLate).toBe(1);
  });

  it('when the trend is drawn, then each local week has its filed and resolved counts', () => {
    const weeks = weeklyTrend(list, from, to, TZ);
    expect(weeks.map((w) => w.start.toISOString())).toEqual([
      '2026-11-01T19:00:00.000Z',
      '2026-11-08T19:00:00.000Z',
      '2026-11-15T19:00:00.000Z',
    ]);
    expect(weeks.map((w) => [w.filed, w.resolved])).toEqual([
      [2, 1],
      [2, 1],
      [1, 0],
    ]);
  });

  it('when a moment is late on Sunday in UTC but Monday in Almaty, then its week starts that Monday', () => {
    expect(weekStart(at('2026-11-08T20:00:00Z'), TZ).toISOString()).toBe('2026-11-08T19:00:00.000Z');
    expect(weekStart(at('2026-11-08T18:00:00Z'), TZ).toISOString()).toBe('2026-11-01T19:00:00.000Z');
  });
});

describe('report periods', () => {
  const now = at('2026-12-01T05:00:00Z');
  it('when a period is named, then it covers the right instants in the time zone', () => {
    expect(resolvePeriod('7d', now, TZ)).toEqual({ code: '7d', from: new Date(now.getTime() - 7 * DAY), to: now });
    expect(resolvePeriod('m0', now, TZ).from.toISOString()).toBe('2026-11-30T19:00:00.000Z');
    expect(resolvePeriod('m1', now, TZ)).toMatchObject({ from: at('2026-10-31T19:00:00Z'), to: at('2026-11-30T19:00:00Z') });
    expect(resolvePeriod('2026-02', now, TZ)).toMatchObject({ from: at('2026-01-31T19:00:00Z'), to: at('2026-02-28T19:00:00Z') });
    expect(resolvePeriod('2026-12', now, TZ).to.toISOString()).toBe('2026-12-31T19:00:00.000Z');
  });

  it('when the arguments are read, then a period-like first word must be valid and the rest is the area', () => {
    expect(parseReportArgs('')).toEqual({ period: '30d', area: '' });
    expect(parseReportArgs('90d Ойыл ауданы')).toEqual({ period: '90d', area: 'Ойыл ауданы' });
    expect(parseReportArgs('Ойыл')).toEqual({ period: '30d', area: 'Ойыл' });
    expect(parseReportArgs('2026-11')).toEqual({ period: '2026-11', area: '' });
    for (const bad of ['2026-13', '45d', '12'])
      expect(() => parseReportArgs(bad)).toThrow(expect.objectContaining({ code: 'REPORT.PERIOD_INVALID' }));
    expect(() => resolvePeriod('yesterday', now, TZ)).toThrow(expect.objectContaining({ code: 'REPORT.PERIOD_INVALID' }));
  });
});
