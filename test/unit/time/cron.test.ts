import { describe, expect, it } from 'vitest';
import { cronMatches, nextRuns, parseCron, type CronSchedule } from '../../../src/core/time/cron.ts';
import { toWallTime } from '../../../src/core/time/wall-time.ts';

const schedule = (expr: string): CronSchedule => {
  const r = parseCron(expr);
  if (!r.ok) throw new Error(`invalid: ${expr}`);
  return r.schedule;
};
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('parseCron', () => {
  it('when an expression uses lists, ranges, steps and names, then each field expands correctly', () => {
    const s = schedule('*/15 9-17/4 1,15 JAN-mar mon-fri');
    expect(s.minutes).toEqual([0, 15, 30, 45]);
    expect(s.hours).toEqual([9, 13, 17]);
    expect([...s.daysOfMonth].sort((a, b) => a - b)).toEqual([1, 15]);
    expect([...s.months].sort()).toEqual([1, 2, 3]);
    expect([...s.daysOfWeek].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('when day-of-week is 7, then it means Sunday', () => {
    expect([...schedule('0 0 * * 7').daysOfWeek]).toEqual([0]);
    expect([...schedule('0 0 * * 5-7').daysOfWeek].sort()).toEqual([0, 5, 6]);
  });

  it('when a macro is given, then it expands to five fields', () => {
    expect(schedule('@daily').hours).toEqual([0]);
    expect([...schedule('@weekly').daysOfWeek]).toEqual([0]);
  });

  it('when the field count is wrong, then the reason says so', () => {
    expect(parseCron('0 20 * *')).toEqual({ ok: false, reason: 'field-count' });
    expect(parseCron('0 0 20 * * *')).toEqual({ ok: false, reason: 'field-count' });
    expect(parseCron('')).toEqual({ ok: false, reason: 'field-count' });
  });

  it.each([
    ['60 * * * *', 'minute', '60'],
    ['0 24 * * *', 'hour', '24'],
    ['0 0 0 * *', 'day-of-month', '0'],
    ['0 0 * 13 *', 'month', '13'],
    ['0 0 * * 8', 'day-of-week', '8'],
    ['0 0 * * funday', 'day-of-week', 'funday'],
    ['*/0 * * * *', 'minute', '*/0'],
    ['5-1 * * * *', 'minute', '5-1'],
    ['1,,2 * * * *', 'minute', '1,,2'],
  ])('when %s is given, then the %s field is reported', (expr, field, value) => {
    expect(parseCron(expr)).toEqual({ ok: false, reason: 'bad-value', field, value });
  });
});

describe('nextRuns', () => {
  const after = new Date('2026-11-16T12:00:00Z'); // Monday

  it('when daily 20:00 in Asia/Almaty (UTC+5), then runs are at 15:00 UTC', () => {
    expect(iso(nextRuns(schedule('0 20 * * *'), 'Asia/Almaty', after, 3))).toEqual([
      '2026-11-16T15:00:00.000Z',
      '2026-11-17T15:00:00.000Z',
      '2026-11-18T15:00:00.000Z',
    ]);
  });

  it('when the same timetable is read in UTC, then it fires five hours later', () => {
    expect(iso(nextRuns(schedule('0 20 * * *'), 'UTC', after, 1))).toEqual(['2026-11-16T20:00:00.000Z']);
  });

  it('when local midnight is ahead of UTC, then the local date decides the day', () => {
    // 21:30 UTC Sunday is 02:30 Monday in Asia/Oral: a Monday 03:00 run is thirty minutes away.
    expect(iso(nextRuns(schedule('0 3 * * 1'), 'Asia/Oral', new Date('2026-11-15T21:30:00Z'), 2))).toEqual([
      '2026-11-15T22:00:00.000Z',
      '2026-11-22T22:00:00.000Z',
    ]);
  });

  it('when now is exactly a run time, then that run is not repeated', () => {
    expect(iso(nextRuns(schedule('0 20 * * *'), 'UTC', new Date('2026-11-16T20:00:00Z'), 1))).toEqual(['2026-11-17T20:00:00.000Z']);
  });

  it('when weekly Monday 09:00, then the next three Mondays come back', () => {
    expect(iso(nextRuns(schedule('0 9 * * 1'), 'Asia/Aqtobe', after, 3))).toEqual([
      '2026-11-23T04:00:00.000Z',
      '2026-11-30T04:00:00.000Z',
      '2026-12-07T04:00:00.000Z',
    ]);
  });

  it('when both day fields are restricted, then either matches (Vixie cron)', () => {
    const runs = nextRuns(schedule('0 12 1 * 5'), 'UTC', new Date('2026-11-25T00:00:00Z'), 3);
    expect(iso(runs)).toEqual(['2026-11-27T12:00:00.000Z', '2026-12-01T12:00:00.000Z', '2026-12-04T12:00:00.000Z']);
  });

  it('when 29 February is asked for, then the next leap year is found', () => {
    expect(iso(nextRuns(schedule('0 0 29 2 *'), 'UTC', after, 1))).toEqual(['2028-02-29T00:00:00.000Z']);
  });

  it('when a date never exists, then no run comes back', () => {
    expect(nextRuns(schedule('0 0 30 2 *'), 'UTC', after, 3)).toEqual([]);
  });

  it('when a zone skips an hour (spring forward), then the missing wall time is skipped', () => {
    // Europe/Berlin: 2026-03-29 02:00 -> 03:00.
    const runs = nextRuns(schedule('30 2 * * *'), 'Europe/Berlin', new Date('2026-03-28T12:00:00Z'), 2);
    expect(iso(runs)).toEqual(['2026-03-30T00:30:00.000Z', '2026-03-31T00:30:00.000Z']);
  });

  it('when a zone repeats an hour (fall back), then the run fires once, at the first one', () => {
    // Europe/Berlin: 2026-10-25 03:00 -> 02:00; 02:30 happens at 00:30 and 01:30 UTC.
    const runs = nextRuns(schedule('30 2 * * *'), 'Europe/Berlin', new Date('2026-10-24T12:00:00Z'), 2);
    expect(iso(runs)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
  });
});

describe('cronMatches', () => {
  it('when the local minute matches, then it is due; a minute later it is not', () => {
    const s = schedule('0 20 * * *');
    expect(cronMatches(s, toWallTime(new Date('2026-11-16T15:00:30Z'), 'Asia/Qyzylorda'))).toBe(true);
    expect(cronMatches(s, toWallTime(new Date('2026-11-16T15:01:00Z'), 'Asia/Qyzylorda'))).toBe(false);
    expect(cronMatches(s, toWallTime(new Date('2026-11-16T15:00:00Z'), 'UTC'))).toBe(false);
  });
});
