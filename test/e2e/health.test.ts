import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';

describe.each(FRAMEWORKS)('health and readiness under %s', (framework) => {
  let h: Harness;
  const probe = async (path: string) => {
    const res = await fetch(`http://127.0.0.1:${h.app.http.port}${path}`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    h = await startHarness({ framework });
  });
  afterAll(async () => h?.stop());

  it('when the database reads but refuses writes, then /healthz and /readyz say so; when it writes again, both are 200', async () => {
    expect(await probe('/healthz')).toEqual({ status: 200, body: { ok: true, database: 'ok' } });
    expect(await probe('/readyz')).toEqual({ status: 200, body: { ready: true } });

    await h.app.db.prisma.$executeRawUnsafe('PRAGMA query_only = ON');
    try {
      expect(await probe('/healthz')).toEqual({ status: 503, body: { ok: false, database: 'read-only' } });
      expect(await probe('/readyz')).toEqual({ status: 503, body: { ready: false } });
    } finally {
      await h.app.db.prisma.$executeRawUnsafe('PRAGMA query_only = OFF');
    }
    expect((await probe('/healthz')).status).toBe(200);
  });

  it('when the bot is stopping, then /readyz is no longer 200', async () => {
    const stopped = h.app.stop();
    const ready = await probe('/readyz').catch(() => ({ status: 503 }));
    expect(ready.status).toBe(503);
    await stopped;
  });
});
