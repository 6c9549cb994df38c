import { describe, expect, it } from 'vitest';
import { addWorkingDays, dueDate } from '../../../src/core/complaints/due-date.ts';
import { zoneOffsetMinutes } from '../../../src/core/time/wall-time.ts';

describe('due dates in working days (Asia/Almaty)', () => {
  it('when filed on a Monday with 15 working days, then due three weeks later on Monday, end of day local', () => {
    // 2026-02-02 is a Monday (no holidays in February); 10:00 in Almaty (UTC+5) = 05:00 UTC.
    const due = dueDate(new Date('2026-02-02T05:00:00Z'), 15);
    expect(due.toISOString()).toBe('2026-02-23T18:59:59.999Z');
  });

  it('when filed on a Friday with 1 working day, then due the next Monday', () => {
    expect(addWorkingDays(new Date('2026-02-06T06:00:00Z'), 1)).toEqual({ year: 2026, month: 2, day: 9 });
  });

  it('when filed on a Saturday, then the weekend does not count', () => {
    expect(addWorkingDays(new Date('2026-02-07T06:00:00Z'), 1)).toEqual({ year: 2026, month: 2, day: 9 });
    expect(addWorkingDays(new Date('2026-02-07T06:00:00Z'), 5)).toEqual({ year: 2026, month: 2, day: 13 });
  });

  it('when it is already Saturday in Almaty but still Friday in UTC, then the local date counts', () => {
    // 2026-02-06 20:30 UTC = 2026-02-07 01:30 in Almaty (Saturday).
    expect(addWorkingDays(new Date('2026-02-06T20:30:00Z'), 1)).toEqual({ year: 2026, month: 2, day: 9 });
  });

  it('when crossing the year end, then New Year (and its Saturday moved to Monday) does not count', () => {
    // Wed 30 Dec: Thu 31 counts; Fri 1 Jan off; Sat 2 Jan moves to Mon 4 Jan; Tue 5, Wed 6 count.
    expect(addWorkingDays(new Date('2026-12-30T06:00:00Z'), 3)).toEqual({ year: 2027, month: 1, day: 6 });
  });

  it('when Nauryz falls on a weekend, then its days move to the next working days', () => {
    // 2026: 8 March is a Sunday (moves to Mon 9); Nauryz 21-23 March is Sat-Mon (Sat and Sun move to Tue 24, Wed 25).
    expect(addWorkingDays(new Date('2026-03-06T06:00:00Z'), 1)).toEqual({ year: 2026, month: 3, day: 10 });
    expect(addWorkingDays(new Date('2026-03-20T06:00:00Z'), 1)).toEqual({ year: 2026, month: 3, day: 26 });
  });

  it('when a religious holiday falls on a working day, then it is off but nothing moves', () => {
    // Kurban ait 2026: Wednesday 27 May. Orthodox Christmas 2029 is a Sunday: no transfer.
    expect(addWorkingDays(new Date('2026-05-26T06:00:00Z'), 1)).toEqual({ year: 2026, month: 5, day: 28 });
    expect(addWorkingDays(new Date('2029-01-05T06:00:00Z'), 1)).toEqual({ year: 2029, month: 1, day: 8 });
  });

  it('when zero days, then due the same local day', () => {
    expect(dueDate(new Date('2026-03-04T06:00:00Z'), 0).toISOString()).toBe('2026-03-04T18:59:59.999Z');
  });

  it('when asking Almaty offset, then it is +5 hours in 2026', () => {
    expect(zoneOffsetMinutes(new Date('2026-06-01T00:00:00Z'), 'Asia/Almaty')).toBe(300);
  });
});
