import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, privateText, sticker, unknownUpdate, myChatMember } from '../support/updates.ts';
import { languageData } from '../../src/core/start/buttons.ts';
import { startFakeBotApi } from '../../src/emulator/bot-api.ts';
import { BUILTIN_METHODS } from '../../src/emulator/methods.ts';

describe.each(FRAMEWORKS)('core commands under %s', (framework) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ framework });
  });
  afterAll(async () => h?.stop());

  it('when started, then the command menu is registered per language and scope', async () => {
    const calls = h.fake.callsOf('setMyCommands');
    const languages = new Set(calls.map((c) => c.params.language_code ?? 'default'));
    expect(languages).toEqual(new Set(['kk', 'ru', 'en', 'default']));
    const ruPrivate = calls.find((c) => c.params.language_code === 'ru' && c.params.scope?.type === 'all_private_chats');
    expect(ruPrivate?.params.commands.map((c: { command: string }) => c.command)).toContain('language');
  });

  it('when a Russian speaker sends /start, then the welcome is in Russian', async () => {
    const texts = h.texts(await h.send(privateText(1001, '/start', { languageCode: 'ru' })));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/Здравствуйте/);
  });

  it('when an English speaker sends /help, then the help is in English', async () => {
    const texts = h.texts(await h.send(privateText(1002, '/help', { languageCode: 'en-US' })));
    expect(texts[0]).toMatch(/What I can do/);
  });

  it('when a resident picks Қазақша with /language, then later answers are in Kazakh', async () => {
    const ask = await h.send(privateText(1003, '/language', { languageCode: 'ru' }));
    const keyboard = ask.find((c) => c.method === 'sendMessage')!.params.reply_markup.inline_keyboard;
    expect(keyboard[0].map((b: { text: string }) => b.text)).toEqual(['Қазақша', 'Русский', 'English']);
    const pressed = await h.send(
      callback(1003, languageData.encode({ locale: 'kk' }), {
        messageId: ask[0]!.result ? (ask.find((c) => c.method === 'sendMessage')!.result as { message_id: number }).message_id : 1,
      }),
    );
    expect(h.texts(pressed)[0]).toMatch(/қазақша сөйлеймін/);
    expect(pressed.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
    const help = h.texts(await h.send(privateText(1003, '/help', { languageCode: 'ru' })));
    expect(help[0]).toMatch(/Мен не істей аламын/);
  });

  it('when a forged button arrives, then a polite toast answers and nothing breaks', async () => {
    const calls = await h.send(callback(1004, 'zz:DROP TABLE'));
    const answer = calls.find((c) => c.method === 'answerCallbackQuery');
    expect(answer?.params.text).toMatch(/устарела/);
    const bad = await h.send(callback(1004, 'lang:xx'));
    expect(bad.find((c) => c.method === 'answerCallbackQuery')?.params.text).toMatch(/устарела/);
  });

  it('when plain text, a sticker, a huge text or an unknown update arrives, then a short reply or silence, never a crash', async () => {
    // Everyday chat in private gets the short help once, then silence.
    expect(h.texts(await h.send(privateText(1005, 'абырвалг')))[0]).toMatch(/вопросы о местных выборах/);
    expect(h.texts(await h.send(sticker(1005)))[0]).toMatch(/понимаю текст/);
    expect(h.texts(await h.send(privateText(1005, 'я'.repeat(20_000)))).length).toBeLessThanOrEqual(1);
    expect(await h.send(unknownUpdate('poll'))).toEqual([]);
    expect(await h.send(unknownUpdate('made_up'))).toEqual([]);
  });

  it('when the same update_id comes twice, then it is processed once', async () => {
    const update = privateText(1006, '/help', { updateId: 900_001 } as never);
    (update as { update_id?: number }).update_id = 900_001;
    const first = await h.send(update);
    const second = await h.send({ ...update });
    expect(h.texts(first)).toHaveLength(1);
    expect(h.texts(second)).toHaveLength(0);
  });

  it('when Telegram answers 429, then the chat waits retry_after in its queue and the answer goes out once', async () => {
    h.fake.tooManyRequests(1, { method: 'sendMessage', chatId: 1007 });
    const mark = h.fake.mark();
    await h.send(privateText(1007, '/help'));
    await h.fake.waitFor('sendMessage', (p, c) => c.ok && p.chat_id === 1007, { after: mark, timeoutMs: 5000 });
    const sends = h.fake.calls.filter((c) => c.index >= mark && c.method === 'sendMessage' && c.params.chat_id === 1007);
    expect(sends.map((c) => c.ok)).toEqual([false, true]);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('when a resident blocked the bot, then the chat is marked blocked and nothing more is tried', async () => {
    await h.send(privateText(1008, '/start'));
    h.fake.blockChat(1008);
    const calls = await h.send(privateText(1008, '/help'));
    expect(calls.filter((c) => c.method === 'sendMessage')).toHaveLength(1);
    const chat = await h.app.db.prisma.chat.findUnique({ where: { id: 1008n } });
    expect(chat?.status).toBe('blocked');
    h.fake.unblockChat(1008);
  });

  it('when my_chat_member says kicked in private, then the chat is blocked; unblocked makes it active', async () => {
    await h.send(myChatMember(1009, 1009, 'member', 'kicked', { chatType: 'private' } as never));
    expect((await h.app.db.prisma.chat.findUnique({ where: { id: 1009n } }))?.status).toBe('blocked');
    await h.send(myChatMember(1009, 1009, 'kicked', 'member', { chatType: 'private' } as never));
    expect((await h.app.db.prisma.chat.findUnique({ where: { id: 1009n } }))?.status).toBe('active');
  });
});

describe.each(FRAMEWORKS)('group migration through a 400 under %s', (framework) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ framework });
  });
  afterAll(async () => h?.stop());

  it('when a reply to a group fails with migrate_to_chat_id, then it is resent to the supergroup and the chat moves', async () => {
    const { groupText } = await import('../support/updates.ts');
    h.fake.migrateChat(-555, -1005550000001);
    const calls = await h.send(groupText(-555, 2001, '/help', { chatType: 'group' }));
    const sends = calls.filter((c) => c.method === 'sendMessage');
    expect(sends.map((c) => [c.params.chat_id, c.ok])).toEqual([
      [-555, false],
      [-1005550000001, true],
    ]);
    const old = await h.app.db.prisma.chat.findUnique({ where: { id: -555n } });
    expect(old).toMatchObject({ status: 'migrated', migratedToId: -1005550000001n });
  });
});

