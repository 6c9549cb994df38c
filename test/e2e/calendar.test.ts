import nodeIcal, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostsRuntime } from '../../src/app/posts-runtime.ts';
import type { UploadedFile } from '../../src/emulator/multipart.ts';
import type { ApiCall } from '../../src/emulator/bot-api.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { AREA, seedArea, seedElection, seedGroup } from '../support/posts-fixtures.ts';
import { callback, privateText } from '../support/updates.ts';
import { electionsData } from '../../src/core/elections/buttons.ts';

const ELECTION = 'aktogay-2026';

/** The one VEVENT of an .ics the bot sent, as a calendar app would read it. */
function eventOf(calls: ApiCall[]): VEvent {
  const doc = calls.find((c) => c.method === 'sendDocument' && c.ok)!;
  expect(doc.params.document.filename).toMatch(/\.ics$/);
  const parsed = nodeIcal.sync.parseICS((doc.params.document as UploadedFile).data.toString('utf8'));
  const events = Object.values(parsed).filter((v): v is VEvent => v?.type === 'VEVENT');
  expect(events).toHaveLength(1);
  return events[0]!;
}
const text = (v: unknown) => (typeof v === 'string' ? v : (v as { val: string }).val);

describe.each(FRAMEWORKS)('add to calendar under %s', (framework) => {
  let h: Harness;
  let rt: PostsRuntime;
  beforeAll(async () => {
    h = await startHarness({ framework, clock: { now: () => new Date('2026-12-01T06:00:00Z') } });
    await seedArea(h.app.db.prisma);
    await seedElection(h.app.db.prisma, ELECTION);
    rt = h.app.wiring.posts;
    rt.worker.start();
  });
  afterAll(async () => {
    await rt?.worker.stop();
    await h?.stop();
  });

  it('when a Kazakh-speaking resident presses "add to calendar" under /elections, then an .ics in Kazakh has the polling day 07:00-20:00 and the place', async () => {
    const user = 7201;
    await h.send(privateText(user, '/start', { languageCode: 'kk' }));
    await h.app.db.prisma.user.update({ where: { id: BigInt(user) }, data: { settlementId: AREA } });
    const list = await h.send(privateText(user, '/elections', { languageCode: 'kk' }));
    const buttons = list.filter((c) => c.method === 'sendMessage').flatMap((c) => c.params.reply_markup?.inline_keyboard?.flat() ?? []);
    const add = buttons.find(
      (b: { callback_data?: string }) => b.callback_data === electionsData.encode({ op: 'k', electionId: ELECTION }),
    );
    expect(add?.text).toMatch(/Күнтізбеге/);
    const event = eventOf(await h.send(callback(user, electionsData.encode({ op: 'k', electionId: ELECTION }), { languageCode: 'kk' })));
    expect(event.start.toISOString()).toBe('2026-12-06T02:00:00.000Z'); // 07:00 in Almaty
    expect(event.end?.toISOString()).toBe('2026-12-06T15:00:00.000Z'); // 20:00
    expect(text(event.summary)).toMatch(/Әкім сайлауы: Ақтоғай/);
    expect(text(event.location)).toMatch(/Ақтоғай/);
    expect(text(event.description)).toMatch(/07:00/);
    expect(event.uid).toBe(`election-${ELECTION}`);
  });

  it("when the button is pressed in a group, then it opens the private chat, and the file comes in the presser's language", async () => {
    const g = framework === 'telegraf' ? -100_700_001 : -100_800_001;
    await seedGroup(h.app.db.prisma, g, { locale: 'kk' });
    const pressed = await h.send(
      callback(7202, electionsData.encode({ op: 'k', electionId: ELECTION }), { chatId: g, languageCode: 'en' }),
    );
    const answer = pressed.find((c) => c.method === 'answerCallbackQuery')!;
    expect(answer.params.url).toBe(`https://t.me/test_bot?start=ics_${ELECTION}`);
    expect(pressed.some((c) => c.method === 'sendDocument')).toBe(false);
    const event = eventOf(await h.send(privateText(7202, `/start ics_${ELECTION}`, { languageCode: 'en' })));
    expect(text(event.summary)).toBe('Akim election: Aktogay');
  });

  it('when the election data publishes the hours and the polling place, then the calendar entry uses them', async () => {
    await seedElection(h.app.db.prisma, 'aktogay-2026-b');
    await h.app.db.prisma.election.update({
      where: { id: 'aktogay-2026-b' },
      data: { pollsOpen: '08:00', pollsClose: '21:30', pollingPlaceRu: 'Школа № 3, ул. Абая, 12' },
    });
    const event = eventOf(
      await h.send(callback(7203, electionsData.encode({ op: 'k', electionId: 'aktogay-2026-b' }), { languageCode: 'ru' })),
    );
    expect(event.start.toISOString()).toBe('2026-12-06T03:00:00.000Z');
    expect(event.end?.toISOString()).toBe('2026-12-06T16:30:00.000Z');
    expect(text(event.location)).toBe('Школа № 3, ул. Абая, 12, Актогай');
    expect(text(event.description)).toMatch(/с 08:00 до 21:30/);
  });

  it('when a reminder is posted, then it carries an "add to calendar" link in the group\'s language', async () => {
    const g = framework === 'telegraf' ? -100_700_002 : -100_800_002;
    await seedGroup(h.app.db.prisma, g, { locale: 'ru', subs: [{ kind: 'reminders' }] });
    const mark = h.fake.mark();
    await rt.scheduler.tick(new Date('2026-11-29T04:00:05Z'));
    const post = await h.fake.waitFor('sendMessage', (p, c) => p.chat_id === g && c.ok, { after: mark, timeoutMs: 10_000 });
    const link = post.params.reply_markup.inline_keyboard.flat()[0];
    expect(link).toEqual({ text: '📅 Добавить в календарь', url: `https://t.me/test_bot?start=ics_${ELECTION}` });
  });
});
