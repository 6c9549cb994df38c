import type { AreaEntry } from './area.ts';

/**
 * Read access to the area tree (province > district > settlement). The tree is small (hundreds to a
 * few thousand rows), so callers may load it whole with `listAll()` and search it in memory.
 */
export interface AreaRepository {
  /** Every area, any order. */
  listAll(): Promise<AreaEntry[]>;
  get(id: string): Promise<AreaEntry | null>;
  /** Direct children, sorted by their Russian name (stable for button lists). */
  children(id: string): Promise<AreaEntry[]>;
  /** Areas without a parent (provinces), sorted like `children`. */
  roots(): Promise<AreaEntry[]>;
}
