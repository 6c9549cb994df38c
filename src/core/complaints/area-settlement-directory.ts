import { areaLabel } from '../areas/area.ts';
import type { AreaRepository } from '../areas/ports.ts';
import { pickArea, searchAreas } from '../areas/search-areas.ts';
import type { Locale } from '../locale.ts';
import type { SettlementDirectory, SettlementOption } from './ports.ts';

/**
 * Places a complaint can be about: settlements, rural okrugs, towns and districts (a district centre
 * such as Oiyl is often known only as its district), from the elections' area tree, found with its fuzzy search (Ойыл = Oiyl = Oyil, typos).
 * One clear winner comes back alone; close candidates come back together for buttons.
 */
export class AreaSettlementDirectory implements SettlementDirectory {
  constructor(private readonly areas: Pick<AreaRepository, 'listAll' | 'get'>) {}

  async search(query: string, locale: Locale, limit: number): Promise<SettlementOption[]> {
    const all = await this.areas.listAll();
    const pick = pickArea(searchAreas(all, query, { kinds: ['settlement', 'okrug', 'city', 'district'], limit }));
    const matches = pick.kind === 'one' ? [pick.match] : pick.kind === 'many' ? pick.matches : [];
    return matches.slice(0, limit).map((m) => ({ id: m.area.id, label: areaLabel(all, m.area, locale) }));
  }

  async get(id: string, locale: Locale): Promise<SettlementOption | null> {
    const area = await this.areas.get(id);
    if (!area) return null;
    return { id, label: areaLabel(await this.areas.listAll(), area, locale) };
  }
}
