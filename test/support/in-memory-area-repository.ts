import type { AreaEntry } from '../../src/core/areas/area.ts';
import type { AreaRepository } from '../../src/core/areas/ports.ts';

const byName = (a: AreaEntry, b: AreaEntry): number => a.names.ru.localeCompare(b.names.ru, 'ru');

/** An AreaRepository over a fixed list: for unit tests and tools that have the tree already. */
export class InMemoryAreaRepository implements AreaRepository {
  constructor(private readonly areas: AreaEntry[]) {}

  async listAll(): Promise<AreaEntry[]> {
    return [...this.areas];
  }

  async get(id: string): Promise<AreaEntry | null> {
    return this.areas.find((a) => a.id === id) ?? null;
  }

  async children(id: string): Promise<AreaEntry[]> {
    return this.areas.filter((a) => a.parentId === id).sort(byName);
  }

  async roots(): Promise<AreaEntry[]> {
    return this.areas.filter((a) => a.parentId === null).sort(byName);
  }
}
