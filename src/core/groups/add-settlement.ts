import { areaLabel } from '../areas/area.ts';
import { DomainError } from '../errors.ts';
import type { ChatId } from '../ids.ts';
import type { Locale } from '../locale.ts';
import type { GroupSettingsDeps } from './deps.ts';
import type { Actor } from './ports.ts';
import { recordChange } from './record-change.ts';

/** Kinds of area a group may be about. */
export const GROUP_AREA_KINDS = ['settlement', 'okrug', 'city', 'district'] as const;

/**
 * Adds a settlement to the group. The first one becomes the group's main settlement (what
 * /elections answers for) and marks setup as done. Returns the settlement's label.
 */
export async function addSettlement(
  deps: GroupSettingsDeps,
  chatId: ChatId,
  actor: Actor,
  areaId: string,
  locale: Locale,
): Promise<string> {
  const area = await deps.areas.get(areaId);
  if (!area || !(GROUP_AREA_KINDS as readonly string[]).includes(area.kind)) throw new DomainError('BUTTON.STALE');
  const chat = (await deps.chats.find(chatId))!;
  const had = await deps.settings.listAreas(chatId);
  if (!had.includes(areaId)) await deps.settings.addArea(chatId, areaId);
  const main = chat.settlementId && had.includes(chat.settlementId) ? chat.settlementId : areaId;
  await deps.chats.update(chatId, { settlementId: main, setupDone: true });
  if (!had.includes(areaId)) {
    await recordChange(deps.audit, deps.clock.now(), chatId, actor, 'group.settlement.add', areaId, { main: main === areaId });
  }
  return areaLabel(await deps.areas.listAll(), area, locale);
}
