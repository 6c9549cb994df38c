import { assembleElection, toPerson } from '../../../core/elections/assemble.ts';
import type { Election, Person } from '../../../core/elections/model.ts';
import type { ElectionRepository } from '../../../core/elections/ports.ts';
import type { PrismaClient } from '../generated/sqlite/client.ts';
import type { Election as ElectionRow } from '../generated/sqlite/client.ts';
import { candidacyFromRow, electionFromRow, personFromRow } from './prisma-election-mapping.ts';
import { REFERENCE_READ_MAX_AGE_MS, sharedRead } from './shared-read.ts';

const withCandidates = { candidacies: { include: { person: true } } } as const;
type Loaded = Awaited<ReturnType<PrismaClient['election']['findMany']>>[number] & {
  candidacies: (Parameters<typeof candidacyFromRow>[0] & { person: Parameters<typeof personFromRow>[0] })[];
};

function build(row: Loaded): Election {
  const people = new Map(row.candidacies.map((c) => [c.personId, personFromRow(c.person)]));
  return assembleElection(electionFromRow(row as ElectionRow), row.candidacies.map(candidacyFromRow), people);
}

/** Elections with candidacies and people, read in one query each. */
const readPeople = sharedRead(
  async (db: PrismaClient) => (await db.person.findMany({ orderBy: { id: 'asc' } })).map((r) => toPerson(personFromRow(r))),
  { keepMs: REFERENCE_READ_MAX_AGE_MS },
);

const readByAreas = sharedRead(
  async (db: PrismaClient, areaIds: readonly string[]) =>
    (
      await db.election.findMany({
        where: { areaId: { in: [...areaIds] } },
        include: withCandidates,
        orderBy: [{ pollDate: 'desc' }, { id: 'asc' }],
      })
    ).map((r) => build(r as Loaded)),
  { key: (areaIds) => [...areaIds].sort().join('\n'), keepMs: REFERENCE_READ_MAX_AGE_MS },
);

export class PrismaElectionRepository implements ElectionRepository {
  constructor(private readonly db: PrismaClient) {}

  async get(id: string): Promise<Election | null> {
    const row = await this.db.election.findUnique({ where: { id }, include: withCandidates });
    return row ? build(row as Loaded) : null;
  }

  /** Callers asking about the same areas within the reference-data age share one query (`sharedRead`). */
  async listByAreas(areaIds: readonly string[]): Promise<Election[]> {
    return areaIds.length === 0 ? [] : readByAreas(this.db, areaIds);
  }

  /** Callers within the reference-data age share one query (`sharedRead`). */
  listPeople(): Promise<Person[]> {
    return readPeople(this.db);
  }

  async listByPerson(personId: string): Promise<Election[]> {
    const rows = await this.db.election.findMany({
      where: { candidacies: { some: { personId } } },
      include: withCandidates,
      orderBy: [{ pollDate: 'desc' }, { id: 'asc' }],
    });
    return rows.map((r) => build(r as Loaded));
  }

  async findRerunOf(id: string): Promise<Election | null> {
    const row = await this.db.election.findFirst({ where: { replacesId: id }, include: withCandidates, orderBy: { pollDate: 'desc' } });
    return row ? build(row as Loaded) : null;
  }
}
