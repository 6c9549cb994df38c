import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, lazyChild } from '../../src/logger.ts';

function captured(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const out = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger(level, out), lines };
}

describe('per-update logger', () => {
  it('when the level is above debug, then lines still carry the bindings, redaction applies and disabled levels write nothing', async () => {
    const { log, lines } = captured('info');
    const child = lazyChild(log, { update_id: 5 });
    child.debug('not written');
    child.info({ text: 'what a resident typed' }, 'handled');
    child.child({ chat_type: 'group' }).warn('nested');
    await new Promise((r) => setImmediate(r));
    expect(lines.map((l) => [l.msg, l.update_id])).toEqual([
      ['handled', 5],
      ['nested', 5],
    ]);
    expect(lines[0]!.text).toBe('[redacted]');
    expect(lines[1]!.chat_type).toBe('group');
    expect(child.isLevelEnabled('debug')).toBe(false);
  });

  it('when the level is debug, then it is a pino child from the start', async () => {
    const { log, lines } = captured('debug');
    const child = lazyChild(log, { update_id: 6 });
    child.debug('written');
    await new Promise((r) => setImmediate(r));
    expect(lines.map((l) => [l.msg, l.update_id])).toEqual([['written', 6]]);
    expect(child.bindings()).toMatchObject({ update_id: 6 });
  });
});
