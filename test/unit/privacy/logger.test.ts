import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';

describe("logs and a resident's words", () => {
  it('when an error quotes what a resident typed, then the logged message and stack are masked', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLogger('info', sink);
    log.error(
      { err: new Error('insert failed for "звоните 8(701)1234567, aliya@mail.kz" via bot123456:AAEhBP0av28FxfaJzQcvKrKGb7-KWhd9ABC') },
      'handler failed',
    );
    const out = lines.join('');
    expect(out).toMatch(/звоните •••, •••/);
    expect(out).not.toMatch(/1234567|aliya|AAEhBP0av/);
  });
});
