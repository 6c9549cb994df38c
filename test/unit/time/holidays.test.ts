import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holidayYear, isWorkingDay } from '../../../src/core/time/holidays.ts';

const DIR = new URL('../../../src/core/time/holidays/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe("Kazakhstan's working-day calendar", () => {
  it('when a new year begins, then its calendar file is there (add holidays/kz-<year>.json from the decree)', () => {
    const year = new Date().getUTCFullYear();
    expect(holidayYear(year), `src/core/time/holidays/kz-${year}.json is missing`).not.toBeNull();
  });

  it.each(files)('when %s is read, then its dates are of its year, sorted, unique, and days off are not also working days', (file) => {
    const year = Number(/^kz-(\d{4})\.json$/.exec(file)?.[1]);
    const calendar = holidayYear(year)!;
    const raw = JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as { daysOff: { date: string }[] };
    const dates = raw.daysOff.map((d) => d.date);
    expect(dates).toEqual([...new Set(dates)].sort());
    expect(calendar.daysOff.size).toBeGreaterThan(10);
    for (const day of calendar.workingDays) expect(calendar.daysOff.has(day)).toBe(false);
  });

  it('when a year has no file, then only weekends are days off', () => {
    expect(holidayYear(1990)).toBeNull();
    expect(isWorkingDay({ year: 1990, month: 1, day: 1 })).toBe(true);
    expect(isWorkingDay({ year: 1990, month: 1, day: 6 })).toBe(false);
  });

  it('when 2026 is asked, then Nauryz on a weekend moves to 24 and 25 March, Kurban ait is off, and an ordinary Monday works', () => {
    for (const day of [21, 22, 23, 24, 25]) expect(isWorkingDay({ year: 2026, month: 3, day })).toBe(false);
    expect(isWorkingDay({ year: 2026, month: 3, day: 26 })).toBe(true);
    expect(isWorkingDay({ year: 2026, month: 5, day: 27 })).toBe(false);
    expect(isWorkingDay({ year: 2026, month: 2, day: 2 })).toBe(true);
  });
});
