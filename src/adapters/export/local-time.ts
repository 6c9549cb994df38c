import { zoneOffsetMinutes } from '../../core/time/wall-time.ts';

/**
 * Wall-clock time in a zone, fast enough for a million rows: the zone's offset (core/time) is
 * cached per hour (zones change their offset on hour boundaries at most).
 */
export class LocalTime {
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone: string) {}

  /** Milliseconds to add to UTC to get the zone's wall clock at `d`. */
  offsetMs(d: Date): number {
    const hour = Math.floor(d.getTime() / 3_600_000);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      offset = zoneOffsetMinutes(d, this.timeZone) * 60_000;
      if (this.offsets.size > 50_000) this.offsets.clear();
      this.offsets.set(hour, offset);
    }
    return offset;
  }

  /** A Date whose UTC fields read as the zone's wall clock (what a spreadsheet cell should show). */
  wallClock(d: Date): Date {
    return new Date(d.getTime() + this.offsetMs(d));
  }

  /** `2026-03-01 14:05` in the zone. */
  text(d: Date): string {
    return this.wallClock(d).toISOString().slice(0, 16).replace('T', ' ');
  }
}
