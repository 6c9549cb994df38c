import { describe, expect, it } from 'vitest';
import { DATA_LIMITS, nestingError } from '../../../src/core/elections/data-limits.ts';
import { validateElectionData } from '../../../src/core/elections/validate-election-data.ts';
import { aliasBomb } from '../../fixtures/hostile-data.ts';

const errorsOf = (text: string): string[] => {
  const r = validateElectionData(text);
  return r.ok ? [] : r.errors;
};

describe('hostile election data files', () => {
  it('when a file is an alias bomb, then it is refused with the line where it goes off', () => {
    expect(errorsOf(aliasBomb())).toEqual([expect.stringMatching(/^line 11, column \d+: aliases expand to more than 100 nodes/)]);
  });

  it('when 2 MB of nested brackets arrive, then they are refused at the first level too deep, before any parsing', () => {
    const text = '['.repeat(1 << 20) + ']'.repeat(1 << 20);
    const before = process.memoryUsage().heapUsed;
    expect(errorsOf(text)).toEqual([`line 1, column ${DATA_LIMITS.maxFlowDepth + 1}: nested more than 64 levels deep`]);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
    expect(errorsOf('a:\n  - ' + '{b: '.repeat(70) + '1' + '}'.repeat(70))).toEqual([
      'line 2, column 261: nested more than 64 levels deep',
    ]);
  });

  it('when nesting is written as chained dashes, deep indentation or a huge list, then each is refused with its line', () => {
    expect(nestingError('- '.repeat(100) + 'x')).toBe('line 1, column 65: nested more than 32 levels deep');
    expect(nestingError('a:\n' + ' '.repeat(300) + 'b: 1')).toBe('line 2, column 301: indented more than 256 columns');
    expect(nestingError('[' + '1,'.repeat(30_000) + '1]')).toMatch(/^line 1, column \d+: more than 20000 entries in one file; split it/);
  });

  it('when brackets, quotes and comments are ordinary text, then they are not counted as nesting', () => {
    const text = `version: 1 # [[[[[[[[[[
note: "${'['.repeat(100)}"
other: '${'{'.repeat(100)}'
title: Kazakhstan's [1] vote
`;
    expect(nestingError(text)).toBeNull();
  });

  it('when a key repeats in a mapping, then the repeat is named by its line', () => {
    expect(errorsOf('version: 1\nareas: []\nversion: 1\n')).toEqual(['line 3, column 1: Map keys must be unique ("version" repeats)']);
  });
});
