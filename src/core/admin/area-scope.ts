import { subtreeIds, type AreaEntry } from '../areas/area.ts';
import type { ComplaintRecord } from '../complaints/types.ts';
import type { ComplaintQueryFilter } from './complaint-filter.ts';
import type { Actor } from './types.ts';

/**
 * The settlements an actor may see: null = everything; otherwise their areas and every area below
 * them (a district admin sees its settlements).
 */
export function scopeOf(actor: Pick<Actor, 'areaIds'>, areas: readonly AreaEntry[]): Set<string> | null {
  if (actor.areaIds === null) return null;
  const ids = new Set<string>();
  for (const id of actor.areaIds) for (const sub of subtreeIds(areas, id)) ids.add(sub);
  return ids;
}

/** True when the complaint's settlement is inside the scope (no settlement = only unlimited staff). */
export function inScope(scope: Set<string> | null, complaint: Pick<ComplaintRecord, 'areaId'>): boolean {
  if (scope === null) return true;
  return complaint.areaId !== null && scope.has(complaint.areaId);
}

/**
 * Combines a chosen area (counting its descendants) with the actor's scope into the filter's areaIds:
 * undefined = every area, [] = nothing visible.
 */
export function scopedAreaIds(scope: Set<string> | null, areas: readonly AreaEntry[], chosenAreaId?: string | null): string[] | undefined {
  const chosen = chosenAreaId ? subtreeIds(areas, chosenAreaId) : null;
  if (scope === null) return chosen ? [...chosen] : undefined;
  if (!chosen) return [...scope];
  return [...chosen].filter((id) => scope.has(id));
}

/** A filter narrowed to what the actor may see. */
export function scopeFilter(
  filter: Omit<ComplaintQueryFilter, 'areaIds'> & { areaId?: string | null },
  scope: Set<string> | null,
  areas: readonly AreaEntry[],
): ComplaintQueryFilter {
  const { areaId, ...rest } = filter;
  const areaIds = scopedAreaIds(scope, areas, areaId);
  return areaIds === undefined ? rest : { ...rest, areaIds };
}
