import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { privateText } from '../support/updates.ts';

describe.each(FRAMEWORKS)('GET /metrics under %s', (framework) => {
  let h: Harness;
  const scrape = async () => {
    const res = await fetch(`http://127.0.0.1:${h.app.http.port}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    return res.text();
  };
  const value = (text: string, series: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  beforeAll(async () => {
    h = await startHarness({ framework });
  });
  afterAll(async () => h?.stop());

  it('when updates come and a call gets 429, then updates, latency, calls, errors and 429s are counted', async () => {
    await h.send(privateText(4401, '/start'));
    h.fake.tooManyRequests(1, { method: 'sendMessage' });
    await h.send(privateText(4401, '/help'));
    await h.fake.waitFor('sendMessage', undefined, { after: 0, timeoutMs: 5000 });
    const text = await scrape();
    expect(value(text, 'akim_updates_total{type="message"}')).toBeGreaterThanOrEqual(2);
    expect(value(text, 'akim_update_handler_seconds_count{type="message"}')).toBeGreaterThanOrEqual(2);
    expect(value(text, 'akim_bot_api_calls_total{method="sendMessage"}')).toBeGreaterThanOrEqual(2);
    expect(value(text, 'akim_bot_api_errors_total{method="sendMessage",code="429"}')).toBe(1);
    expect(value(text, 'akim_bot_api_429_total{method="sendMessage"}')).toBe(1);
  });

  it('when rows wait in the outbox and a query fails, then outbox rows, their age, complaints and database errors show', async () => {
    const createdAt = new Date(Date.now() - 90_000);
    await h.app.db.prisma.outboxMessage.create({ data: { chatId: 4402n, kind: 'test', text: 'x', status: 'failed', createdAt } });
    await expect(h.app.db.prisma.$queryRawUnsafe('SELECT * FROM "NoSuchTable"')).rejects.toThrow();
    const text = await scrape();
    expect(value(text, 'akim_outbox_rows{status="failed"}')).toBe(1);
    expect(value(text, 'akim_outbox_oldest_pending_seconds')).toBeGreaterThanOrEqual(0);
    expect(value(text, 'akim_complaints_filed')).toBe(0);
    expect(value(text, 'akim_database_errors_total')).toBeGreaterThanOrEqual(1);
    expect(text).toContain('akim_process_cpu_seconds_total');
  });
});
