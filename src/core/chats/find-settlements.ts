import { areaLabel } from '../areas/area.ts';
import { pickArea, searchAreas } from '../areas/search-areas.ts';
import type { Locale } from '../locale.ts';
import { button, message, msg, raw, type MessageReply } from '../replies.ts';
import { GROUP_AREA_KINDS } from './add-settlement.ts';
import type { GroupSettingsDeps } from './deps.ts';
import { fits } from './settings-menus.ts';

export interface SettlementOption {
  id: string;
  label: string;
}

/**
 * Finds the settlements an admin's text names (any script, typos, case endings: the areas search).
 * `clear` is true when one match stands out, so it can be taken without asking.
 */
export async function findSettlements(deps: Pick<GroupSettingsDeps, 'areas'>, query: string, locale: Locale, limit = 6): Promise<{ clear: boolean; options: SettlementOption[] }> {
  const all = await deps.areas.listAll();
  const pick = pickArea(searchAreas(all, query, { kinds: GROUP_AREA_KINDS, limit, prefix: true }));
  const matches = pick.kind === 'one' ? [pick.match] : pick.kind === 'many' ? pick.matches : [];
  const options = matches.filter((m) => fits('gs:a:', m.area.id)).slice(0, limit).map((m) => ({ id: m.area.id, label: areaLabel(all, m.area, locale) }));
  return { clear: pick.kind === 'one' && options.length === 1, options };
}

/** "Which one?" with a button per option, or "not found" with the way to the area tree. */
export function settlementChoices(options: SettlementOption[]): MessageReply {
  if (options.length === 0) return message(msg('setup-settlement-not-found'), [[button(msg('setup-btn-tree'), 'gs:t'), button(msg('setup-btn-back'), 'gs:m')]]);
  return message(msg('setup-settlement-choose'), [...options.map((o) => [button(raw(o.label), `gs:a:${o.id}`)]), [button(msg('setup-btn-back'), 'gs:m')]]);
}