describe.each(FRAMEWORKS)('graceful stop under %s', (framework) => {
  it('when the bot is stopped while an update is in flight, then that update is finished first', async () => {
    const { BUILTIN_METHODS } = await import('../../src/emulator/methods.ts');
    const h = await startHarness({ framework });
    let started!: () => void;
    const inFlight = new Promise<void>((r) => (started = r));
    h.fake.setHandler('sendMessage', async (params, ctx) => {
      started();
      await new Promise((r) => setTimeout(r, 800));
      return BUILTIN_METHODS.sendMessage!(params, ctx);
    });
    h.fake.pushUpdate(privateText(7001, '/help'));
    await inFlight;
    await h.stop();
    const sent = h.fake.callsOf('sendMessage').filter((c) => c.params.chat_id === 7001);
    expect(sent.map((c) => c.ok)).toEqual([true]);
  });
});

describe.each(FRAMEWORKS)('a slow Telegram at start under %s', (framework) => {
  it('when setting the command menus hangs, then a waiting /start is answered meanwhile, and the menus are set once Telegram answers', async () => {
    const fake = await startFakeBotApi();
    let release!: () => void;
    const answered = new Promise<void>((r) => (release = r));
    fake.setHandler('setMyCommands', async (params, ctx) => {
      await answered;
      return BUILTIN_METHODS.setMyCommands!(params, ctx);
    });
    const h = await startHarness({ framework, fake, waitForMenus: false });
    try {
      const texts = h.texts(await h.send(privateText(1101, '/start', { languageCode: 'ru' })));
      expect(texts[0]).toMatch(/Здравствуйте/);
      expect(fake.callsOf('setMyCommands').filter((c) => c.ok)).toHaveLength(0);
      release();
      await h.app.menusRegistered;
      const languages = new Set(fake.callsOf('setMyCommands').map((c) => c.params.language_code ?? 'default'));
      expect(languages).toEqual(new Set(['kk', 'ru', 'en', 'default']));
    } finally {
      release();
      await h.stop();
      await fake.close();
    }
  });
});
