import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaComplaintRepository } from '../../src/adapters/db/repositories/prisma-complaint-repository.ts';
import { exportData } from '../../src/core/admin/buttons.ts';
import { EMPTY_STATE } from '../../src/core/admin/inbox-state.ts';
import { BUILTIN_METHODS } from '../../src/emulator/methods.ts';
import { plainComplaint } from '../support/file-complaint.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, privateText } from '../support/updates.ts';

const OWNER = 9501;
const AUTHOR = 9502;
const OTHER = 9503;
const COMPLAINTS = 25;

describe.each(FRAMEWORKS)('/export shows its progress under %s', (framework) => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ framework, env: { ADMIN_IDS: String(OWNER) } });
    const complaints = new PrismaComplaintRepository(h.app.db.prisma);
    for (let i = 0; i < COMPLAINTS; i++) {
      await complaints.create(plainComplaint(AUTHOR, 'roads', `Яма номер ${i}`));
    }
  });
  afterAll(async () => h?.stop());

  it('when staff export, then one message is edited with the progress, the files follow, and another resident is answered meanwhile', async () => {
    const screen = await h.send(privateText(OWNER, '/export'));
    const screenId = screen.find((c) => c.method === 'sendMessage')!.result as { message_id: number };
    // The first file waits at Telegram until the other resident was answered: the export is under way
    // while the bot answers someone else.
    let release!: () => void;
    const answeredOther = new Promise<void>((r) => {
      release = r;
    });
    h.fake.setHandler('sendDocument', async (params, ctx) => {
      await answeredOther;
      return BUILTIN_METHODS.sendDocument!(params, ctx);
    });
    try {
      const start = h.fake.mark();
      const exporting = h.send(callback(OWNER, exportData.encode({ op: 'go', state: EMPTY_STATE }), { messageId: screenId.message_id }));
      await h.fake.waitFor('editMessageText', (p) => /Жалобы: \d+ из 25/.test(String(p.text)), { after: start, timeoutMs: 10_000 });
      const other = h.texts(await h.send(privateText(OTHER, '/help')));
      expect(other[0]).toMatch(/\/complain/);
      release();
      await exporting;

      const calls = h.fake.calls.filter((c) => c.index >= start && c.ok);
      const edits = calls.filter((c) => c.method === 'editMessageText' && c.params.chat_id === OWNER);
      // One message, edited: preparing, progress of each file, then the count.
      expect(new Set(edits.map((c) => c.params.message_id))).toEqual(new Set([screenId.message_id]));
      expect(String(edits[0]!.params.text)).toMatch(/Готовлю файлы/);
      expect(
        edits
          .map((c) => String(c.params.text))
          .filter((t) => /Жалобы: 25 из 25/.test(t))
          .map((t) => t.split('.')[0]),
      ).toEqual(['Готовлю CSV', 'Готовлю XLSX']);
      expect(String(edits.at(-1)!.params.text)).toBe('Выгружено жалоб: 25.');
      expect(calls.filter((c) => c.method === 'sendMessage' && c.params.chat_id === OWNER)).toEqual([]);

      const docs = calls.filter((c) => c.method === 'sendDocument');
      expect(docs.map((c) => (c.params.document as { filename: string }).filename.split('.').pop())).toEqual(['csv', 'xlsx']);
      const answer = calls.find((c) => c.method === 'sendMessage' && c.params.chat_id === OTHER)!;
      const firstProgress = edits.find((c) => /Жалобы/.test(String(c.params.text)))!;
      // By order: progress shown, the other resident answered, then the files and the final count.
      expect(firstProgress.index).toBeLessThan(answer.index);
      expect(answer.index).toBeLessThan(docs[0]!.index);
      expect(docs[1]!.index).toBeLessThan(edits.at(-1)!.index);
    } finally {
      h.fake.setHandler('sendDocument', undefined);
    }
  });
});
