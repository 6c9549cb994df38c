import { describe, expect, it } from 'vitest';
import { importElectionData } from '../../../src/core/elections/import-election-data.ts';
import { InMemoryElectionStore } from '../../support/in-memory-election-store.ts';
import { exampleText } from '../../fixtures/elections.ts';

describe('importElectionData (in memory)', () => {
  it('when the same file is imported twice, then the second import writes nothing', async () => {
    const store = new InMemoryElectionStore();
    const first = await importElectionData(store, exampleText());
    expect(first.ok && first.summary.elections.created).toBe(3);
    const writes = store.writes;
    const second = await importElectionData(store, exampleText());
    expect(second.ok && second.summary).toMatchObject({ elections: { unchanged: 3 }, candidacies: { unchanged: 8 }, resultsChanged: [] });
    expect(store.writes).toBe(writes);
  });

  it('when a vote count is edited, then the row is updated in place and the results version bumps', async () => {
    const store = new InMemoryElectionStore();
    await importElectionData(store, exampleText());
    const outcome = await importElectionData(store, exampleText().replace('votes: 943', 'votes: 950'));
    expect(outcome.ok && outcome.summary).toMatchObject({ candidacies: { updated: 1 }, resultsChanged: ['aqtobe/oiyl/2023-11-05'] });
    const e = await store.get('aqtobe/oiyl/2023-11-05');
    expect(e?.candidacies.find((c) => c.person.id === 'arslanbek-aldiyar')?.votes).toBe(950);
    expect(e?.results?.version).toBe(2);
  });

  it('when a candidate is dropped from an election, then their candidacy is removed', async () => {
    const store = new InMemoryElectionStore();
    await importElectionData(store, exampleText());
    const outcome = await importElectionData(store, exampleText().replace(/ {6}- person: arslanbek-aldiyar\n {8}votes: 943\n/, ''));
    expect(outcome.ok && outcome.summary.candidacies.removed).toBe(1);
    expect((await store.get('aqtobe/oiyl/2023-11-05'))?.candidacies).toHaveLength(2);
  });

  it('when the file is invalid, then nothing is written', async () => {
    const store = new InMemoryElectionStore();
    const outcome = await importElectionData(store, exampleText().replace('votes: 943', 'votes: many'));
    expect(outcome).toEqual({ ok: false, errors: ['elections[2].candidates[2].votes: expected a whole number >= 0'] });
    expect(store.writes).toBe(0);
    expect(await store.get('aqtobe/oiyl/2023-11-05')).toBeNull();
  });

  it('when a later file refers to areas loaded earlier, then it is accepted', async () => {
    const store = new InMemoryElectionStore();
    await importElectionData(store, exampleText());
    const later =
      'version: 1\nelections:\n  - id: aqtobe/oiyl/2027-11-07\n    area: aqtobe/oiyl\n    pollDate: 2027-11-07\n    candidates:\n      - person: aibek-sultanov\n';
    expect((await importElectionData(store, later)).ok).toBe(true);
  });
});
