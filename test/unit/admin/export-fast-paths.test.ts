import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../../src/adapters/export/csv-writer.ts';
import { LocalTime } from '../../../src/adapters/export/local-time.ts';
import { zoneOffsetMinutes } from '../../../src/core/time/wall-time.ts';

/** The plain formula the cached one must agree with: shift by the zone's offset, print the UTC fields. */
const slowText = (d: Date, zone: string) =>
  new Date(d.getTime() + zoneOffsetMinutes(d, zone) * 60_000).toISOString().slice(0, 16).replace('T', ' ');

describe('the export writers fast paths agree with the plain ways', () => {
  it.each([
    [''],
    ['plain'],
    ['a,b'],
    ['"quoted"'],
    ['line\nbreak'],
    ['carriage\rreturn'],
    ['crlf\r\nend'],
    ['все "вместе", \n и ә ғ қ'],
    [' spaces '],
    ["'=1"],
    ['semi;colon\ttab'],
  ])('when a field is %j, then it is written as csv-stringify writes it', (value) => {
    expect(`${csvField(value)},x\n`).toBe(stringify([[value, 'x']]));
  });

  it.each([
    ['Asia/Almaty', '2024-02-29T17:00:00Z', '2024-03-01T00:00:00Z'],
    ['Europe/Berlin', '2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z'],
    ['Europe/Berlin', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'],
    ['America/St_Johns', '2026-03-08T05:00:00Z', '2026-03-08T06:00:00Z'],
    ['UTC', '1969-12-31T23:59:59Z', '1970-01-01T00:00:59Z'],
    ['Asia/Kathmandu', '2000-01-01T00:00:00Z', '2000-01-02T00:00:00Z'],
  ])('when times in %s cross %s..%s minute by minute, then each reads as the plain formula says', (zone, from, to) => {
    const time = new LocalTime(zone);
    const end = new Date(to).getTime();
    for (let ms = new Date(from).getTime(); ms <= end; ms += 60_000 + 7_001) {
      const d = new Date(ms);
      expect(time.text(d)).toBe(slowText(d, zone));
    }
  });

  it('when a time is outside years 0000-9999, then it still reads as the plain formula says', () => {
    const time = new LocalTime('Asia/Almaty');
    for (const d of [new Date('+010000-01-01T00:00:00Z'), new Date('-000001-06-01T12:00:00Z')]) {
      expect(time.text(d)).toBe(slowText(d, 'Asia/Almaty'));
    }
  });
});
