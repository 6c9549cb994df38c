import { fromWallTime, toWallTime, type CalendarDate } from '../time/wall-time.ts';
import { DomainError } from '../errors.ts';

/** Rolling 7, 30 or 90 days to now; this month (`m0`); last month (`m1`); or a calendar month `YYYY-MM`. */
export const PERIOD_PATTERN = /^(7d|30d|90d|m0|m1|\d{4}-(0[1-9]|1[0-2]))$/;
export const DEFAULT_PERIOD = '30d';
/** The choices offered as buttons under a report. */
export const PERIOD_CHOICES = ['7d', '30d', '90d', 'm0', 'm1'] as const;

/** A report's period: `[from, to)`, and the code it was chosen by. */
export interface ReportPeriod {
  code: string;
  from: Date;
  to: Date;
}

const DAY_MS = 86_400_000;
/** The first instant of a local day (the first hour that exists, where a zone skips midnight). */
export function localMidnight(d: CalendarDate, timeZone: string): Date {
  for (let hour = 0; hour < 3; hour++) {
    const at = fromWallTime({ year: d.year, month: d.month, day: d.day, hour, minute: 0 }, timeZone);
    if (at) return at;
  }
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

const monthStart = (year: number, month: number, timeZone: string): Date => {
  const d = new Date(Date.UTC(year, month - 1, 1));
  return localMidnight({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: 1 }, timeZone);
};

/** The instants a period code stands for at `now` (months begin at local midnight). @throws REPORT.PERIOD_INVALID */
export function resolvePeriod(code: string, now: Date, timeZone: string): ReportPeriod {
  if (!PERIOD_PATTERN.test(code)) throw new DomainError('REPORT.PERIOD_INVALID', { period: code.slice(0, 20) });
  const rolling = /^(\d+)d$/.exec(code);
  if (rolling) return { code, from: new Date(now.getTime() - Number(rolling[1]) * DAY_MS), to: now };
  const today = toWallTime(now, timeZone);
  if (code === 'm0') return { code, from: monthStart(today.year, today.month, timeZone), to: now };
  if (code === 'm1')
    return { code, from: monthStart(today.year, today.month - 1, timeZone), to: monthStart(today.year, today.month, timeZone) };
  const [year, month] = code.split('-').map(Number) as [number, number];
  return { code, from: monthStart(year, month, timeZone), to: monthStart(year, month + 1, timeZone) };
}

/**
 * `/report [period] [area]`: a first word that looks like a period (digits, a dash, a `d`) is one and
 * must be valid; the rest names an area. @throws REPORT.PERIOD_INVALID
 */
export function parseReportArgs(args: string): { period: string; area: string } {
  const text = args.trim();
  const [first = '', ...rest] = text.split(/\s+/);
  if (/^m[01]$/.test(first) || /^[\d-]+d?$/.test(first)) {
    if (!PERIOD_PATTERN.test(first)) throw new DomainError('REPORT.PERIOD_INVALID', { period: first.slice(0, 20) });
    return { period: first, area: rest.join(' ') };
  }
  return { period: DEFAULT_PERIOD, area: text };
}
