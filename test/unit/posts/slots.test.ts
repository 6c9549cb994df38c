import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/core/clock.ts';
import { dueSlots, slotForTick } from '../../../src/core/posts/slots.ts';
import { cronSchedule, nextRun } from '../../../src/core/time/cron.ts';
import { minuteStamp, toWallTime } from '../../../src/core/time/wall-time.ts';

describe('schedule slots', () => {
  it('when a daily 20:00 digest ticks at 15:00 UTC, then Almaty (+05:00) gets its slot and Moscow does not', () => {
    const tick = new Date('2026-11-27T15:00:20Z');
    expect(slotForTick('digest', '0 20 * * *', 'Asia/Almaty', tick)).toBe('digest:2026-11-27T20:00+05:00');
    expect(slotForTick('digest', '0 20 * * *', 'Europe/Moscow', tick)).toBeNull();
    expect(slotForTick('digest', '0 20 * * *', 'Europe/Moscow', new Date('2026-11-27T17:00:00Z'))).toBe('digest:2026-11-27T20:00+03:00');
  });

  it('when a fake clock crosses local midnight, then the slot carries the local date, not the UTC one', () => {
    const clock = fixedClock(new Date('2026-11-27T18:59:00Z'));
    expect(slotForTick('digest', '0 0 * * *', 'Asia/Almaty', clock.now())).toBeNull();
    clock.advance(60_000);
    // 19:00 UTC on the 27th is 00:00 on the 28th in Almaty.
    expect(slotForTick('digest', '0 0 * * *', 'Asia/Almaty', clock.now())).toBe('digest:2026-11-28T00:00+05:00');
    expect(toWallTime(clock.now(), 'Asia/Almaty')).toMatchObject({ day: 28, hour: 0, weekday: 6 });
  });

  it('when the zone is behind UTC, then a Monday cron fires on the local Monday (Sunday in UTC is not enough)', () => {
    const monday0030NewYork = new Date('2026-11-30T05:30:00Z');
    expect(slotForTick('digest', '30 0 * * 1', 'America/New_York', monday0030NewYork)).toBe('digest:2026-11-30T00:30-05:00');
    expect(slotForTick('digest', '30 0 * * 1', 'America/New_York', new Date('2026-11-29T00:30:00Z'))).toBeNull();
  });

  it('when ticks were missed, then the gap is caught up minute by minute, and no minute twice', () => {
    const from = new Date('2026-11-27T14:55:00Z');
    const to = new Date('2026-11-27T15:05:30Z');
    const slots = dueSlots('*/5 * * * *', 'Asia/Almaty', from, to).map((s) => s.stamp);
    expect(slots).toEqual(['2026-11-27T20:00+05:00', '2026-11-27T20:05+05:00']);
    expect(dueSlots('*/5 * * * *', 'Asia/Almaty', to, new Date(to.getTime() + 20_000))).toEqual([]);
  });

  it('when a half-hour zone is used, then the offset in the slot says so', () => {
    expect(minuteStamp(new Date('2026-11-27T14:30:00Z'), 'Asia/Kolkata')).toBe('2026-11-27T20:00+05:30');
  });

  it('when clocks fall back (DST), then the repeated local hour gives two distinct slots', () => {
    const a = slotForTick('digest', '30 2 * * *', 'Europe/Berlin', new Date('2026-10-25T00:30:00Z'));
    const b = slotForTick('digest', '30 2 * * *', 'Europe/Berlin', new Date('2026-10-25T01:30:00Z'));
    expect(a).toBe('digest:2026-10-25T02:30+02:00');
    expect(b).toBe('digest:2026-10-25T02:30+01:00');
  });

  it('when asked for the next run, then it is the first matching local minute after now', () => {
    const next = nextRun(cronSchedule('0 9 * * 1'), 'Asia/Almaty', new Date('2026-11-27T15:00:00Z'));
    expect(next?.toISOString()).toBe('2026-11-30T04:00:00.000Z');
  });

  it('when a cron expression is malformed, then parsing names the problem', () => {
    expect(() => cronSchedule('61 * * * *')).toThrow(/outside/);
    expect(() => cronSchedule('* * *')).toThrow(/5 fields/);
    expect(cronSchedule('0 9 * * MON-FRI').daysOfWeek).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(cronSchedule('0 9 * * 7').daysOfWeek).toEqual(new Set([0]));
  });
});
