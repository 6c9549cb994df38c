import { DomainError } from '../errors.ts';
import type { ChatId } from '../ids.ts';
import type { GroupSettingsDeps } from './deps.ts';
import type { Actor } from './ports.ts';
import { recordChange } from './record-change.ts';
import { isGroupTimeZone } from './time-zones.ts';

/** Sets the zone the group's timetables and dates are read in. */
export async function changeTimeZone(deps: GroupSettingsDeps, chatId: ChatId, actor: Actor, zone: string): Promise<string> {
  if (!isGroupTimeZone(zone)) throw new DomainError('BUTTON.STALE');
  const chat = await deps.chats.find(chatId);
  if (chat?.timeZone === zone) return zone;
  await deps.chats.update(chatId, { timeZone: zone });
  await recordChange(deps.audit, deps.clock.now(), chatId, actor, 'group.time-zone', zone, { from: chat?.timeZone ?? null, to: zone });
  return zone;
}
