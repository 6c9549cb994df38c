import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, privateText } from '../support/updates.ts';
import { formData } from '../../src/core/complaints/form/buttons.ts';

describe.each(FRAMEWORKS)('an update is never silently lost under %s', (framework) => {
  let h: Harness;
  const sql = (statement: string) => h.app.db.prisma.$executeRawUnsafe(statement);
  const claimed = async (updateId: number) => (await h.app.db.prisma.processedUpdate.count({ where: { updateId: BigInt(updateId) } })) > 0;

  /** Telegram delivers the same update again (a webhook retry, getUpdates after a restart). */
  async function redeliver(update: Record<string, unknown>) {
    const mark = h.fake.mark();
    h.fake.pushUpdate(update);
    return h.fake.waitFor('sendMessage', (_p, c) => c.ok, { after: mark, timeoutMs: 5000 });
  }

  beforeAll(async () => {
    h = await startHarness({ framework });
  });
  afterAll(async () => h?.stop());

  it('when the database fails before any handler runs, then the person gets an apology in their language and a redelivery is answered', async () => {
    const update = privateText(9801, '/help', { languageCode: 'kk', updateId: 980_001 });
    await sql(`CREATE TRIGGER no_users BEFORE INSERT ON "User" BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    const failed = h.texts(await h.send(update));
    await sql('DROP TRIGGER no_users');
    expect(failed).toEqual(['Кешіріңіз, қате шықты. Сәл кейінірек қайталап көріңіз.']);
    expect(await claimed(980_001)).toBe(false);

    const answer = await redeliver(update);
    expect(String(answer.params.text)).toMatch(/\/complain/);
    expect(await claimed(980_001)).toBe(true);
  });

  it('when the database fails inside a handler, then the apology comes, the claim is given back and the redelivery does the work', async () => {
    const update = privateText(9802, '/complain', { updateId: 980_002 });
    await sql(`CREATE TRIGGER no_forms BEFORE INSERT ON "ConversationState" BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    const failed = h.texts(await h.send(update));
    await sql('DROP TRIGGER no_forms');
    expect(failed.at(-1)).toMatch(/что-то пошло не так/i);
    expect(await claimed(980_002)).toBe(false);

    await redeliver(update);
    expect(await h.app.db.prisma.conversationState.count({ where: { userId: 9802n } })).toBe(1);
  });

  it('when the database fails on a button press, then the button is answered with the apology', async () => {
    await sql(`CREATE TRIGGER no_chats BEFORE UPDATE ON "Chat" BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    await sql(`CREATE TRIGGER no_new_chats BEFORE INSERT ON "Chat" BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    const calls = await h.send(callback(9803, formData.encode({ action: 'cat', arg: 'water' }), { languageCode: 'en' }));
    await sql('DROP TRIGGER no_chats');
    await sql('DROP TRIGGER no_new_chats');
    const toast = calls.find((c) => c.method === 'answerCallbackQuery');
    expect(toast?.params.text).toBe('Sorry, something went wrong. Please try again a bit later.');
  });
});
