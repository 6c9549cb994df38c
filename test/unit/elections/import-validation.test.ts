import { describe, expect, it } from 'vitest';
import { validateElectionData } from '../../../src/core/elections/validate-election-data.ts';
import { electionDataJsonSchema } from '../../../src/core/elections/import-format.ts';
import { exampleText } from '../../fixtures/elections.ts';

const errorsOf = (text: string): string[] => {
  const v = validateElectionData(text);
  return v.ok ? [] : v.errors;
};

describe('validateElectionData', () => {
  it('when the sample file is validated, then it is valid', () => {
    expect(validateElectionData(exampleText()).ok).toBe(true);
  });

  it('when a vote count is negative or fractional, then the error names its place', () => {
    const text = exampleText().replace('votes: 943', 'votes: -3').replace('votes: 72', 'votes: 7.5');
    expect(errorsOf(text)).toEqual([
      'elections[0].candidates[2].votes: expected a whole number >= 0',
      'elections[2].candidates[2].votes: expected a whole number >= 0',
    ]);
  });

  it('when a date is not a date, then the error names the field', () => {
    expect(errorsOf(exampleText().replace('pollDate: 2023-10-12', 'pollDate: 12.10.2023'))).toEqual([
      'elections[1].pollDate: expected a date YYYY-MM-DD',
    ]);
  });

  it('when a reference points nowhere, then the error names the reference and the missing id', () => {
    const text = exampleText().replace('area: aqtobe/oiyl', 'area: aqtobe/oyil').replace('- person: aibek-sultanov', '- person: aibek');
    expect(errorsOf(text)).toEqual([
      'elections[2].area: unknown area "aqtobe/oyil"',
      'elections[2].candidates[1].person: unknown person "aibek"',
    ]);
  });

  it('when a file has both a type error and unknown references, then one run reports them all', () => {
    const text = exampleText()
      .replace('votes: 943', 'votes: "943 votes"')
      .replace('area: aqtobe/oiyl', 'area: aqtobe/oyil')
      .replace('- person: aibek-sultanov', '- person: aibek');
    expect(errorsOf(text)).toEqual([
      expect.stringMatching(/^elections\[2\]\.candidates\[2\]\.votes: /),
      'elections[2].area: unknown area "aqtobe/oyil"',
      'elections[2].candidates[1].person: unknown person "aibek"',
    ]);
  });

  it('when an unknown status or field is used, then zod names it', () => {
    const errs = errorsOf(
      exampleText()
        .replace('status: annulled', 'status: void')
        .replace('office: akim\n    pollDate: 2023-11-05', 'office: akim\n    pollday: 1\n    pollDate: 2023-11-05'),
    );
    expect(errs).toHaveLength(2);
    expect(errs[0]).toMatch(/^elections\[0\]\.status: /);
    expect(errs[1]).toMatch(/^elections\[2\]: .*pollday/);
  });

  it('when ids repeat or a rerun replaces itself, then each is reported', () => {
    const text = exampleText()
      .replace('replaces: abai/aqtoghai/2023-09-17', 'replaces: abai/aqtoghai/2023-10-12')
      .replace('- id: zair-kesikbaev', '- id: dastan-aubakirov');
    expect(errorsOf(text)).toEqual(
      expect.arrayContaining([
        'people[1].id: "dastan-aubakirov" is already used by people[0]',
        'elections[1].replaces: an election cannot replace itself',
      ]),
    );
  });

  it('when ballots cast are fewer than the votes counted, then the totals are refused', () => {
    const text = exampleText().replace('againstAll: 141', 'againstAll: 141\n      ballotsCast: 100');
    expect(errorsOf(text)).toEqual([
      'elections[2].results.ballotsCast: 100 is less than the votes, against all and spoilt ballots together (6980)',
    ]);
  });

  it('when a name or statement is too long, then the error says how long it may be (not "expected text")', () => {
    const text = exampleText().replace('en: Oiyl District', `en: ${'O'.repeat(101)}`);
    expect(errorsOf(text)).toEqual(['areas[3].names.en: expected at most 100 characters']);
  });

  it('when the YAML itself is broken, then the error gives the line', () => {
    expect(errorsOf('version: 1\nareas: [\n')[0]).toMatch(/^line \d+, column \d+: /);
  });

  it('when the file is JSON, then it is read the same way', () => {
    expect(
      validateElectionData(JSON.stringify({ version: 1, areas: [{ id: 'x', kind: 'province', names: { kk: 'X', ru: 'X', en: 'X' } }] })).ok,
    ).toBe(true);
  });

  it('when the JSON Schema is generated, then it describes the same top-level fields', () => {
    const schema = electionDataJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(['version', 'areas', 'people', 'elections']);
    expect(schema.required).toContain('version');
  });
});
