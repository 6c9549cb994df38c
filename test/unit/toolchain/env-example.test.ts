import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadConfig } from '../../../src/config.ts';

const example = Object.fromEntries(
  readFileSync('.env.example', 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);

describe('.env.example', () => {
  it('when the configuration gains a variable, then .env.example lists it', () => {
    expect(Object.keys(example)).toEqual(expect.arrayContaining([...CONFIG_VARIABLES]));
  });

  it('when only a token is added, then its values load and equal the defaults', () => {
    const token = '123456789:AAExampleTokenForTheTestOnly_0123456789';
    const { PLAYGROUND_PORT: _playground, ...bot } = example;
    expect(loadConfig({ ...bot, BOT_TOKEN: token })).toEqual(loadConfig({ BOT_TOKEN: token }));
  });
});
