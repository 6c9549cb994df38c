import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../../src/emulator/bot-api.ts';
import { removeAllTempSqlite, tempSqliteUrl } from '../support/harness.ts';
import { buildServerBundle } from '../../scripts/build-server.mjs';
import { descendants, isRunning, startBotProcess, type BotProcess } from '../support/process.ts';
import { privateText } from '../support/updates.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe('the real process (npm start)', () => {
  let fake: FakeBotApi;
  beforeAll(async () => {
    fake = await startFakeBotApi();
  });
  afterAll(async () => {
    await fake?.close();
    removeAllTempSqlite();
  });
  const pollingEnv = (extra: Record<string, string> = {}) => ({
    BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_URL: tempSqliteUrl(),
    PORT: '0',
    LOG_LEVEL: 'info',
    ...extra,
  });
  /** Waits for the process to start, sends it `/start` from `chat` and gives the reply's text. */
  const replyToStart = async (p: BotProcess, chat: number, languageCode: string) => {
    await p.waitForLog((l) => l.msg === 'bot started', 60_000);
    const mark = fake.mark();
    fake.pushUpdate(privateText(chat, '/start', { languageCode, firstName: 'Dana' }));
    const reply = await fake.waitFor('sendMessage', (params) => params.chat_id === chat, { after: mark, timeoutMs: 15_000 });
    return String(reply.params.text);
  };

  it('when BOT_TOKEN is missing, then it exits non-zero with one clear line naming it and BotFather', async () => {
    const p = startBotProcess({ BOT_TOKEN: '', DATABASE_URL: tempSqliteUrl() });
    expect(await p.exited).not.toBe(0);
    expect(p.stderr()).toMatch(/BOT_TOKEN is not set.*BotFather/);
  });

  it('when a variable is malformed, then start-up stops naming the variable and the reason', async () => {
    const p = startBotProcess({ BOT_TOKEN: fake.token, DEFAULT_LOCALE: 'de', DATABASE_URL: tempSqliteUrl() });
    expect(await p.exited).not.toBe(0);
    expect(p.stderr()).toMatch(/^Configuration error: DEFAULT_LOCALE .*"kk"\|"ru"\|"en"/);
  });

  it('when started in polling mode, then it answers over the fake API and SIGTERM exits 0 quickly', async () => {
    const p = startBotProcess({
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_URL: tempSqliteUrl(),
      PORT: '0',
      LOG_LEVEL: 'info',
    });
    const started = await p.waitForLog((l) => l.msg === 'bot started', 60_000);
    expect(started).toMatchObject({ framework: 'telegraf', mode: 'polling', privacy_mode: true });
    const health = await fetch(`http://127.0.0.1:${String(started.port)}/healthz`);
    expect(health.status).toBe(200);
    const mark = fake.mark();
    fake.pushUpdate(privateText(5001, '/start', { languageCode: 'en', firstName: 'Aigerim' }));
    const reply = await fake.waitFor('sendMessage', (params) => params.chat_id === 5001, { after: mark, timeoutMs: 15_000 });
    expect(String(reply.params.text)).toMatch(/Hello/);
    const stopAt = Date.now();
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(Date.now() - stopAt).toBeLessThan(10_000);
    // Privacy: info logs carry ids, never names or message text.
    const all = JSON.stringify(p.logs);
    expect(all).not.toContain('Aigerim');
    expect(all).not.toContain(fake.token);
  });

  it('when the bundle is built into another folder, then it alone runs the bot: migrations, locales and the database client found', async () => {
    // Inside the checkout: the bundle leaves packages out and finds them in node_modules from where it lies.
    mkdirSync('dist/test-bundles', { recursive: true });
    const out = mkdtempSync(join('dist/test-bundles', 'b-'));
    try {
      const entry = await buildServerBundle(out);
      // Each framework is a chunk of its own, loaded only when chosen.
      for (const [i, framework] of (['telegraf', 'grammy'] as const).entries()) {
        const p = startBotProcess(pollingEnv({ BOT_FRAMEWORK: framework }), [process.execPath, entry]);
        expect(await replyToStart(p, 5002 + 10 * i, 'kk')).toMatch(/^Сәлем/);
        expect(p.logs.find((l) => l.msg === 'bot started')).toMatchObject({ framework });
        p.child.kill('SIGTERM');
        expect(await p.exited).toBe(0);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it.each([
    ['telegraf', 5003],
    ['grammy', 5013],
  ] as const)('when BOT_BUNDLE=off with %s, then npm start runs the sources through tsx and answers the same', async (framework, chat) => {
    const p = startBotProcess(pollingEnv({ BOT_BUNDLE: 'off', BOT_FRAMEWORK: framework }));
    expect(await replyToStart(p, chat, 'en')).toMatch(/^Hello/);
    expect(p.logs.find((l) => l.msg === 'bot started')).toMatchObject({ framework });
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  });

  it('when Telegram cannot be reached at start, then it keeps retrying with a line naming TELEGRAM_API_ROOT and starts once it is up', async () => {
    const port = await freePort();
    const apiRoot = `http://127.0.0.1:${port}`;
    const p = startBotProcess({
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: apiRoot,
      DATABASE_URL: tempSqliteUrl(),
      PORT: '0',
      LOG_LEVEL: 'info',
    });
    let late: FakeBotApi | undefined;
    try {
      const warning = await p.waitForLog((l) => l.TELEGRAM_API_ROOT === apiRoot, 60_000);
      expect(warning).toMatchObject({
        msg: 'Telegram Bot API not reachable at TELEGRAM_API_ROOT; retrying',
        cause: 'ECONNREFUSED',
        attempt: 1,
      });
      late = await startFakeBotApi({ port, token: fake.token });
      await p.waitForLog((l) => l.msg === 'bot started', 60_000);
      expect(p.stderr()).not.toMatch(/fetch failed/);
    } finally {
      p.child.kill('SIGTERM');
      await p.exited;
      await late?.close();
    }
  });

  it.each([
    ['SIGTERM', 'npm alone (kill <npm pid>)'],
    ['SIGINT', 'npm alone'],
    ['SIGINT', 'the whole process group (Ctrl-C in a terminal)'],
    ['SIGTERM', 'the whole process group (systemd stopping the unit)'],
  ] as const)('when %s reaches %s under npm start, then the bot stops gracefully and no process is left behind', async (signal, target) => {
    const group = target.startsWith('the whole');
    const p = startBotProcess(
      { BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: tempSqliteUrl(), PORT: '0', LOG_LEVEL: 'info' },
      ['npm', 'start', '--silent'],
      { group },
    );
    await p.waitForLog((l) => l.msg === 'bot started', 60_000);
    const below = descendants(p.child.pid!);
    expect(below.length).toBeGreaterThan(0); // the bot's node process
    try {
      if (group) process.kill(-p.child.pid!, signal);
      else p.child.kill(signal);
      expect(await p.exited).toBe(0);
      expect(p.logs.some((l) => l.msg === 'signal received' && l.signal === signal)).toBe(true);
      expect(p.logs.some((l) => l.msg === 'stopped')).toBe(true);
      expect(below.filter(isRunning)).toEqual([]);
    } finally {
      for (const pid of below.filter(isRunning)) process.kill(pid, 'SIGKILL'); // an orphan must not outlive a failed test
    }
  });
});
