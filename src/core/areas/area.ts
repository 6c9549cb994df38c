import type { Locale } from '../locale.ts';

/** Levels of the area tree. Kazakhstan: province (oblys) > district (audan) > settlement / okrug; cities sit at any level. */
export const AREA_KINDS = ['province', 'district', 'settlement', 'okrug', 'city'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/**
 * One place in the area tree, as core sees it. `id` is the stable key from the import file
 * (e.g. "abai/aqtoghai"); `aliases` are other spellings residents type (Latin, Cyrillic, old forms).
 */
export interface AreaEntry {
  id: string;
  parentId: string | null;
  kind: AreaKind;
  names: Record<Locale, string>;
  aliases: string[];
}

/** The area's name in a locale (falls back to Russian, then English, which every import has). */
export function areaName(area: AreaEntry, locale: Locale): string {
  return area.names[locale] || area.names.ru || area.names.en;
}

/** Ancestors first, the area itself last. Stops at a missing parent or a cycle. */
export function areaPath(areas: readonly AreaEntry[], area: AreaEntry): AreaEntry[] {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const path: AreaEntry[] = [area];
  const seen = new Set([area.id]);
  let parent = area.parentId ? byId.get(area.parentId) : undefined;
  while (parent && !seen.has(parent.id)) {
    path.unshift(parent);
    seen.add(parent.id);
    parent = parent.parentId ? byId.get(parent.parentId) : undefined;
  }
  return path;
}

/** "Aqtoghai, Abai province": the area and its ancestors, nearest first, for telling namesakes apart. */
export function areaLabel(areas: readonly AreaEntry[], area: AreaEntry, locale: Locale): string {
  return areaPath(areas, area)
    .reverse()
    .map((a) => areaName(a, locale))
    .join(', ');
}

/** The area and every area below it (ids), e.g. a province and its districts and settlements. */
export function subtreeIds(areas: readonly AreaEntry[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of areas) {
      if (a.parentId && ids.has(a.parentId) && !ids.has(a.id)) {
        ids.add(a.id);
        grew = true;
      }
    }
  }
  return ids;
}
