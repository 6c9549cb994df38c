import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeApiError } from '../../src/emulator/bot-api.ts';
import { BUILTIN_METHODS } from '../../src/emulator/methods.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, privateText } from '../support/updates.ts';
import { formData } from '../../src/core/complaints/form/buttons.ts';

const REFERENCE = /C-\d{4}-\d{6}/;

describe.each(FRAMEWORKS)('one form files one complaint under %s', (framework) => {
  let h: Harness;
  const say = async (user: number, text: string) => h.texts(await h.send(privateText(user, text))).join('\n');
  const press = async (user: number, data: string) => h.texts(await h.send(callback(user, data))).join('\n');
  const sql = (statement: string) => h.app.db.prisma.$executeRawUnsafe(statement);

  /** A form at its confirmation screen (category "other", no settlement, no photos, no location). */
  async function toConfirm(user: number) {
    await say(user, '/complain');
    await press(user, formData.encode({ action: 'cat', arg: 'other' }));
    await press(user, formData.encode({ action: 'set', arg: 'none' }));
    await say(user, 'Фонарь на остановке не горит уже месяц');
    await press(user, formData.encode({ action: 'next', arg: '' }));
    await press(user, formData.encode({ action: 'skip', arg: '' }));
    expect(await press(user, formData.encode({ action: 'consent', arg: 'n' }))).toMatch(/Проверьте жалобу/);
  }

  beforeAll(async () => {
    h = await startHarness({ framework });
  });
  afterAll(async () => h?.stop());

  it('when the write that closes the form fails once, then "Send" again gives the same reference and one complaint', async () => {
    const user = 9201;
    await toConfirm(user);
    // The complaint is saved, then closing the form fails: the second write of "Send".
    await sql(`CREATE TRIGGER fail_close BEFORE DELETE ON "ConversationState" BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    const failed = await h.send(callback(user, formData.encode({ action: 'send', arg: '' })));
    await sql('DROP TRIGGER fail_close');
    expect(h.texts(failed).join('\n')).not.toMatch(REFERENCE);
    const apology = failed.find((c) => c.method === 'answerCallbackQuery')?.params.text;
    expect(apology).toMatch(/что-то пошло не так/i);

    const again = await press(user, formData.encode({ action: 'send', arg: '' }));
    const reference = REFERENCE.exec(again)?.[0];
    expect(reference).toBeDefined();
    const rows = await h.app.db.prisma.complaint.findMany({ where: { authorId: BigInt(user) } });
    expect(rows.map((r) => r.reference)).toEqual([reference]);
    // The resident was told directly: the outbox's fallback receipt will not repeat it.
    const receipts = await h.app.db.prisma.outboxMessage.findMany({ where: { chatId: BigInt(user) } });
    expect(receipts.map((r) => r.status)).toEqual(['sent']);
    expect(await press(user, formData.encode({ action: 'send', arg: '' }))).not.toMatch(REFERENCE);
  });

  it('when the bot stops after saving but before answering, then the outbox tells the resident once', async () => {
    const user = 9202;
    await toConfirm(user);
    // Telegram unreachable for this chat until the process is gone: the direct answer never arrives.
    h.fake.setHandler('sendMessage', (params, ctx) => {
      if (params.chat_id === user) throw new FakeApiError(502, 'Bad Gateway');
      return BUILTIN_METHODS.sendMessage!(params, ctx);
    });
    await press(user, formData.encode({ action: 'send', arg: '' }));
    const [complaint] = await h.app.db.prisma.complaint.findMany({ where: { authorId: BigInt(user) } });
    expect(h.fake.sent(user).some((p) => String(p.text).includes(complaint!.reference))).toBe(false);

    await h.app.stop();
    h.fake.setHandler('sendMessage', undefined);
    await startDeliveryOnce(h); // a new process: receipts queued by the old one are due at once
    const told = h.fake.sent(user).filter((p) => String(p.text).includes(complaint!.reference));
    expect(told).toHaveLength(1);
  }, 60_000);
});

/** Runs the bot once more with the delivery worker on and waits until the outbox is empty. */
async function startDeliveryOnce(h: Harness): Promise<void> {
  const worker = await startHarness({ framework: 'telegraf', fake: h.fake, databaseUrl: h.databaseUrl, env: { SCHEDULER: 'on' } });
  try {
    await h.fake.waitFor('sendMessage', (params, call) => call.ok && REFERENCE.test(String(params.text)), 10_000);
  } finally {
    await worker.stop();
  }
}
