import type { AreaEntry } from '../../src/core/areas/area.ts';
import type { AreaRepository } from '../../src/core/areas/ports.ts';
import { InMemoryAreaRepository } from './in-memory-area-repository.ts';
import { assembleElection, toAreaEntry, toPerson } from '../../src/core/elections/assemble.ts';
import type { Election, Person } from '../../src/core/elections/model.ts';
import type { ElectionImportStore, ElectionRepository, ImportTx } from '../../src/core/elections/ports.ts';
import type { AreaRecord, CandidacyRecord, ElectionRecord, PersonRecord } from '../../src/core/elections/records.ts';

type Tables = {
  areas: Map<string, AreaRecord>;
  people: Map<string, PersonRecord>;
  elections: Map<string, ElectionRecord & { resultsVersion: number }>;
  candidacies: Map<string, CandidacyRecord>;
};

const copy = (t: Tables): Tables => ({
  areas: new Map(t.areas),
  people: new Map(t.people),
  elections: new Map(t.elections),
  candidacies: new Map(t.candidacies),
});

/**
 * Elections and areas in memory, with the same contracts as the Prisma adapters: for unit tests and
 * for tools that work from a file (`npm run eval:questions`). A transaction works on a copy that
 * replaces the tables only when it completes.
 */
export class InMemoryElectionStore implements ElectionImportStore, ElectionRepository {
  private t: Tables = { areas: new Map(), people: new Map(), elections: new Map(), candidacies: new Map() };
  /** How many writes were made, so tests can tell "changed nothing" from "wrote the same". */
  writes = 0;

  async knownIds() {
    return {
      areaIds: new Set(this.t.areas.keys()),
      personIds: new Set(this.t.people.keys()),
      electionIds: new Set(this.t.elections.keys()),
    };
  }

  async transaction<T>(fn: (tx: ImportTx) => Promise<T>): Promise<T> {
    const draft = copy(this.t);
    const pick = <R>(m: Map<string, R>, ids: string[]) => ids.flatMap((id) => (m.has(id) ? [m.get(id)!] : []));
    const write =
      <R extends { id: string }>(m: Map<string, R>) =>
      async (row: R) => {
        this.writes++;
        m.set(row.id, { ...row });
      };
    const tx: ImportTx = {
      findAreas: async (ids) => pick(draft.areas, ids),
      findPeople: async (ids) => pick(draft.people, ids),
      findElections: async (ids) => pick(draft.elections, ids),
      findCandidacies: async (ids) => [...draft.candidacies.values()].filter((c) => ids.includes(c.electionId)),
      saveArea: write(draft.areas),
      savePerson: write(draft.people),
      saveElection: write(draft.elections),
      saveCandidacy: write(draft.candidacies),
      deleteCandidacies: async (ids) => {
        this.writes++;
        ids.forEach((id) => draft.candidacies.delete(id));
      },
    };
    const result = await fn(tx);
    this.t = draft;
    return result;
  }

  private build(e: ElectionRecord & { resultsVersion: number }): Election {
    return assembleElection(e, [...this.t.candidacies.values()], this.t.people);
  }

  async get(id: string): Promise<Election | null> {
    const e = this.t.elections.get(id);
    return e ? this.build(e) : null;
  }

  async listByAreas(areaIds: readonly string[]): Promise<Election[]> {
    return [...this.t.elections.values()]
      .filter((e) => areaIds.includes(e.areaId))
      .sort((a, b) => b.pollDate.getTime() - a.pollDate.getTime() || a.id.localeCompare(b.id))
      .map((e) => this.build(e));
  }

  async findRerunOf(id: string): Promise<Election | null> {
    const e = [...this.t.elections.values()].find((x) => x.replacesId === id);
    return e ? this.build(e) : null;
  }

  async listPeople(): Promise<Person[]> {
    return [...this.t.people.values()].map(toPerson);
  }

  async listByPerson(personId: string): Promise<Election[]> {
    const ids = new Set([...this.t.candidacies.values()].filter((c) => c.personId === personId).map((c) => c.electionId));
    return (await this.listByAreas([...new Set([...this.t.elections.values()].map((e) => e.areaId))])).filter((e) => ids.has(e.id));
  }

  /** The areas loaded so far, as an AreaRepository. */
  areaRepository(): AreaRepository {
    return new InMemoryAreaRepository([...this.t.areas.values()].map(toAreaEntry) as AreaEntry[]);
  }
}
