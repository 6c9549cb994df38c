import { describe, expect, it } from 'vitest';
import { checkSchedule, describeSchedule, formatRunTime, GROUP_TIME_ZONES, SCHEDULE_PRESETS } from '../../../src/core/groups/index.ts';
import { DomainError } from '../../../src/core/errors.ts';
import { isValidTimeZone } from '../../../src/core/time/wall-time.ts';

const now = new Date('2026-11-16T12:00:00Z');
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? { code: e.code, vars: e.vars } : e;
  }
  return null;
};

describe('checkSchedule', () => {
  it('when a custom expression is valid, then its next three runs come back', () => {
    const { schedule, next } = checkSchedule(' 30  19 * * 5 ', 'Asia/Almaty', now);
    expect(schedule.expression).toBe('30 19 * * 5');
    expect(next.map((d) => d.toISOString())).toEqual(['2026-11-20T14:30:00.000Z', '2026-11-27T14:30:00.000Z', '2026-12-04T14:30:00.000Z']);
  });

  it('when a field is wrong, then the error names the field', () => {
    expect(codeOf(() => checkSchedule('0 25 * * *', 'UTC', now))).toEqual({
      code: 'GROUPS.CRON_INVALID',
      vars: { field: 'hour', value: '25' },
    });
    expect(codeOf(() => checkSchedule('every day', 'UTC', now))).toEqual({ code: 'GROUPS.CRON_FIELD_COUNT', vars: {} });
  });

  it('when the expression never fires, then it is refused', () => {
    expect(codeOf(() => checkSchedule('0 0 31 4 *', 'UTC', now))).toMatchObject({ code: 'GROUPS.CRON_NEVER' });
  });

  it('when the expression fires more often than hourly, then it is refused so the group is not flooded', () => {
    expect(codeOf(() => checkSchedule('* * * * *', 'UTC', now))).toMatchObject({ code: 'GROUPS.CRON_TOO_FREQUENT' });
    expect(codeOf(() => checkSchedule('*/30 9 * * *', 'UTC', now))).toMatchObject({ code: 'GROUPS.CRON_TOO_FREQUENT' });
    expect(codeOf(() => checkSchedule('0 * * * *', 'UTC', now))).toBeNull();
  });
});

describe('presets and zones', () => {
  it('when a subscription uses a preset, then it is described by the preset name', () => {
    expect(describeSchedule({ cron: SCHEDULE_PRESETS.d20, enabled: true })).toEqual({ key: 'schedule-daily-20', vars: undefined });
    expect(describeSchedule({ cron: SCHEDULE_PRESETS.w1, enabled: true })).toEqual({ key: 'schedule-weekly-mon-09', vars: undefined });
    expect(describeSchedule({ cron: '5 7 * * *', enabled: true })).toEqual({ key: 'schedule-custom', vars: { cron: '5 7 * * *' } });
    expect(describeSchedule({ cron: SCHEDULE_PRESETS.d20, enabled: false })).toEqual({ key: 'schedule-off', vars: undefined });
    expect(describeSchedule(undefined)).toEqual({ key: 'schedule-off', vars: undefined });
  });

  it('when every offered zone is checked, then Intl knows it', () => {
    for (const z of GROUP_TIME_ZONES) expect(isValidTimeZone(z)).toBe(true);
    expect(isValidTimeZone('Asia/Nowhere')).toBe(false);
  });

  it('when a run time is formatted, then it is in the chat zone and language', () => {
    const at = new Date('2026-11-16T15:00:00Z');
    expect(formatRunTime(at, 'Asia/Almaty', 'en')).toMatch(/Mon.*16.*Nov.*2026.*20:00/);
    expect(formatRunTime(at, 'UTC', 'ru')).toMatch(/пн.*16.*нояб.*15:00/);
    expect(formatRunTime(at, 'Asia/Almaty', 'kk')).toMatch(/20:00/);
  });
});
