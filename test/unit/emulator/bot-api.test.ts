import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi, type FakeBotApiOptions } from '../../../src/emulator/bot-api.ts';

let api: FakeBotApi;

async function start(opts: FakeBotApiOptions = {}): Promise<void> {
  await api?.close();
  api = await startFakeBotApi(opts);
}

beforeEach(() => start());
afterEach(() => api.close());

type Envelope = { ok: boolean; result?: any; error_code?: number; description?: string; parameters?: any };

async function call(method: string, params: Record<string, unknown> = {}): Promise<Envelope & { status: number }> {
  const res = await fetch(`${api.apiRoot}/bot${api.token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: res.status, ...((await res.json()) as Envelope) };
}

async function post(method: string, contentType: string, body: string | Buffer): Promise<Envelope & { status: number }> {
  const res = await fetch(`${api.apiRoot}/bot${api.token}/${method}`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: res.status, ...((await res.json()) as Envelope) };
}

const keyboard = (data: string) => ({ inline_keyboard: [[{ text: 'Go', callback_data: data }]] });

describe('routing and envelopes', () => {
  it('answers getMe with a bot User in an ok envelope', async () => {
    const res = await call('getMe');
    expect(res.status).toBe(200);
    expect(res.ok).toBe(true);
    expect(res.result).toMatchObject({
      is_bot: true,
      username: 'test_bot',
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
    });
    expect(api.apiRoot).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses a wrong token with 401 and an unknown method with 404', async () => {
    const wrong = await fetch(`${api.apiRoot}/bot123:nope/getMe`);
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ ok: false, error_code: 401, description: 'Unauthorized' });
    const unknown = await call('sendTelepathy');
    expect(unknown.status).toBe(404);
    expect(unknown).toMatchObject({ ok: false, error_code: 404, description: 'Not Found: method not found' });
    expect((await call('GETME')).ok).toBe(true); // method names are case-insensitive
  });

  it('accepts urlencoded bodies and GET query strings with string ids and JSON values', async () => {
    const form = new URLSearchParams({ chat_id: '-1001234567890', text: '[not json]', reply_markup: JSON.stringify(keyboard('x')) });
    const res = await post('sendMessage', 'application/x-www-form-urlencoded', form.toString());
    expect(res.result).toMatchObject({ chat: { id: -1001234567890, type: 'supergroup' }, text: '[not json]', reply_markup: keyboard('x') });
    const get = (await (await fetch(`${api.apiRoot}/bot${api.token}/sendMessage?chat_id=-42&text=hi`)).json()) as Envelope;
    expect(get.result.chat).toMatchObject({ id: -42, type: 'group' });
    expect(api.sent(-1001234567890)[0]).toMatchObject({ chat_id: -1001234567890, reply_markup: keyboard('x') });
  });
});

describe('messages', () => {
  it('returns Messages with per-chat growing ids, the bot as sender and inline markup echoed', async () => {
    const first = await call('sendMessage', { chat_id: 7, text: 'one', reply_markup: keyboard('a') });
    const second = await call('sendMessage', { chat_id: '7', text: 'two' });
    const other = await call('sendMessage', { chat_id: 8, text: 'three' });
    expect(first.result).toMatchObject({
      message_id: 1,
      chat: { id: 7, type: 'private' },
      from: { is_bot: true, username: 'test_bot' },
      text: 'one',
      reply_markup: keyboard('a'),
    });
    expect(typeof first.result.date).toBe('number');
    expect(second.result.message_id).toBe(2);
    expect(other.result.message_id).toBe(1);
    expect(api.sent(7).map((p) => p.text)).toEqual(['one', 'two']);
    expect(api.callsOf('sendMessage')).toHaveLength(3);
  });

  it('rejects empty and too long texts, counts visible HTML text and refuses bad HTML', async () => {
    expect(await call('sendMessage', { chat_id: 1, text: '' })).toMatchObject({
      status: 400,
      description: 'Bad Request: message text is empty',
    });
    expect(await call('sendMessage', { chat_id: 1, text: 'x'.repeat(4097) })).toMatchObject({
      status: 400,
      description: 'Bad Request: message is too long',
    });
    expect((await call('sendMessage', { chat_id: 1, text: 'x'.repeat(4096) })).ok).toBe(true);
    expect((await call('sendMessage', { chat_id: 1, text: `<b>${'x'.repeat(4096)}</b>`, parse_mode: 'HTML' })).ok).toBe(true);
    const bad = await call('sendMessage', { chat_id: 1, text: 'I <3 it', parse_mode: 'HTML' });
    expect(bad.status).toBe(400);
    expect(bad.description).toMatch(/^Bad Request: can't parse entities/);
  });

  it('rejects callback_data over 64 bytes (Cyrillic counts 2 bytes a letter)', async () => {
    expect((await call('sendMessage', { chat_id: 1, text: 'ok', reply_markup: keyboard('я'.repeat(32)) })).ok).toBe(true);
    const res = await call('sendMessage', { chat_id: 1, text: 'no', reply_markup: keyboard('я'.repeat(33)) });
    expect(res).toMatchObject({ status: 400, description: 'Bad Request: BUTTON_DATA_INVALID' });
  });

  it('edits text and markup, refusing a no-op edit and unknown messages', async () => {
    const sent = await call('sendMessage', { chat_id: 3, text: 'menu', reply_markup: keyboard('a') });
    const id = sent.result.message_id;
    const same = await call('editMessageText', { chat_id: 3, message_id: id, text: 'menu', reply_markup: keyboard('a') });
    expect(same.status).toBe(400);
    expect(same.description).toMatch(/^Bad Request: message is not modified: /);
    const edited = await call('editMessageText', { chat_id: 3, message_id: id, text: 'menu 2' });
    expect(edited.result).toMatchObject({ message_id: id, text: 'menu 2' });
    expect(edited.result.reply_markup).toBeUndefined();
    expect((await call('editMessageReplyMarkup', { chat_id: 3, message_id: id, reply_markup: keyboard('b') })).result.reply_markup).toEqual(
      keyboard('b'),
    );
    expect((await call('editMessageText', { chat_id: 3, message_id: 99, text: 'x' })).description).toBe(
      'Bad Request: message to edit not found',
    );
    expect((await call('deleteMessage', { chat_id: 3, message_id: id })).result).toBe(true);
    expect((await call('deleteMessage', { chat_id: 3, message_id: id })).description).toBe('Bad Request: message to delete not found');
    expect((await call('answerCallbackQuery', { callback_query_id: '1' })).result).toBe(true);
  });
});

describe('multipart uploads and files', () => {
  const boundary = 'XyZ123';
  const csv = Buffer.from('id;name\n1;Иван\n');

  it('accepts grammY-style parts: unquoted filename, attach:// reference, no spaces in headers', async () => {
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\ncontent-disposition:form-data;name="chat_id"\r\n\r\n42\r\n`),
      Buffer.from(`--${boundary}\r\ncontent-disposition:form-data;name="document"\r\n\r\nattach://f1\r\n`),
      Buffer.from(
        `--${boundary}\r\ncontent-disposition:form-data;name="f1";filename=отчёт за май.csv\r\ncontent-type:application/octet-stream\r\n\r\n`,
      ),
      csv,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await post('sendDocument', `multipart/form-data; boundary=${boundary}`, body);
    expect(res.result.document).toMatchObject({ file_name: 'отчёт за май.csv', mime_type: 'text/csv', file_size: csv.length });
    const { document } = api.callsOf('sendDocument')[0].params;
    expect(document).toMatchObject({ filename: 'отчёт за май.csv', contentType: 'application/octet-stream' });
    expect(Buffer.compare(document.data, csv)).toBe(0);

    const file = await call('getFile', { file_id: res.result.document.file_id });
    const download = await fetch(`${api.apiRoot}/file/bot${api.token}/${file.result.file_path}`);
    expect(Buffer.from(await download.arrayBuffer()).toString()).toBe(csv.toString());
  });

  it('accepts telegraf-style parts: quoted filename, JSON reply_markup string, no closing CRLF', async () => {
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\ncontent-disposition:form-data; name="chat_id"\r\n\r\n-100555\r\n`),
      Buffer.from(`--${boundary}\r\ncontent-disposition:form-data; name="reply_markup"\r\n\r\n${JSON.stringify(keyboard('r'))}\r\n`),
      Buffer.from(`--${boundary}\r\ncontent-disposition:form-data; name="document"; filename="report; final.csv"\r\n\r\n`),
      csv,
      Buffer.from(`\r\n--${boundary}--`),
    ]);
    const res = await post('sendDocument', `multipart/form-data; boundary=${boundary}`, body);
    expect(res.ok).toBe(true);
    expect(res.result).toMatchObject({
      chat: { id: -100555, type: 'group' },
      document: { file_name: 'report; final.csv' },
      reply_markup: keyboard('r'),
    });
    expect(api.sent(-100555)[0].document.data.length).toBe(csv.length);
  });

  it('serves registered files and refuses unknown file ids', async () => {
    api.registerFile('PHOTO1', Buffer.from('jpegdata'), 'p.jpg');
    const file = await call('getFile', { file_id: 'PHOTO1' });
    expect(file.result).toMatchObject({ file_id: 'PHOTO1', file_size: 8 });
    const bytes = await fetch(`${api.apiRoot}/file/bot${api.token}/${file.result.file_path}`);
    expect(await bytes.text()).toBe('jpegdata');
    expect((await call('getFile', { file_id: 'nope' })).status).toBe(400);
  });
});

describe('chats, members and commands', () => {
  it('answers getChatMember and getChatAdministrators from setChatMember', async () => {
    api.setChatMember(-500, 11, 'creator', { first_name: 'Айгуль' });
    api.setChatMember(-500, api.state.bot.id, 'administrator');
    api.setChatMember(-500, 12, 'kicked');
    expect((await call('getChatMember', { chat_id: -500, user_id: 11 })).result).toMatchObject({
      status: 'creator',
      user: { id: 11, first_name: 'Айгуль' },
    });
    expect((await call('getChatMember', { chat_id: -500, user_id: 12 })).result.status).toBe('kicked');
    expect((await call('getChatMember', { chat_id: -500, user_id: 13 })).result.status).toBe('left');
    expect((await call('getChatMember', { chat_id: 13, user_id: 13 })).result.status).toBe('member');
    const admins = (await call('getChatAdministrators', { chat_id: -500 })).result;
    expect(admins.map((m: { user: { id: number } }) => m.user.id).sort()).toEqual([11, api.state.bot.id].sort());
    expect((await call('getChat', { chat_id: -500 })).result).toMatchObject({ id: -500, type: 'group' });
  });

  it('stores commands per scope and language', async () => {
    const commands = [{ command: 'start', description: 'Начать' }];
    await call('setMyCommands', { commands, language_code: 'ru' });
    expect((await call('getMyCommands', { language_code: 'ru' })).result).toEqual(commands);
    expect((await call('getMyCommands', {})).result).toEqual([]);
    await call('deleteMyCommands', { language_code: 'ru' });
    expect((await call('getMyCommands', { language_code: 'ru' })).result).toEqual([]);
    expect((await call('setMyCommands', { commands: [{ command: 'Bad-One', description: 'x' }] })).status).toBe(400);
  });
});

describe('injected failures and overrides', () => {
  it('fails the next matching call with the given envelope and HTTP status', async () => {
    api.tooManyRequests(7);
    const limited = await call('sendMessage', { chat_id: 1, text: 'a' });
    expect(limited).toMatchObject({
      status: 429,
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 7',
      parameters: { retry_after: 7 },
    });
    expect((await call('sendMessage', { chat_id: 1, text: 'a' })).ok).toBe(true);
    api.failNext(
      'sendMessage',
      { error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" },
      { chatId: 2, times: 2 },
    );
    expect((await call('sendMessage', { chat_id: 1, text: 'a' })).ok).toBe(true);
    expect((await call('sendMessage', { chat_id: 2, text: 'a' })).status).toBe(403);
    expect((await call('sendMessage', { chat_id: 2, text: 'a' })).status).toBe(403);
    expect((await call('sendMessage', { chat_id: 2, text: 'a' })).ok).toBe(true);
    expect(api.stats.tooManyRequests).toBe(1);
  });

  it('blocks and unblocks chats with the real 403 descriptions', async () => {
    api.blockChat(5);
    api.blockChat(-6);
    expect(await call('sendMessage', { chat_id: 5, text: 'a' })).toMatchObject({
      status: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    expect(await call('sendDocument', { chat_id: -6, document: 'x' })).toMatchObject({
      status: 403,
      description: 'Forbidden: bot was kicked from the group chat',
    });
    api.unblockChat(5);
    expect((await call('sendMessage', { chat_id: 5, text: 'a' })).ok).toBe(true);
  });

  it('answers calls to a migrated group with migrate_to_chat_id', async () => {
    api.migrateChat(-77, -1000000000077);
    const res = await call('getChat', { chat_id: -77 });
    expect(res).toMatchObject({
      status: 400,
      description: 'Bad Request: group chat was upgraded to a supergroup chat',
      parameters: { migrate_to_chat_id: -1000000000077 },
    });
    expect((await call('sendMessage', { chat_id: -1000000000077, text: 'moved' })).ok).toBe(true);
  });

  it('lets a test override a method and waits for calls', async () => {
    api.setHandler('sendPoll', (params) => ({ message_id: 1, poll: { question: params.question } }));
    const mark = api.mark();
    const waiting = api.waitFor('sendPoll', (p) => p.question === 'Q?', { after: mark, timeoutMs: 1000 });
    expect((await call('sendPoll', { chat_id: 1, question: 'Q?' })).result.poll.question).toBe('Q?');
    expect((await waiting).ok).toBe(true);
    await expect(api.waitFor('sendPoll', undefined, { after: api.mark(), timeoutMs: 50 })).rejects.toThrow(/timed out/);
  });
});

describe('enforced limits', () => {
  let clock = 1_700_000_000_000;
  const tick = (ms: number) => (clock += ms);

  it('allows a burst of 3 per chat, then 429 with retry_after until a second passes', async () => {
    await start({ enforceLimits: true, now: () => clock });
    for (let i = 0; i < 3; i++) expect((await call('sendMessage', { chat_id: 1, text: `m${i}` })).ok).toBe(true);
    const limited = await call('sendMessage', { chat_id: 1, text: 'm3' });
    expect(limited).toMatchObject({ status: 429, parameters: { retry_after: 1 } });
    expect((await call('sendMessage', { chat_id: 2, text: 'other chat' })).ok).toBe(true);
    tick(1000);
    expect((await call('sendMessage', { chat_id: 1, text: 'm3' })).ok).toBe(true);
    expect(api.stats).toEqual({ sent: 5, tooManyRequests: 1 });
  });

  it('limits a group to 20 per minute and all chats to 30 per second', async () => {
    await start({ enforceLimits: true, now: () => clock });
    let groupLimited: Envelope | undefined;
    for (let i = 0; i < 40 && !groupLimited; i++) {
      tick(1000);
      const res = await call('sendMessage', { chat_id: -900, text: 'g' });
      if (!res.ok) groupLimited = res;
    }
    expect(groupLimited?.error_code).toBe(429);
    expect(groupLimited?.parameters.retry_after).toBeGreaterThanOrEqual(1);

    tick(60_000);
    const results = await Promise.all(Array.from({ length: 31 }, (_, i) => call('sendMessage', { chat_id: 1000 + i, text: 'b' })));
    expect(results.filter((r) => r.status === 429)).toHaveLength(1);
  });

  it('handles thousands of sends to 1,000 chats quickly', async () => {
    await start({ enforceLimits: true, now: () => clock, recordCalls: false });
    const started = Date.now();
    for (let round = 0; round < 3; round++) {
      for (let chat = 1; chat <= 1000; chat++) {
        tick(1000 / 30);
        await api.invoke('sendMessage', { chat_id: chat, text: 'broadcast' });
      }
    }
    expect(api.stats.sent + api.stats.tooManyRequests).toBe(3000);
    expect(api.stats.sent).toBeGreaterThan(2900);
    expect(api.calls).toHaveLength(0);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
