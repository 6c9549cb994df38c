import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { startPlayground, type Playground } from '../../src/playground/start-playground.ts';
import { FRAMEWORKS } from '../support/harness.ts';

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it when missing). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/**
 * Every run takes the screenshot (telegraf) into dist/ (not tracked); `UPDATE_SCREENSHOT=1` writes it
 * over README's docs/playground.png instead, so ordinary runs leave the working tree clean.
 */
const SCREENSHOT = process.env.UPDATE_SCREENSHOT ? 'docs/playground.png' : 'dist/playground/screenshot.png';

describe.each(FRAMEWORKS)('the playground page in Chromium (%s)', (framework) => {
  let playground: Playground;
  let browser: Browser;
  let page: Page;

  const lastBotText = () => page.getByTestId('bot-message').last();
  const send = async (text: string) => {
    await page.getByTestId('composer-input').fill(text);
    await page.getByTestId('composer-input').press('Enter');
  };
  const press = (name: RegExp) => page.getByTestId('bot-message').last().locator('.inline-btn').filter({ hasText: name }).click();

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    playground = await startPlayground({ framework, port: 0, log: createLogger('silent') });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1200, height: 820 }, locale: 'ru-RU', acceptDownloads: true });
    await page.goto(playground.url);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
  });

  it('when the page opens, then it says it never calls Telegram and shows both chats', async () => {
    await expect.poll(() => page.getByTestId('notice').textContent()).toMatch(/never calls Telegram/);
    await expect.poll(() => page.getByTestId('chat-group').textContent()).toMatch(/Ойыл/);
    expect(playground.app.wiring.config.TELEGRAM_API_ROOT).toBe(playground.emulator.apiRoot);
  });

  it('when a resident asks who won in Oiyl, then the official results come with the winner', async () => {
    await send('кто победил в Ойыле?');
    await expect.poll(() => lastBotText().textContent()).toMatch(/Победитель: Аскар Казыбаев/);
  });

  it('when the resident files a complaint by buttons, the picker and the command menu, then a reference comes back', async () => {
    await page.getByTestId('menu-button').click();
    await page.getByTestId('command-menu').locator('[data-command="complain"]').click();
    await expect.poll(() => lastBotText().textContent()).toMatch(/О чём жалоба/);
    await press(/Отопление/);
    // The settlement asked about a moment ago is remembered; otherwise the bot asks for it.
    await expect.poll(() => lastBotText().textContent()).toMatch(/В каком населённом пункте|Опишите проблему/);
    if (/В каком населённом пункте/.test((await lastBotText().textContent()) ?? '')) await send('Ойыл');
    await expect.poll(() => lastBotText().textContent()).toMatch(/Опишите проблему/);
    await send('В школе на улице Абая третий день холодные батареи, дети сидят в куртках.');
    await expect.poll(() => lastBotText().textContent()).toMatch(/Пришлите фото/);
    await press(/Пропустить/);
    await expect.poll(() => lastBotText().textContent()).toMatch(/место на карте/);
    await page.getByTestId('attach-button').click();
    await page.getByTestId('attach-location').click();
    await page.getByTestId('location-picker').getByRole('button', { name: 'Ойыл' }).click();
    await page.getByTestId('send-location').click();
    await expect.poll(() => lastBotText().textContent()).toMatch(/Да, передать/);
    await press(/Да, передать/);
    // The phone number goes by the reply keyboard's request_contact button, as in Telegram.
    const share = page.getByTestId('reply-keyboard').locator('.reply-btn').filter({ hasText: /номер/ });
    await share.click();
    await expect.poll(() => page.getByTestId('reply-keyboard').isHidden()).toBe(true);
    await expect.poll(() => lastBotText().textContent()).toMatch(/Проверьте жалобу[\s\S]*Геопозиция: есть/);
    await press(/Отправить/);
    await expect.poll(() => page.getByTestId('messages').textContent()).toMatch(/C-\d{4}-\d{6}/);
  });

  it('when the owner exports complaints, then a CSV downloads with the new complaint in it', async () => {
    const filed = /C-\d{4}-\d{6}/.exec((await page.getByTestId('messages').textContent()) ?? '')![0];
    await page.getByTestId('identity').selectOption('owner');
    await expect.poll(() => page.locator('#chat-subtitle').textContent()).toMatch(/owner admin/);
    await send('/export');
    await expect.poll(() => lastBotText().textContent()).toMatch(/Выгрузка жалоб/);
    await press(/Получить файлы/);
    const csvLink = page.getByTestId('document').filter({ hasText: /\.csv/ });
    await csvLink.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(filed);
    await page
      .getByTestId('document')
      .filter({ hasText: /\.xlsx/ })
      .waitFor();
    if (framework === 'telegraf') await page.screenshot({ path: SCREENSHOT });
  });
});
