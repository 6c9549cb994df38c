import { areaLabel } from '../areas/area.ts';
import { fromWallTime, toWallTime } from '../chats/zoned-time.ts';
import { DomainError } from '../errors.ts';
import type { ChatId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import { msg, type Text } from '../replies.ts';
import type { ElectionsDeps } from './ports.ts';

/**
 * Polling stations in Kazakhstan open from 07:00 to 20:00 local time (Constitutional Law "On
 * Elections", art. 52): the hours every calendar entry carries.
 */
export const POLLING_HOURS = { open: 7, close: 20 } as const;

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
 * The polling day of an election as a calendar entry: 07:00-20:00 in `timeZone` on the poll date,
 * the place with its district and province, and what to bring.
 * @throws DomainError BUTTON.STALE for an unknown election
 */
export async function electionCalendar(deps: Pick<ElectionsDeps, 'elections' | 'areas'>, electionId: string, locale: Locale, timeZone: string): Promise<CalendarReply> {
  const election = await deps.elections.get(electionId);
  if (!election) throw new DomainError('BUTTON.STALE');
  const all = await deps.areas.listAll();
  const area = all.find((a) => a.id === election.areaId);
  const place = area ? areaLabel(all, area, locale) : election.areaId;
  const day = toWallTime(election.pollDate, timeZone);
  const at = (hour: number) => fromWallTime({ year: day.year, month: day.month, day: day.day, hour, minute: 0 }, timeZone) ?? election.pollDate;
  return {
    kind: 'calendar',
    filename: `election-${election.pollDate.toISOString().slice(0, 10)}.ics`,
    event: {
      uid: `election-${election.id}`,
      start: at(POLLING_HOURS.open),
      end: at(POLLING_HOURS.close),
      timeZone,
      summary: msg('calendar-summary', { area: place }),
      location: msg('calendar-location', { area: place }),
      description: msg('calendar-description', { open: '07:00', close: '20:00' }),
    },
  };
}
