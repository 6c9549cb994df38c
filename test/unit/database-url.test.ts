import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../src/adapters/db/database-url.ts';

describe('parseDatabaseUrl', () => {
  it('when a file: URL is relative, then it resolves against the cwd', () => {
    expect(parseDatabaseUrl('file:./data/bot.db', '/srv/bot')).toMatchObject({ provider: 'sqlite', file: join('/srv/bot', 'data/bot.db') });
    expect(parseDatabaseUrl('file:/var/lib/bot.db?mode=rwc')).toMatchObject({ file: '/var/lib/bot.db' });
  });

  it('when a postgres URL is given, then the pool gets a parsed config, never a connectionString', () => {
    const target = parseDatabaseUrl('postgres://bot:p%40ss@db.internal:6543/akim?sslmode=require&schema=bot');
    expect(target).toMatchObject({ provider: 'postgresql', database: 'akim', schema: 'bot' });
    if (target.provider !== 'postgresql') throw new Error('unreachable');
    expect(target.pool).toMatchObject({
      host: 'db.internal',
      port: 6543,
      user: 'bot',
      password: 'p@ss',
      database: 'akim',
      allowExitOnIdle: true,
    });
    expect(target.pool.ssl).toEqual({ rejectUnauthorized: false });
    expect(target.pool).not.toHaveProperty('connectionString');
  });

  it('when the scheme is unknown, then the error names DATABASE_URL', () => {
    expect(() => parseDatabaseUrl('mysql://x/y')).toThrow(/DATABASE_URL/);
    expect(() => parseDatabaseUrl('bot.db')).toThrow(/DATABASE_URL/);
  });
});
