import { areaLabel } from '../areas/area.ts';
import { fromWallTime, toWallTime } from '../time/wall-time.ts';
import { DomainError } from '../errors.ts';
import type { ChatId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import { msg, raw, type Text } from '../replies.ts';
import type { ElectionsDeps } from './ports.ts';

/**
 * Polling stations in Kazakhstan open from 07:00 to 20:00 local time (Constitutional Law "On
 * Elections", art. 52): the hours a calendar entry carries when the election data names none.
 */
export const POLLING_HOURS = { opens: '07:00', closes: '20:00' } as const;

/** "07:30" -> [7, 30]; anything else -> null. */
const hoursOf = (hhmm: string | null | undefined): [number, number] | null => {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(hhmm ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
};

/** One "add to calendar" entry, words still as Texts: the edge renders them in the resident's language. */
export interface CalendarEvent {
  /** Stable per election, so adding it twice updates one entry. */
  uid: string;
  start: Date;
  end: Date;
  timeZone: string;
  summary: Text;
  location: Text;
  description: Text;
}

/** An .ics file to send: the event and its file name. */
export interface CalendarReply {
  kind: 'calendar';
  event: CalendarEvent;
  filename: string;
  chatId?: ChatId;
}

/**
 * The polling day of an election as a calendar entry: its polling hours (07:00-20:00 unless the data
 * says otherwise) in `timeZone` on the poll date, the polling place when known and the settlement with
 * its district and province, and what to bring.
 * @throws DomainError BUTTON.STALE for an unknown election
 */
export async function electionCalendar(
  deps: Pick<ElectionsDeps, 'elections' | 'areas'>,
  electionId: string,
  locale: Locale,
  timeZone: string,
): Promise<CalendarReply> {
  const election = await deps.elections.get(electionId);
  if (!election) throw new DomainError('BUTTON.STALE');
  const all = await deps.areas.listAll();
  const area = all.find((a) => a.id === election.areaId);
  const place = area ? areaLabel(all, area, locale) : election.areaId;
  const day = toWallTime(election.pollDate, timeZone);
  const opens = hoursOf(election.voting?.opens) ? election.voting!.opens! : POLLING_HOURS.opens;
  const closes = hoursOf(election.voting?.closes) ? election.voting!.closes! : POLLING_HOURS.closes;
  const at = (hhmm: string) => {
    const [hour, minute] = hoursOf(hhmm)!;
    return fromWallTime({ year: day.year, month: day.month, day: day.day, hour, minute }, timeZone) ?? election.pollDate;
  };
  // Where the data names the polling place, the entry says so; otherwise "your polling station".
  const where = election.voting?.where[locale] ?? election.voting?.where.ru ?? election.voting?.where.en;
  return {
    kind: 'calendar',
    filename: `election-${election.pollDate.toISOString().slice(0, 10)}.ics`,
    event: {
      uid: `election-${election.id}`,
      start: at(opens),
      end: at(closes),
      timeZone,
      summary: msg('calendar-summary', { area: place }),
      location: where ? raw(`${where}, ${place}`) : msg('calendar-location', { area: place }),
      description: msg('calendar-description', { open: opens, close: closes }),
    },
  };
}
