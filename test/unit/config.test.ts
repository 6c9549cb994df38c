import { describe, expect, it } from 'vitest';
import { type ConfigError, loadConfig } from '../../src/config.ts';

const TOKEN = '123456789:AAFakeTokenForTestsOnly-0123456789ab';
const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
};

describe('configuration', () => {
  it('when only BOT_TOKEN is set, then the documented defaults apply', () => {
    const c = loadConfig({ BOT_TOKEN: TOKEN });
    expect(c).toMatchObject({
      TELEGRAM_API_ROOT: 'https://api.telegram.org',
      DATABASE_URL: 'file:./data/bot.db',
      BOT_FRAMEWORK: 'telegraf',
      BOT_MODE: 'polling',
      PORT: 8080,
      ADMIN_IDS: [],
      DEFAULT_LOCALE: 'ru',
      DEFAULT_TIMEZONE: 'Asia/Almaty',
      LOG_LEVEL: 'info',
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('when BOT_TOKEN is missing or malformed, then the problem names it and BotFather', () => {
    expect(problems({})[0]).toMatch(/^BOT_TOKEN is not set.*BotFather/);
    expect(problems({ BOT_TOKEN: '   ' })[0]).toMatch(/^BOT_TOKEN is not set/);
    expect(problems({ BOT_TOKEN: 'hello' })[0]).toMatch(/^BOT_TOKEN does not look like a bot token/);
  });

  it('when webhook mode lacks its URL and secret, then both are named', () => {
    expect(problems({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook' })).toEqual([
      'WEBHOOK_URL is required when BOT_MODE=webhook',
      'WEBHOOK_SECRET is required when BOT_MODE=webhook',
    ]);
    expect(problems({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://x.kz/hook', WEBHOOK_SECRET: 'bad secret!' })[0]).toMatch(
      /^WEBHOOK_SECRET must be/,
    );
  });

  it('when values are wrong, then each names its variable', () => {
    expect(problems({ BOT_TOKEN: TOKEN, BOT_FRAMEWORK: 'aiogram' })[0]).toMatch(/^BOT_FRAMEWORK/);
    expect(problems({ BOT_TOKEN: TOKEN, DATABASE_URL: 'mysql://x' })[0]).toMatch(/^DATABASE_URL must start with file:/);
    expect(problems({ BOT_TOKEN: TOKEN, ADMIN_IDS: '12,abc' })[0]).toMatch(/^ADMIN_IDS must be comma-separated/);
    expect(problems({ BOT_TOKEN: TOKEN, DEFAULT_TIMEZONE: 'Mars/Base' })[0]).toMatch(/^DEFAULT_TIMEZONE is not an IANA time zone/);
    expect(problems({ BOT_TOKEN: TOKEN, PORT: '99999' })[0]).toMatch(/^PORT/);
    expect(problems({ BOT_TOKEN: TOKEN, LOG_LEVEL: 'loud' })[0]).toMatch(/^LOG_LEVEL/);
  });

  it('when ADMIN_IDS lists ids, then they become bigints; the API root loses its trailing slash', () => {
    const c = loadConfig({ BOT_TOKEN: TOKEN, ADMIN_IDS: ' 12, 5000000000 ,', TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' });
    expect(c.ADMIN_IDS).toEqual([12n, 5000000000n]);
    expect(c.TELEGRAM_API_ROOT).toBe('http://127.0.0.1:8081');
  });
});
