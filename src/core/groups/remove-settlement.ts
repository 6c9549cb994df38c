import type { ChatId } from '../ids.ts';
import type { GroupSettingsDeps } from './deps.ts';
import type { Actor } from './ports.ts';
import { recordChange } from './record-change.ts';

/** Removes a settlement from the group; when it was the main one, the next one (or none) takes over. */
export async function removeSettlement(deps: GroupSettingsDeps, chatId: ChatId, actor: Actor, areaId: string): Promise<void> {
  const had = await deps.settings.listAreas(chatId);
  if (!had.includes(areaId)) return; // pressed twice, or removed by another admin meanwhile
  await deps.settings.removeArea(chatId, areaId);
  const chat = (await deps.chats.find(chatId))!;
  if (chat.settlementId === areaId || (chat.settlementId && !had.includes(chat.settlementId))) {
    const rest = had.filter((id) => id !== areaId);
    await deps.chats.update(chatId, { settlementId: rest[0] ?? null });
  }
  await recordChange(deps.audit, deps.clock.now(), chatId, actor, 'group.settlement.remove', areaId, {});
}
