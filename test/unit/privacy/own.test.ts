import { describe, expect, it } from 'vitest';
import { parseCron } from '../../../src/core/time/cron.ts';
import { own } from '../../../src/core/own.ts';

describe('lookups keyed by outside input', () => {
  it('when the key names an Object.prototype member, then nothing is found', () => {
    const record = { e: 'elections' };
    for (const key of ['__proto__', 'constructor', 'hasOwnProperty', 'toString']) expect(own(record, key)).toBeUndefined();
    expect(own(record, 'e')).toBe('elections');
    expect(own(undefined, 'e')).toBeUndefined();
  });

  it('when a cron expression is a prototype member name, then it is refused, never thrown', () => {
    for (const expression of ['constructor', '__proto__', 'toString']) expect(parseCron(expression)).toMatchObject({ ok: false });
  });
});
