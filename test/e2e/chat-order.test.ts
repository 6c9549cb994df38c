import { afterAll, describe, expect, it } from 'vitest';
import { formData } from '../../src/core/complaints/form/buttons.ts';
import { startFakeBotApi } from '../../src/emulator/bot-api.ts';
import { FRAMEWORKS, removeAllTempSqlite, startHarness, tempSqliteUrl } from '../support/harness.ts';
import { callback, privateText } from '../support/updates.ts';

const RESIDENT = 7300;
const OTHER = 7301;

describe.each(FRAMEWORKS)("one chat's updates in the order they came, under %s", (framework) => {
  afterAll(() => removeAllTempSqlite());

  it("when a resident's /complain and their category press wait together for a restarted bot, then the press finds the form /complain opened, and another chat is answered too", async () => {
    const fake = await startFakeBotApi();
    const databaseUrl = tempSqliteUrl();
    const ru = { languageCode: 'ru' };
    try {
      // The bot is down while the updates queue up at Telegram: its first getUpdates takes them all in one batch.
      await (await startHarness({ framework, fake, databaseUrl })).stop();
      const mark = fake.mark();
      fake.pushUpdate(privateText(RESIDENT, '/complain', ru));
      const press = callback(RESIDENT, formData.encode({ action: 'cat', arg: 'other' }), ru);
      fake.pushUpdate(press);
      fake.pushUpdate(privateText(OTHER, '/help', ru));
      const h = await startHarness({ framework, fake, databaseUrl });
      try {
        const pressId = (press.callback_query as { id: string }).id;
        const answer = await fake.waitFor('answerCallbackQuery', (p) => p.callback_query_id === pressId, { after: mark });
        expect(String(answer.params.text ?? '')).not.toMatch(/устарела/);
        await fake.waitFor('sendMessage', (p) => p.chat_id === OTHER, { after: mark });
        const texts = fake.calls
          .filter((c) => c.index >= mark && c.ok && c.method === 'sendMessage' && c.params.chat_id === RESIDENT)
          .map((c) => String(c.params.text));
        expect(texts).toHaveLength(2);
        expect(texts[0]).toContain('Выберите категорию');
        expect(texts[1]).toContain('В каком населённом пункте');
        const form = await h.app.db.prisma.conversationState.findFirst({ where: { userId: BigInt(RESIDENT) } });
        expect(form?.step).toBe('settlement');
      } finally {
        await h.stop();
      }
    } finally {
      await fake.close();
    }
  });
});
