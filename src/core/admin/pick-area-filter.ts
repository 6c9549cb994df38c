import { searchAreas, pickArea } from '../areas/search-areas.ts';
import type { AreaEntry } from '../areas/area.ts';
import { DomainError } from '../errors.ts';
import { areaKey } from './inbox-state.ts';

/**
 * `/inbox Ойыл`, `/export abai/aqtoghai`: the area an admin typed (an id or a name in any script),
 * as an inbox area key. @throws DomainError ADMIN.AREA_NOT_FOUND
 */
export function pickAreaFilter(areas: readonly AreaEntry[], text: string): string | null {
  const query = text.trim();
  if (query === '') return null;
  const exact = areas.find((a) => a.id === query);
  if (exact) return areaKey(exact.id);
  const pick = pickArea(searchAreas(areas, query, { limit: 5 }));
  // Several equally good matches: the first is as good a guess as any, the filter line shows which.
  if (pick.kind === 'one') return areaKey(pick.match.area.id);
  if (pick.kind === 'many') return areaKey(pick.matches[0]!.area.id);
  throw new DomainError('ADMIN.AREA_NOT_FOUND', { query });
}
