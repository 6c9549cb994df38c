import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../../../src/emulator/bot-api.ts';
import * as u from '../../support/updates.ts';

let api: FakeBotApi;

beforeEach(async () => {
  api = await startFakeBotApi({ webhookRetryDelayMs: 10 });
});
afterEach(() => api.close());

type Envelope = { ok: boolean; result?: any; error_code?: number; description?: string };

async function call(method: string, params: Record<string, unknown> = {}): Promise<Envelope & { status: number }> {
  const res = await fetch(`${api.apiRoot}/bot${api.token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: res.status, ...((await res.json()) as Envelope) };
}

describe('long polling', () => {
  it('answers at once with timeout 0, honours limit and confirms with offset', async () => {
    expect((await call('getUpdates', { timeout: 0 })).result).toEqual([]);
    const first = api.pushUpdate(u.privateText(1, 'a'));
    api.pushUpdate(u.privateText(1, 'b'));
    api.pushUpdate(u.privateText(1, 'c'));
    const two = (await call('getUpdates', { limit: 2 })).result;
    expect(two.map((x: { update_id: number }) => x.update_id)).toEqual([first, first + 1]);
    const again = (await call('getUpdates', { offset: first + 1 })).result;
    expect(again.map((x: { message: { text: string } }) => x.message.text)).toEqual(['b', 'c']);
    expect((await call('getUpdates', { offset: first + 3 })).result).toEqual([]);
    expect(api.pendingUpdates()).toHaveLength(0);
  });

  it('re-delivers a replayed old update_id (duplicate delivery) despite the confirmed offset', async () => {
    const update = u.privateText(1, 'twice', { updateId: 500 });
    api.pushUpdate(update);
    expect((await call('getUpdates')).result).toHaveLength(1);
    expect((await call('getUpdates', { offset: 501 })).result).toEqual([]);
    api.pushUpdate({ ...update });
    const replay = (await call('getUpdates', { offset: 501 })).result;
    expect(replay.map((x: { update_id: number }) => x.update_id)).toEqual([500]);
    expect((await call('getUpdates', { offset: 501 })).result).toEqual([]);
  });

  it('holds a long poll until an update arrives, or until the timeout', async () => {
    const started = Date.now();
    const held = call('getUpdates', { timeout: 5 });
    setTimeout(() => api.pushUpdate(u.privateText(1, 'late')), 100);
    const res = await held;
    expect(res.result[0].message.text).toBe('late');
    expect(Date.now() - started).toBeLessThan(2000);

    // Fractional seconds are accepted to keep tests fast.
    const empty = await call('getUpdates', { offset: res.result[0].update_id + 1, timeout: 0.2 });
    expect(empty.result).toEqual([]);
  });

  it('ends an older long poll with 409 when a newer one arrives', async () => {
    const older = call('getUpdates', { timeout: 5 });
    await new Promise((r) => setTimeout(r, 50));
    const newer = call('getUpdates', { timeout: 0 });
    expect((await older).status).toBe(409);
    expect((await newer).ok).toBe(true);
  });

  it('closes quickly while a long poll is held', async () => {
    const held = call('getUpdates', { timeout: 30 });
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await api.close();
    expect(Date.now() - started).toBeLessThan(500);
    expect((await held).result).toEqual([]);
  });
});

describe('webhook', () => {
  let receiver: Server;
  let received: Array<{ secret: string | undefined; body: any }>;
  let statuses: number[];
  let reply: string | undefined;

  beforeEach(async () => {
    received = [];
    statuses = [];
    reply = undefined;
    receiver = createServer(async (req: IncomingMessage, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      received.push({ secret: req.headers['x-telegram-bot-api-secret-token'] as string | undefined, body: JSON.parse(body) });
      const status = statuses.shift() ?? 200;
      res.writeHead(status, reply ? { 'content-type': 'application/json' } : {});
      res.end(status === 200 ? reply : 'fail');
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  });
  afterEach(() => new Promise<void>((r) => receiver.close(() => r())));

  const hookUrl = () => `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;

  it('makes getUpdates answer 409 while a webhook is set', async () => {
    await call('setWebhook', { url: hookUrl() });
    const res = await call('getUpdates');
    expect(res).toMatchObject({ status: 409, error_code: 409 });
    expect(res.description).toBe("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook");
    expect((await call('getWebhookInfo')).result).toMatchObject({ url: hookUrl(), pending_update_count: 0 });
    await call('deleteWebhook');
    expect((await call('getUpdates')).ok).toBe(true);
  });

  it('POSTs updates with the secret header and retries non-2xx answers', async () => {
    expect((await call('setWebhook', { url: hookUrl(), secret_token: 'S3cret_-' })).result).toBe(true);
    statuses = [500, 502];
    const id = api.pushUpdate(u.privateText(9, 'hello'));
    const delivery = await api.waitForDelivery(id, 2000);
    expect(delivery).toMatchObject({ updateId: id, status: 200, attempt: 3, final: true });
    expect(api.webhookDeliveries.map((d) => d.status)).toEqual([500, 502, 200]);
    expect(received).toHaveLength(3);
    expect(received[0]).toMatchObject({ secret: 'S3cret_-', body: { update_id: id, message: { text: 'hello' } } });
  });

  it('records connection failures and gives up after the retries', async () => {
    await call('setWebhook', { url: 'http://127.0.0.1:9/nothing-listens' });
    const id = api.pushUpdate(u.privateText(9, 'lost'));
    const delivery = await api.waitForDelivery(id, 2000);
    expect(delivery).toMatchObject({ status: 0, attempt: 4, final: true });
    expect((await call('getWebhookInfo')).result.last_error_message).toMatch(/Connection failed/);
  });

  it('delivers pending updates when the webhook is set and runs webhook replies', async () => {
    api.pushUpdate(u.privateText(9, 'queued'));
    reply = JSON.stringify({ method: 'sendMessage', chat_id: 9, text: 'answered in the response' });
    await call('setWebhook', { url: hookUrl(), secret_token: 'abc' });
    const sent = await api.waitFor('sendMessage', (p) => p.chat_id === 9, 2000);
    expect(sent.params.text).toBe('answered in the response');
    expect(received[0].body.message.text).toBe('queued');
    expect((await call('setWebhook', { url: hookUrl(), secret_token: 'bad token!' })).status).toBe(400);
  });
});

