import type { ElectionDataValidator, ElectionImportStore, ImportTx } from './ports.ts';
import { type ImportRecords, RESULT_FIELDS, sameRecord, toRecords } from './records.ts';
import { validateElectionData } from './validate-election-data.ts';

export interface ChangeCount {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  areas: ChangeCount;
  people: ChangeCount;
  elections: ChangeCount;
  candidacies: ChangeCount & { removed: number };
  /** Elections whose results (or status) changed: scheduled posts announce these. */
  resultsChanged: string[];
}

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; errors: string[] };

const zero = (): ChangeCount => ({ created: 0, updated: 0, unchanged: 0 });

/** Saves rows that are new or differ from what is stored; counts what happened. */
async function sync<T extends { id: string }>(
  rows: T[],
  existing: T[],
  save: (row: T) => Promise<void>,
  count: ChangeCount,
  tick: () => void,
): Promise<void> {
  const stored = new Map(existing.map((r) => [r.id, r]));
  for (const row of rows) {
    tick();
    const old = stored.get(row.id);
    if (old && sameRecord(row, old, Object.keys(row) as (keyof T)[])) {
      count.unchanged++;
      continue;
    }
    await save(row);
    count[old ? 'updated' : 'created']++;
  }
}

async function writeAll(tx: ImportTx, rec: ImportRecords, tick: () => void): Promise<ImportSummary> {
  const s: ImportSummary = { areas: zero(), people: zero(), elections: zero(), candidacies: { ...zero(), removed: 0 }, resultsChanged: [] };
  await sync(rec.areas, await tx.findAreas(rec.areas.map((a) => a.id)), (r) => tx.saveArea(r), s.areas, tick);
  await sync(rec.people, await tx.findPeople(rec.people.map((p) => p.id)), (r) => tx.savePerson(r), s.people, tick);
  const electionIds = rec.elections.map((e) => e.id);
  const stored = new Map((await tx.findElections(electionIds)).map((e) => [e.id, e]));
  for (const row of rec.elections) {
    tick();
    const old = stored.get(row.id);
    const { resultsVersion: version = 0, ...oldRow } = old ?? {};
    if (old && sameRecord(row, oldRow as typeof row, Object.keys(row) as (keyof typeof row)[])) {
      s.elections.unchanged++;
      continue;
    }
    const resultsChanged = !old ? row.resultStatus !== null : !sameRecord(row, old, RESULT_FIELDS);
    await tx.saveElection({ ...row, resultsVersion: resultsChanged ? version + 1 : version });
    if (resultsChanged) s.resultsChanged.push(row.id);
    s.elections[old ? 'updated' : 'created']++;
  }
  const oldCandidacies = await tx.findCandidacies(electionIds);
  await sync(rec.candidacies, oldCandidacies, (r) => tx.saveCandidacy(r), s.candidacies, tick);
  // The file is the whole candidate list of each election it names: drop the ones it no longer has.
  const keep = new Set(rec.candidacies.map((c) => c.id));
  const gone = oldCandidacies.filter((c) => !keep.has(c.id)).map((c) => c.id);
  if (gone.length > 0) await tx.deleteCandidacies(gone);
  s.candidacies.removed = gone.length;
  await markVoteChanges(tx, rec, oldCandidacies, stored, s);
  return s;
}

/** A changed vote count is a results change too: bump the election's version once. */
async function markVoteChanges(
  tx: ImportTx,
  rec: ImportRecords,
  oldCandidacies: ImportRecords['candidacies'],
  stored: Map<string, { resultsVersion: number }>,
  s: ImportSummary,
): Promise<void> {
  const oldVotes = new Map(oldCandidacies.map((c) => [c.id, c.votes]));
  const newVotes = new Map(rec.candidacies.map((c) => [c.id, c.votes]));
  const touched = new Set<string>();
  for (const c of [...rec.candidacies, ...oldCandidacies]) {
    if ((oldVotes.get(c.id) ?? null) !== (newVotes.get(c.id) ?? null) && stored.has(c.electionId)) touched.add(c.electionId);
  }
  for (const row of rec.elections) {
    if (!touched.has(row.id) || s.resultsChanged.includes(row.id)) continue;
    const version = stored.get(row.id)!.resultsVersion;
    await tx.saveElection({ ...row, resultsVersion: version + 1 });
    s.resultsChanged.push(row.id);
  }
}

/**
 * Imports an election data file (YAML or JSON text): validates it completely first, then writes
 * everything in one transaction. Nothing is written when any error is found. Rows are matched by the
 * file's stable ids: the same file again changes nothing, an edited file updates rows in place.
 * `onRows` hears, before each row is written, how many rows (areas, people, elections, candidacies)
 * were reached of how many.
 */
export async function importElectionData(
  store: ElectionImportStore,
  text: string,
  validate: ElectionDataValidator = async (t, known) => validateElectionData(t, known),
  onRows?: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  const validation = await validate(text, await store.knownIds());
  if (!validation.ok) return validation;
  const records = toRecords(validation.data);
  const total = records.areas.length + records.people.length + records.elections.length + records.candidacies.length;
  let done = 0;
  const tick = () => onRows?.(done++, total);
  const summary = await store.transaction((tx) => writeAll(tx, records, tick));
  onRows?.(total, total);
  return { ok: true, summary };
}
