import { zoneOffsetMinutes } from '../../core/time/wall-time.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MINUTES = 1440;
/** `00:00` ... `23:59`, by minute of the day. */
const CLOCK = Array.from(
  { length: DAY_MINUTES },
  (_, m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
);
/** Years 0000-9999 (ISO's four-digit range): the arithmetic below covers them, anything else takes the long way. */
const MIN_MS = -62_167_219_200_000;
const MAX_MS = 253_402_300_800_000;
const CACHE_LIMIT = 50_000;

/**
 * Wall-clock time in a zone, fast enough for a million rows: the zone's offset (core/time) is
 * cached per hour, and the text of a day is built once, the time of day taken from a table.
 */
export class LocalTime {
  private readonly offsets = new Map<number, number>();
  private readonly days = new Map<number, string>();

  constructor(readonly timeZone: string) {}

  /** Milliseconds to add to UTC to get the zone's wall clock at `d`. */
  offsetMs(d: Date): number {
    const hour = Math.floor(d.getTime() / HOUR_MS);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      // One offset for the whole hour when both its ends agree; an hour with a change in it (St John's
      // changes at half past, old local mean times at odd seconds) is worked out for each instant.
      const first = zoneOffsetMinutes(new Date(hour * HOUR_MS), this.timeZone);
      const last = zoneOffsetMinutes(new Date((hour + 1) * HOUR_MS - 1), this.timeZone);
      offset = first === last ? first * MINUTE_MS : Number.NaN;
      if (this.offsets.size > CACHE_LIMIT) this.offsets.clear();
      this.offsets.set(hour, offset);
    }
    return Number.isNaN(offset) ? zoneOffsetMinutes(d, this.timeZone) * MINUTE_MS : offset;
  }

  /** A Date whose UTC fields read as the zone's wall clock (what a spreadsheet cell should show). */
  wallClock(d: Date): Date {
    return new Date(d.getTime() + this.offsetMs(d));
  }

  /** `2026-03-01 14:05` in the zone. */
  text(d: Date): string {
    const ms = d.getTime() + this.offsetMs(d);
    if (!(ms >= MIN_MS && ms < MAX_MS)) return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
    const minute = Math.floor(ms / MINUTE_MS);
    const day = Math.floor(minute / DAY_MINUTES);
    let date = this.days.get(day);
    if (date === undefined) {
      date = new Date(day * DAY_MINUTES * MINUTE_MS).toISOString().slice(0, 11).replace('T', ' ');
      if (this.days.size > CACHE_LIMIT) this.days.clear();
      this.days.set(day, date);
    }
    return date + CLOCK[minute - day * DAY_MINUTES]!;
  }
}