describe('update builders', () => {
  it('builds private texts with a bot_command entity and default user', () => {
    const update = u.privateText(5, '/start ref_1');
    expect(update.update_id).toBeUndefined();
    expect(update.message).toMatchObject({
      from: { id: 5, is_bot: false, first_name: 'Test', language_code: 'ru' },
      chat: { id: 5, type: 'private' },
      text: '/start ref_1',
      entities: [{ type: 'bot_command', offset: 0, length: 6 }],
    });
    expect(u.privateText(5, 'x', { updateId: 77 }).update_id).toBe(77);
    expect(u.privateText(5, 'a').message!.message_id).toBeLessThan(u.privateText(5, 'b').message!.message_id);
  });

  it('builds group texts with mentions, replies to the bot and anonymous admins', () => {
    const mention = u.groupText(-1001000000001, 3, 'привет @test_bot', { replyToBot: true });
    expect(mention.message).toMatchObject({
      chat: { id: -1001000000001, type: 'supergroup' },
      entities: [{ type: 'mention', offset: 7, length: 9 }],
      reply_to_message: { from: { is_bot: true, username: 'test_bot' } },
    });
    const command = u.groupText(-5, 3, '/vote@test_bot now');
    expect(command.message!.entities).toEqual([{ type: 'bot_command', offset: 0, length: 14 }]);
    const anon = u.anonymousAdminText(-5, '/settings');
    expect(anon.message).toMatchObject({ from: { id: 1087968824 }, sender_chat: { id: -5 }, chat: { id: -5 } });
  });

  it('builds callbacks, media, membership and migration updates', () => {
    expect(u.callback(4, 'vote:1', { messageText: 'Vote?' }).callback_query).toMatchObject({
      from: { id: 4 },
      data: 'vote:1',
      message: { chat: { id: 4 }, text: 'Vote?' },
    });
    expect(u.photo(4, 'F1', { mediaGroupId: 'g1' }).message).toMatchObject({ media_group_id: 'g1', photo: [{}, { file_id: 'F1' }] });
    expect(u.document(4, 'D1', 'a.pdf').message!.document).toMatchObject({ file_id: 'D1', file_name: 'a.pdf' });
    expect(u.location(4, 43.2, 76.9).message!.location).toEqual({ latitude: 43.2, longitude: 76.9 });
    expect(u.sticker(4).message!.sticker).toBeDefined();
    expect(u.myChatMember(-5, 4, 'left', 'administrator').my_chat_member).toMatchObject({
      old_chat_member: { status: 'left' },
      new_chat_member: { status: 'administrator', user: { is_bot: true } },
    });
    expect(u.migrateToChat(-5, -1000000000005).message).toMatchObject({
      chat: { id: -5, type: 'group' },
      migrate_to_chat_id: -1000000000005,
    });
    expect(u.migrateFromChat(-1000000000005, -5).message).toMatchObject({ chat: { type: 'supergroup' }, migrate_from_chat_id: -5 });
    expect(u.newChatMembers(-5, [6, 7]).message!.new_chat_members).toHaveLength(2);
    expect(u.editedMessage(4, 4, 10, 'fixed').edited_message).toMatchObject({ message_id: 10, text: 'fixed' });
    expect(Object.keys(u.unknownUpdate())).toEqual(['poll']);
  });

  it('teaches the fake server: a blocked private chat, a migration, members and message ids', async () => {
    api.pushUpdate(u.myChatMember(4, 4, 'member', 'kicked'));
    expect((await call('sendMessage', { chat_id: 4, text: 'x' })).status).toBe(403);
    api.pushUpdate(u.migrateToChat(-5, -1000000000005));
    expect((await call('sendMessage', { chat_id: -5, text: 'x' })).status).toBe(400);
    api.pushUpdate(u.newChatMembers(-6, [{ id: 6, first_name: 'Ерлан' }]));
    expect((await call('getChatMember', { chat_id: -6, user_id: 6 })).result).toMatchObject({
      status: 'member',
      user: { first_name: 'Ерлан' },
    });
    const incoming = u.privateText(8, 'hi', { messageId: 500 });
    api.pushUpdate(incoming);
    expect((await call('sendMessage', { chat_id: 8, text: 'reply', reply_parameters: { message_id: 500 } })).result).toMatchObject({
      message_id: 501,
      reply_to_message: { text: 'hi' },
    });
    api.pushUpdate(u.document(8, 'DOC-FROM-USER', 'жалоба.pdf', { fileSize: 2048 }));
    const resent = await call('sendDocument', { chat_id: -6, document: 'DOC-FROM-USER' });
    expect(resent.result.document).toMatchObject({ file_id: 'DOC-FROM-USER', file_name: 'жалоба.pdf', file_size: 2048 });
    expect((await call('sendPhoto', { chat_id: -6, document: 'x', photo: 'unknown-id' })).description).toBe(
      'Bad Request: wrong file identifier/HTTP URL specified',
    );
  });
});
