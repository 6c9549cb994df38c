import { readFileSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { workerValidator } from '../../src/adapters/elections/validate-in-worker.ts';
import { validateElectionData } from '../../src/core/elections/validate-election-data.ts';
import { aliasBomb } from '../fixtures/hostile-data.ts';

const none = { areaIds: new Set<string>(), personIds: new Set<string>(), electionIds: new Set<string>() };
const sample = readFileSync(new URL('../../data/examples/kazakhstan-2023.yaml', import.meta.url), 'utf8');

describe('election data files read in a worker thread', () => {
  const validate = workerValidator();

  it('when a valid file is read in the worker, then the outcome is the same as reading it in place', async () => {
    const inWorker = await validate(sample, none);
    expect(inWorker.ok).toBe(true);
    expect(inWorker).toEqual(validateElectionData(sample, none));
  });

  it('when a file refers to ids already stored, then the worker sees them', async () => {
    const text = 'version: 1\nelections:\n  - id: e1\n    area: stored-area\n    pollDate: 2026-03-01\n';
    expect((await validate(text, none)).ok).toBe(false);
    expect(await validate(text, { ...none, areaIds: new Set(['stored-area']) })).toMatchObject({ ok: true });
  });

  it('when a hostile file is read, then its error comes back with the line, as in place', async () => {
    expect(await validate(aliasBomb(), none)).toEqual(validateElectionData(aliasBomb(), none));
  });

  it('while a file is being read, then the bot thread keeps turning (reading in place would finish first)', async () => {
    const order: string[] = [];
    const reading = validate(sample, none).then(() => order.push('read'));
    await nextTurn();
    order.push('other work');
    await reading;
    expect(order).toEqual(['other work', 'read']);

    const inPlace: string[] = [];
    const direct = (async () => validateElectionData(sample, none))().then(() => inPlace.push('read'));
    await nextTurn();
    inPlace.push('other work');
    await direct;
    expect(inPlace).toEqual(['read', 'other work']);
  });

  it('when reading takes longer than allowed, then the file is refused and the worker stopped', async () => {
    const slow = workerValidator({ timeoutMs: 1 });
    expect(await slow(sample, none)).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^\(file\): reading the file took longer than/)],
    });
  });

  it('when reading needs more memory than allowed, then the file is refused instead of growing the bot', async () => {
    const limited = workerValidator({ maxHeapMb: 48 });
    // 2 MB that keeps the nesting and entry limits but takes the YAML parser seconds and over 100 MB.
    const area = (i: number) =>
      `  - id: a${i}\n    kind: settlement\n    names: {kk: "Ауыл ${i}", ru: "Аул ${i}", en: "Aul ${i}"}\n    aliases: ["${'ы'.repeat(700)}"]`;
    const heavy = `version: 1\nareas:\n${Array.from({ length: 1_400 }, (_, i) => area(i)).join('\n')}\n`;
    expect(heavy.length).toBeLessThan(2 * 1024 * 1024);
    expect(await limited('version: 1\n', none)).toMatchObject({ ok: true });
    expect(await limited(heavy, none)).toEqual({ ok: false, errors: [expect.stringMatching(/needs more than 48 MB of memory/)] });
  });
});
