import { areaLabel } from '../areas/area.ts';
import { pickArea, searchAreas } from '../areas/search-areas.ts';
import type { Locale } from '../locale.ts';
import { message, msg, raw, type MessageReply } from '../replies.ts';
import { GROUP_AREA_KINDS } from './add-settlement.ts';
import type { GroupSettingsDeps } from './deps.ts';
import { groupsData } from './buttons.ts';

export interface SettlementOption {
  id: string;
  label: string;
}

/**
 * Finds the settlements an admin's text names (any script, typos, case endings: the areas search).
 * `clear` is true when one match stands out, so it can be taken without asking.
 */
export async function findSettlements(
  deps: Pick<GroupSettingsDeps, 'areas'>,
  query: string,
  locale: Locale,
  limit = 6,
): Promise<{ clear: boolean; options: SettlementOption[] }> {
  const all = await deps.areas.listAll();
  const pick = pickArea(searchAreas(all, query, { kinds: GROUP_AREA_KINDS, limit, prefix: true }));
  const matches = pick.kind === 'one' ? [pick.match] : pick.kind === 'many' ? pick.matches : [];
  const options = matches
    .filter((m) => groupsData.tryEncode({ op: 'a', areaId: m.area.id }) !== null)
    .slice(0, limit)
    .map((m) => ({ id: m.area.id, label: areaLabel(all, m.area, locale) }));
  return { clear: pick.kind === 'one' && options.length === 1, options };
}

/** "Which one?" with a button per option, or "not found" with the way to the area tree. */
export function settlementChoices(options: SettlementOption[]): MessageReply {
  if (options.length === 0)
    return message(msg('groups-settlement-not-found'), [
      [
        groupsData.button(msg('groups-button-tree'), { op: 't', areaId: '', page: null }),
        groupsData.button(msg('groups-button-back'), { op: 'm' }),
      ],
    ]);
  return message(msg('groups-settlement-choose'), [
    ...options.map((o) => [groupsData.button(raw(o.label), { op: 'a', areaId: o.id })]),
    [groupsData.button(msg('groups-button-back'), { op: 'm' })],
  ]);
}
