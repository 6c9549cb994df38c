import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostsRuntime } from '../../src/app/posts-runtime.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { enterResults, seedArea, seedComplaints, seedElection, seedGroup } from '../support/posts-fixtures.ts';
import { callback, groupText, privateText } from '../support/updates.ts';
import { chatId } from '../../src/core/ids.ts';
import { postNowData } from '../../src/core/posts/buttons.ts';

const textsTo = (h: Harness, chat: number) =>
  h.fake
    .callsOf('sendMessage')
    .filter((c) => c.ok && c.params.chat_id === chat)
    .map((c) => String(c.params.text));

describe.each(FRAMEWORKS)('scheduled posts under %s', (framework) => {
  let h: Harness;
  let rt: PostsRuntime;
  const base = framework === 'telegraf' ? -100_100_000 : -100_200_000;
  beforeAll(async () => {
    h = await startHarness({ framework });
    const db = h.app.db.prisma;
    await seedArea(db);
    await seedElection(db);
    await seedComplaints(db);
    rt = h.app.wiring.posts;
    rt.worker.start();
  });
  afterAll(async () => {
    await rt?.worker.stop();
    await h?.stop();
  });

  it('when the clock reaches each schedule, then the group receives the reminder, the digest and the results in its language', async () => {
    const g = base - 1;
    await seedGroup(h.app.db.prisma, g, {
      locale: 'ru',
      subs: [{ kind: 'digest', cron: '0 20 * * *' }, { kind: 'reminders' }, { kind: 'results' }],
    });
    // 27 Nov 20:00 in Almaty: the digest (the vote's week-before reminder is on 29 Nov).
    await rt.scheduler.tick(new Date('2026-11-27T15:00:05Z'));
    const digest = await h.fake.waitFor('sendMessage', (p) => p.chat_id === g && /Жалобы/.test(p.text));
    expect(digest.params.text).toMatch(/Вода: новых 2, решено 1, просрочено 1/);
    expect(digest.params.text).not.toMatch(/secret|Secret/);
    // 29 Nov 09:00 Almaty = 04:00 UTC: a week before the vote.
    await rt.scheduler.tick(new Date('2026-11-29T04:00:05Z'));
    const week = await h.fake.waitFor('sendMessage', (p) => p.chat_id === g && /Через неделю/.test(p.text));
    expect(week.params.text.indexOf('Айгуль')).toBeLessThan(week.params.text.indexOf('Борис'));
    // Results entered on 7 Dec: posted on the next tick, once.
    await enterResults(h.app.db.prisma);
    await rt.scheduler.tick(new Date('2026-12-07T05:00:05Z'));
    await h.fake.waitFor('sendMessage', (p) => p.chat_id === g && /Айгуль/.test(p.text) && /310/.test(p.text));
    await rt.scheduler.tick(new Date('2026-12-07T05:01:05Z'));
    expect(textsTo(h, g).filter((t) => /310/.test(t))).toHaveLength(1);
  });

  it('when Telegram answers 429 with retry_after, then the worker waits that long and no more, then sends', async () => {
    const g = base - 2;
    await seedGroup(h.app.db.prisma, g, { subs: [{ kind: 'digest', cron: '30 20 * * *' }] });
    h.fake.tooManyRequests(2, { chatId: g });
    await rt.scheduler.tick(new Date('2026-11-27T15:30:05Z'));
    const ok = await h.fake.waitFor('sendMessage', (p, c) => p.chat_id === g && c.ok, 10_000);
    const refused = h.fake.callsOf('sendMessage').find((c) => c.params.chat_id === g && c.error?.error_code === 429)!;
    const waited = ok.at - refused.at;
    expect(waited).toBeGreaterThanOrEqual(2000);
    expect(waited).toBeLessThan(4_900); // well under the next poll or backoff step; the exact wait is unit-tested (resilient-api)
  });

  it('when the bot was removed from a group (403), then the row fails with the reason and the group is marked', async () => {
    const g = base - 3;
    await seedGroup(h.app.db.prisma, g, { subs: [{ kind: 'digest', cron: '45 20 * * *' }] });
    h.fake.blockChat(g);
    await rt.scheduler.tick(new Date('2026-11-27T15:45:05Z'));
    await waitUntil(async () => (await h.app.db.prisma.outboxMessage.findFirst({ where: { chatId: BigInt(g) } }))?.status === 'failed');
    const row = await h.app.db.prisma.outboxMessage.findFirst({ where: { chatId: BigInt(g) } });
    expect(row?.reason).toBe('chat_left');
    expect((await h.app.db.prisma.chat.findUnique({ where: { id: BigInt(g) } }))?.status).toBe('left');
  });

  it('when a group migrates to a supergroup mid-broadcast, then its post goes to the new id and the others still arrive', async () => {
    const groups = [4, 5, 6, 7, 8].map((i) => base - i);
    for (const g of groups) await seedGroup(h.app.db.prisma, g, { subs: [{ kind: 'digest', cron: '50 20 * * *' }] });
    const moved = groups[2]!;
    const newId = moved - 1_000_000_000_000;
    h.fake.migrateChat(moved, newId);
    await rt.scheduler.tick(new Date('2026-11-27T15:50:05Z'));
    await h.fake.waitFor('sendMessage', (p, c) => p.chat_id === newId && c.ok, 10_000);
    for (const g of groups.filter((x) => x !== moved)) await h.fake.waitFor('sendMessage', (p, c) => p.chat_id === g && c.ok, 10_000);
    expect(textsTo(h, newId)).toHaveLength(1);
    const sub = await h.app.db.prisma.chatSubscription.findFirst({ where: { chatId: BigInt(newId), kind: 'digest' } });
    expect(sub?.cron).toBe('50 20 * * *');
    await waitUntil(
      async () =>
        (await h.app.db.prisma.outboxMessage.count({
          where: { chatId: { in: [...groups.map(BigInt), BigInt(newId)] }, status: 'sent' },
        })) === 5,
    );
  });

  it('when a group admin sends /preview and presses "post now", then the digest is posted; a member gets a refusal', async () => {
    const g = base - 9;
    await seedGroup(h.app.db.prisma, g, { locale: 'en', subs: [{ kind: 'digest', cron: '0 20 * * *' }] });
    h.fake.setChatMember(g, 5101, 'administrator');
    h.fake.setChatMember(g, 5102, 'member');
    const preview = await h.send(groupText(g, 5101, '/preview', { languageCode: 'en' }));
    const texts = h.texts(preview).join('\n');
    expect(texts).toMatch(/Next complaint digest: .* at 20:00/);
    expect(texts).toMatch(/Water: new/);
    const pressed = await h.send(callback(5101, postNowData.encode({ kind: 'digest', chatId: chatId(g) }), { chatId: g }));
    expect(pressed.find((c) => c.method === 'answerCallbackQuery')?.params.text).toMatch(/Queued/);
    await h.fake.waitFor('sendMessage', (p, c) => p.chat_id === g && c.ok && /^Complaints in Aktogay/.test(p.text), 10_000);
    expect(h.texts(await h.send(groupText(g, 5102, '/preview')))[0]).toMatch(/Только администраторы|Only the group/);
  });

  it('when a resident sends /preview in private, then it answers like an unknown command and the private menu does not list it', async () => {
    const unknown = h.texts(await h.send(privateText(5103, '/nosuchcommand')));
    expect(h.texts(await h.send(privateText(5103, '/preview')))).toEqual(unknown);
    const menus = h.fake.callsOf('setMyCommands');
    const names = (scope: string) =>
      menus.filter((c) => c.params.scope?.type === scope).flatMap((c) => c.params.commands.map((x: { command: string }) => x.command));
    expect(names('all_private_chats')).not.toContain('preview');
    expect(names('all_group_chats')).not.toContain('preview');
    expect(names('all_chat_administrators')).toContain('preview');
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
