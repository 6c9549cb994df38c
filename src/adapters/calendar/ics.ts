import ical from 'ical-generator';
import type { CalendarEvent } from '../../core/elections/calendar-event.ts';
import type { Text } from '../../core/replies.ts';

/**
 * An .ics file (RFC 5545, written by ical-generator) with one event whose words are rendered by
 * `words` in the resident's language. Times are written in UTC, so every calendar app shows them in
 * its own zone at the right moment.
 */
export function eventToIcs(e: CalendarEvent, words: (t: Text) => string, stamp: Date): Buffer {
  const calendar = ical({ prodId: { company: 'akim-bot', product: 'elections' }, name: words(e.summary) });
  calendar.createEvent({
    id: e.uid,
    start: e.start,
    end: e.end,
    stamp,
    summary: words(e.summary),
    location: words(e.location),
    description: words(e.description),
  });
  return Buffer.from(calendar.toString(), 'utf8');
}
