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

/** True when the actor works on the complaint's category (no category scope = every category). */
export function inCategoryScope(actor: Pick<Actor, 'categoryCodes'>, complaint: Pick<ComplaintRecord, 'categoryCode'>): boolean {
  return !actor.categoryCodes || actor.categoryCodes.includes(complaint.categoryCode);
}

/**
 * Combines the categories chosen in a filter with the actor's category scope: undefined = every
 * category, [] = nothing visible.
 */
export function scopedCategoryCodes(actor: Pick<Actor, 'categoryCodes'>, chosen?: string[]): string[] | undefined {
  if (!actor.categoryCodes) return chosen;
  if (!chosen) return [...actor.categoryCodes];
  return chosen.filter((code) => actor.categoryCodes!.includes(code));
}

/** A filter narrowed to what the actor may see (their areas and, when scoped, their categories). */
export function scopeFilter(
  filter: Omit<ComplaintQueryFilter, 'areaIds'> & { areaId?: string | null },
  scope: Set<string> | null,
  areas: readonly AreaEntry[],
  actor: Pick<Actor, 'categoryCodes'> = {},
): ComplaintQueryFilter {
  const { areaId, categoryCodes: chosen, ...rest } = filter;
  const areaIds = scopedAreaIds(scope, areas, areaId);
  const categoryCodes = scopedCategoryCodes(actor, chosen);
  return {
    ...rest,
    ...(areaIds === undefined ? {} : { areaIds }),
    ...(categoryCodes === undefined ? {} : { categoryCodes }),
  };
}
