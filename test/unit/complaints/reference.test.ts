import { describe, expect, it } from 'vitest';
import { counterName, formatReference, isReference, parseReference } from '../../../src/core/complaints/reference.ts';

describe('complaint references', () => {
  it('when formatting, then the sequence is zero-padded to six digits', () => {
    expect(formatReference(2026, 123)).toBe('C-2026-000123');
    expect(formatReference(2026, 1234567)).toBe('C-2026-1234567');
  });

  it.each([
    ['C-2026-000123', 'C-2026-000123'],
    ['c-2026-123', 'C-2026-000123'],
    ['  C-2026-7 ', 'C-2026-000007'],
    ['C-2026-000000', null],
    ['2026-000123', null],
    ['C-26-000123', null],
  ])('when parsing %j, then it reads %j', (text, expected) => {
    expect(parseReference(text)?.reference ?? null).toBe(expected);
  });

  it('when checking strict form, then only canonical references pass', () => {
    expect(isReference('C-2026-000123')).toBe(true);
    expect(isReference('c-2026-123')).toBe(false);
  });

  it('when naming the counter, then it is per year', () => {
    expect(counterName(2026)).not.toBe(counterName(2027));
  });
});
