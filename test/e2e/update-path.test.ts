import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formData } from '../../src/core/complaints/form/buttons.ts';
import { languageData } from '../../src/core/start/buttons.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, privateText } from '../support/updates.ts';

/**
 * The update path reads the chat, the person and their open form in one query and writes the chat and
 * the person only when something changed. These are the guarantees each shortcut has to keep.
 */
describe.each(FRAMEWORKS)('the lean update path under %s', (framework) => {
  let a: Harness;
  let b: Harness;
  // Two replicas serve one bot: update ids are Telegram's, unique across both (the fakes would each count from 1).
  let seq = 720_000;
  const OWNER = 7100;
  const id = () => ({ updateId: ++seq });
  const user = (h: Harness, id: number) => h.app.db.prisma.user.findUnique({ where: { id: BigInt(id) } });

  beforeAll(async () => {
    a = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) } });
    // A second replica on the same database, with its own connection (and Telegram endpoint).
    b = await startHarness({ framework, databaseUrl: a.databaseUrl, env: { ADMIN_IDS: String(OWNER) } });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it('when an update of a known chat and person comes again, then it is processed once, also after a restart', async () => {
    expect(a.texts(await a.send(privateText(7101, '/help', id())))).toHaveLength(1); // chat and person now known: nothing to write
    const update = privateText(7101, '/help', id()); // the newest id: claimed in memory, written in a batch
    expect(a.texts(await a.send(update))).toHaveLength(1);
    expect(a.texts(await a.send({ ...update }))).toHaveLength(0);
    // getUpdates after a restart: the stopped process wrote the claims it held in memory.
    await a.restart();
    expect(a.texts(await a.send({ ...update }))).toHaveLength(0);
    expect(a.texts(await a.send(privateText(7101, '/help', id())))).toHaveLength(1);
  });

  it('when a person changes the language of their Telegram, then the next answer and the stored language follow, and a chosen language still wins', async () => {
    expect(a.texts(await a.send(privateText(7102, '/help', { languageCode: 'kk', ...id() })))[0]).toMatch(/шағым беру/);
    expect(a.texts(await a.send(privateText(7102, '/help', { languageCode: 'en', ...id() })))[0]).toMatch(/file a complaint/);
    expect((await user(a, 7102))?.languageCode).toBe('en');
    // Another replica reads the person anew: the change is seen there too.
    expect(b.texts(await b.send(privateText(7102, '/help', { languageCode: 'en', ...id() })))[0]).toMatch(/file a complaint/);

    await a.send(callback(7102, languageData.encode({ locale: 'ru' }), { languageCode: 'en', ...id() }));
    expect(b.texts(await b.send(privateText(7102, '/help', { languageCode: 'kk', ...id() })))[0]).toMatch(/подать жалобу/);
    expect((await user(b, 7102))?.languageCode).toBe('kk');
  });

  it('when a form is opened through one replica, then the other takes its next step, and a form ended there is gone here', async () => {
    expect(a.texts(await a.send(privateText(7103, '/complain', id()))).join('\n')).toMatch(/О чём жалоба/);
    const next = b.texts(await b.send(callback(7103, formData.encode({ action: 'cat', arg: 'water' }), id()))).join('\n');
    expect(next).toMatch(/В каком населённом пункте|Опишите проблему/);
    const state = await b.app.db.prisma.conversationState.findUnique({ where: { chatId_userId: { chatId: 7103n, userId: 7103n } } });
    expect(state?.kind).toBe('complaint');

    await b.send(privateText(7103, '/cancel', id()));
    // Plain text in private with no form is a question, not a form's answer.
    expect(a.texts(await a.send(privateText(7103, 'Ойыл', id()))).join('\n')).not.toMatch(/Опишите проблему/);
    expect(await a.app.db.prisma.conversationState.count({ where: { userId: 7103n, kind: 'complaint' } })).toBe(0);
  });

  it('when a person is made staff through one replica, then their very next /help on the other lists the staff commands, and no longer once they are removed', async () => {
    const help = async (h: Harness) => h.texts(await h.send(privateText(7104, '/help', id()))).join('\n');
    expect(await help(b)).not.toMatch(/\/inbox/); // b has now seen the person as a resident
    await a.send(privateText(OWNER, '/admins add 7104', id()));
    expect(await help(b)).toMatch(/\/inbox/);
    expect(await help(b)).not.toMatch(/\/admins/);
    await a.send(privateText(OWNER, '/admins remove 7104', id()));
    expect(await help(b)).not.toMatch(/\/inbox/);
    expect(await help(a)).toMatch(/\/complain/);
  });
});

/**
 * Replicas share one bot only through a webhook (Telegram gives getUpdates to one process at a time):
 * there each update's claim is written to the database before its handler runs.
 */
describe.each(FRAMEWORKS)('webhook replicas under %s', (framework) => {
  const SECRET = 'replica-secret';
  let a: Harness;
  let b: Harness;
  const env = { BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.kz/hook', WEBHOOK_SECRET: SECRET };

  beforeAll(async () => {
    a = await startHarness({ framework, env });
    b = await startHarness({ framework, databaseUrl: a.databaseUrl, env });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  const post = async (h: Harness, update: Record<string, unknown>) => {
    const mark = h.fake.mark();
    const res = await fetch(`http://127.0.0.1:${h.app.http.port}/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(update),
    });
    expect(res.status).toBe(200); // both frameworks answer the request once the handler (and its reply) is done
    return h.texts(h.fake.calls.filter((c) => c.index >= mark));
  };

  it('when an update comes again, to the same replica or another, then it is processed once', async () => {
    const update = privateText(7201, '/help', { updateId: 730_001 });
    expect(await post(a, update)).toHaveLength(1);
    expect(await post(a, { ...update })).toHaveLength(0);
    expect(await post(b, { ...update })).toHaveLength(0);
    expect(await post(b, privateText(7201, '/help', { updateId: 730_002 }))).toHaveLength(1);
  });
});
