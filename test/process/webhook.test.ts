import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../../src/emulator/bot-api.ts';
import { FRAMEWORKS, removeAllTempSqlite, tempSqliteUrl } from '../support/harness.ts';
import { startBotProcess } from '../support/process.ts';
import { privateText } from '../support/updates.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe.each(FRAMEWORKS)('the real process in webhook mode under %s', (framework) => {
  let fake: FakeBotApi;
  beforeAll(async () => {
    fake = await startFakeBotApi();
  });
  afterAll(async () => {
    await fake?.close();
    removeAllTempSqlite();
  });

  it('when Telegram posts with the secret, then the bot answers; a wrong or missing secret is refused; SIGTERM exits 0', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram/hook`;
    const p = startBotProcess({
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_URL: tempSqliteUrl(),
      BOT_FRAMEWORK: framework,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: url,
      WEBHOOK_SECRET: 'hook_secret-123',
      PORT: String(port),
      LOG_LEVEL: 'info',
    });
    try {
      await p.waitForLog((l) => l.msg === 'bot started', 60_000);
      const setWebhook = await fake.waitFor('setWebhook');
      expect(setWebhook.params).toMatchObject({ url, secret_token: 'hook_secret-123' });

      const post = (headers: Record<string, string>) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(privateText(6001, '/help', { updateId: 77 })),
        });
      expect([401, 403]).toContain((await post({})).status);
      expect([401, 403]).toContain((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'wrong' })).status);
      // As long as the secret, one character off.
      expect([401, 403]).toContain((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'hook_secret-124' })).status);
      // As many characters, more bytes (a byte above 127 in the header): refused, and the bot stays up.
      expect([401, 403]).toContain((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'hook_secret-12\u00e9' })).status);
      expect(fake.callsOf('sendMessage').filter((c) => c.params.chat_id === 6001)).toHaveLength(0);

      const mark = fake.mark();
      const id = fake.pushUpdate(privateText(6002, '/start', { languageCode: 'ru' }));
      const delivery = await fake.waitForDelivery(id, 15_000);
      expect(delivery.status).toBe(200);
      await fake.waitFor('sendMessage', (params) => params.chat_id === 6002, { after: mark });
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      p.child.kill('SIGTERM');
    }
    expect(await p.exited).toBe(0);
  });
});
