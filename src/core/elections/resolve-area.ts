import type { AreaEntry } from '../areas/area.ts';
import { pickArea, searchAreas } from '../areas/search-areas.ts';

export type AreaResolution =
  | { kind: 'area'; area: AreaEntry; fromText: boolean }
  | { kind: 'choose'; choices: AreaEntry[] }
  | { kind: 'not-found'; query: string }
  | { kind: 'unknown' };

/**
 * Which area a request is about: the place typed (searched fuzzily), else the known one (the
 * resident's remembered settlement or the group's), else unknown (ask with buttons).
 */
export function resolveArea(areas: readonly AreaEntry[], placeText: string | null, knownAreaId: string | null): AreaResolution {
  const query = placeText?.trim() ?? '';
  if (query) {
    const pick = pickArea(searchAreas(areas, query, { minScore: 0.7 }));
    if (pick.kind === 'one') return { kind: 'area', area: pick.match.area, fromText: true };
    if (pick.kind === 'many') return { kind: 'choose', choices: pick.matches.map((m) => m.area) };
    return { kind: 'not-found', query };
  }
  const known = knownAreaId ? areas.find((a) => a.id === knownAreaId) : undefined;
  return known ? { kind: 'area', area: known, fromText: false } : { kind: 'unknown' };
}
