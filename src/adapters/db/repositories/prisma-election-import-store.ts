import type { ElectionImportStore, ImportTx } from '../../../core/elections/ports.ts';
import type { PrismaClient } from '../generated/sqlite/client.ts';
import {
  areaFromRow,
  areaToRow,
  candidacyFromRow,
  candidacyToRow,
  electionFromRow,
  electionToRow,
  personFromRow,
  personToRow,
} from './prisma-election-mapping.ts';
import { referenceDataChanged } from './shared-read.ts';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

function importTx(tx: Tx): ImportTx {
  return {
    findAreas: async (ids) => (await tx.area.findMany({ where: { id: { in: ids } } })).map(areaFromRow),
    findPeople: async (ids) => (await tx.person.findMany({ where: { id: { in: ids } } })).map(personFromRow),
    findElections: async (ids) => (await tx.election.findMany({ where: { id: { in: ids } } })).map(electionFromRow),
    findCandidacies: async (ids) => (await tx.candidacy.findMany({ where: { electionId: { in: ids } } })).map(candidacyFromRow),
    saveArea: async (a) => {
      const row = areaToRow(a);
      await tx.area.upsert({ where: { id: a.id }, create: row, update: row });
    },
    savePerson: async (p) => {
      const row = personToRow(p);
      await tx.person.upsert({ where: { id: p.id }, create: row, update: row });
    },
    saveElection: async (e) => {
      const row = electionToRow(e);
      await tx.election.upsert({ where: { id: e.id }, create: row, update: row });
    },
    saveCandidacy: async (c) => {
      const row = candidacyToRow(c);
      await tx.candidacy.upsert({ where: { id: c.id }, create: row, update: row });
    },
    deleteCandidacies: async (ids) => {
      await tx.candidacy.deleteMany({ where: { id: { in: ids } } });
    },
  };
}

/** Imports land in one interactive transaction: a failure anywhere writes nothing. */
export class PrismaElectionImportStore implements ElectionImportStore {
  constructor(private readonly db: PrismaClient) {}

  async knownIds() {
    const [areas, people, elections] = await Promise.all([
      this.db.area.findMany({ select: { id: true } }),
      this.db.person.findMany({ select: { id: true } }),
      this.db.election.findMany({ select: { id: true } }),
    ]);
    return {
      areaIds: new Set(areas.map((r) => r.id)),
      personIds: new Set(people.map((r) => r.id)),
      electionIds: new Set(elections.map((r) => r.id)),
    };
  }

  transaction<T>(fn: (tx: ImportTx) => Promise<T>): Promise<T> {
    // Large files take a while on a cold PostgreSQL; the default 5 s would abort a valid import.
    // Reads kept from before the import are dropped once it committed (or failed: then nothing changed).
    return this.db
      .$transaction((tx) => fn(importTx(tx as Tx)), { timeout: 60_000, maxWait: 10_000 })
      .finally(() => referenceDataChanged(this.db));
  }
}
