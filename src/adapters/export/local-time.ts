/**
 * Wall-clock time in a zone, fast enough for a million rows: offsets are cached per hour (zones
 * change their offset on hour boundaries at most).
 */
export class LocalTime {
  private readonly offsets = new Map<number, number>();
  private readonly format: Intl.DateTimeFormat;

  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  }

  /** Milliseconds to add to UTC to get the zone's wall clock at `d`. */
  offsetMs(d: Date): number {
    const hour = Math.floor(d.getTime() / 3_600_000);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      const p = Object.fromEntries(this.format.formatToParts(d).map((x) => [x.type, x.value]));
      const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
      offset = wall - Math.floor(d.getTime() / 1000) * 1000;
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
