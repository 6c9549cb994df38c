import type { PrismaDb } from '../client.ts';
import type { ResultsElection, ResultsStore } from '../../../core/admin/ports.ts';
import { surnameKey } from '../../../core/elections/model.ts';
import { referenceDataChanged } from './shared-read.ts';

const INCLUDE = { area: true, candidacies: { where: { status: 'registered' }, include: { person: true } } } as const;

type Row = Awaited<ReturnType<PrismaDb['election']['findMany']>>[number] & {
  area: { nameKk: string; nameRu: string; nameEn: string };
  candidacies: Array<{
    id: string;
    votes: number | null;
    ballotOrder: number | null;
    person: { nameRu: string | null; nameEn: string; nameKk: string | null };
  }>;
};

const toElection = (r: Row): ResultsElection => ({
  id: r.id,
  areaId: r.areaId,
  place: { kk: r.area.nameKk, ru: r.area.nameRu, en: r.area.nameEn },
  pollDate: r.pollDate,
  ballotsCast: r.ballotsCast,
  againstAll: r.againstAll,
  resultStatus: r.resultStatus === 'official' || r.resultStatus === 'preliminary' ? r.resultStatus : null,
  resultsVersion: r.resultsVersion,
  candidates: [...r.candidacies]
    .map((c) => ({
      id: c.id,
      name: c.person.nameRu ?? c.person.nameEn,
      votes: c.votes,
      order: c.ballotOrder ?? Number.MAX_SAFE_INTEGER,
      key: surnameKey(c.person.nameEn),
    }))
    .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key, 'en'))
    .map(({ order: _o, key: _k, ...c }) => c),
});

/** Results mean the vote took place; an annulled or cancelled election keeps its status. */
const heldIfScheduled = (status: string | undefined) => (status === 'scheduled' ? { status: 'held' } : {});

/**
 * Election-night writes. Each write and its resultsVersion bump share a transaction, so the posts
 * (which key on the version) never see a figure without its version.
 */
export class PrismaResultsEntryRepository implements ResultsStore {
  constructor(private readonly db: PrismaDb) {}

  async list(limit: number): Promise<ResultsElection[]> {
    const rows = await this.db.election.findMany({ orderBy: [{ pollDate: 'desc' }, { id: 'asc' }], take: limit, include: INCLUDE });
    return (rows as Row[]).map(toElection);
  }

  async get(id: string): Promise<ResultsElection | null> {
    const row = await this.db.election.findUnique({ where: { id }, include: INCLUDE });
    return row ? toElection(row as Row) : null;
  }

  async setVotes(electionId: string, candidacyId: string, votes: number, at: Date): Promise<void> {
    await this.written(() =>
      this.db.$transaction(async (tx) => {
        const { count } = await tx.candidacy.updateMany({ where: { id: candidacyId, electionId }, data: { votes } });
        if (count === 0) return;
        const e = await tx.election.findUnique({ where: { id: electionId }, select: { resultStatus: true, status: true } });
        await tx.election.update({
          where: { id: electionId },
          data: {
            resultsVersion: { increment: 1 },
            resultsPublishedAt: at,
            resultStatus: e?.resultStatus ?? 'preliminary',
            ...heldIfScheduled(e?.status),
          },
        });
      }),
    );
  }

  /** Kept reads of elections (answers to "who won?") are dropped once a results write committed. */
  private async written(write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } finally {
      referenceDataChanged(this.db);
    }
  }

  async setTotals(
    electionId: string,
    patch: { ballotsCast?: number; againstAll?: number; resultStatus?: 'preliminary' | 'official' },
    at: Date,
  ): Promise<void> {
    await this.written(() =>
      this.db.$transaction(async (tx) => {
        const e = await tx.election.findUnique({ where: { id: electionId }, select: { resultStatus: true, status: true } });
        if (!e) return;
        const status = patch.resultStatus ?? e.resultStatus ?? 'preliminary';
        await tx.election.update({
          where: { id: electionId },
          data: { ...patch, resultStatus: status, ...heldIfScheduled(e.status), resultsPublishedAt: at, resultsVersion: { increment: 1 } },
        });
      }),
    );
  }
}
