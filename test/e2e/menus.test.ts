import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { privateText } from '../support/updates.ts';

const OWNER = 9401;
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

describe.each(FRAMEWORKS)('command menus and profile texts under %s', (framework) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) } });
  });
  afterAll(async () => h?.stop());

  /** Reads a menu back from the Bot API, as a Telegram client would see it. */
  const commands = async (scope: Record<string, unknown>, languageCode?: string): Promise<string[]> => {
    const { body } = await h.fake.invoke('getMyCommands', { scope, ...(languageCode ? { language_code: languageCode } : {}) });
    return (body as { result: Array<{ command: string }> }).result.map((c) => c.command);
  };

  it('when started, then residents, group admins and staff each get their menu per scope, read back with getMyCommands', async () => {
    for (const lang of ['kk', 'ru', 'en', undefined]) {
      const everyone = await commands({ type: 'default' }, lang);
      const privateChats = await commands({ type: 'all_private_chats' }, lang);
      const groups = await commands({ type: 'all_group_chats' }, lang);
      const admins = await commands({ type: 'all_chat_administrators' }, lang);
      expect(everyone).toEqual(privateChats);
      expect(privateChats).toEqual(
        expect.arrayContaining(['start', 'help', 'language', 'elections', 'results', 'complain', 'mycomplaints']),
      );
      expect(groups).toEqual(expect.arrayContaining(['elections', 'candidates', 'results', 'complain', 'help']));
      expect(admins).toEqual(expect.arrayContaining([...groups, 'setup', 'preview', 'language']));
      for (const staffOnly of ['inbox', 'export', 'import', 'enterresults', 'admins', 'audit']) {
        expect([...everyone, ...privateChats, ...groups, ...admins]).not.toContain(staffOnly);
      }
      for (const adminOnly of ['setup', 'preview', 'language']) expect(groups).not.toContain(adminOnly);
      expect(privateChats).not.toContain('setup');
    }
    const owner = await commands({ type: 'chat', chat_id: OWNER });
    expect(owner).toEqual(
      expect.arrayContaining(['inbox', 'export', 'import', 'enterresults', 'admins', 'audit', 'preview', 'elections', 'complain']),
    );
  });

  it("when the owner adds and removes an admin, then that person's private menu gains and loses the staff tools", async () => {
    const staff = 9402;
    await h.send(privateText(staff, '/start', { languageCode: 'kk' }));
    expect(await commands({ type: 'chat', chat_id: staff })).toEqual([]);
    await h.send(privateText(OWNER, `/admins add ${staff}`));
    const added = h.fake
      .callsOf('setMyCommands')
      .filter((c) => c.params.scope?.chat_id === staff)
      .at(-1)!;
    expect(added.params.commands.map((c: { command: string }) => c.command)).toEqual(
      expect.arrayContaining(['inbox', 'export', 'elections']),
    );
    expect(added.params.commands.find((c: { command: string }) => c.command === 'inbox').description).toMatch(KAZAKH_LETTERS);
    expect(await commands({ type: 'chat', chat_id: staff })).toContain('inbox');
    await h.send(privateText(OWNER, `/admins remove ${staff}`));
    expect(await commands({ type: 'chat', chat_id: staff })).toEqual([]);
    expect(h.fake.callsOf('deleteMyCommands').some((c) => c.params.scope?.chat_id === staff)).toBe(true);
  });

  it('when started, then the description and short description are set in Kazakh, Russian and English', async () => {
    const read = async (method: string, lang: string) => {
      const { body } = await h.fake.invoke(method, { language_code: lang });
      return Object.values((body as { result: Record<string, string> }).result)[0]!;
    };
    const kk = await read('getMyDescription', 'kk');
    const ru = await read('getMyDescription', 'ru');
    const en = await read('getMyDescription', 'en');
    expect(kk).toMatch(KAZAKH_LETTERS);
    expect(ru).toMatch(/выбор/);
    expect(en).toMatch(/elections/);
    for (const lang of ['kk', 'ru', 'en']) {
      const short = await read('getMyShortDescription', lang);
      expect(short.length).toBeGreaterThan(10);
      expect(short.length).toBeLessThanOrEqual(120);
    }
    expect(await read('getMyShortDescription', 'kk')).toMatch(KAZAKH_LETTERS);
  });
});
