import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostsRuntime } from '../../src/app/posts-runtime.ts';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { enterResults, seedArea, seedElection, seedGroup } from '../support/posts-fixtures.ts';
import { callback, groupText, privateText, topicCreated } from '../support/updates.ts';
import { groupsData } from '../../src/core/groups/buttons.ts';

const sendsTo = (h: Harness, chat: number, from = 0) =>
  h.fake.callsOf('sendMessage').filter((c) => c.index >= from && c.params.chat_id === chat);

describe.each(FRAMEWORKS)('forum topics under %s', (framework) => {
  let h: Harness;
  let rt: PostsRuntime;
  const base = framework === 'telegraf' ? -100_300_000 : -100_400_000;
  beforeAll(async () => {
    h = await startHarness({ framework });
    await seedArea(h.app.db.prisma);
    await seedElection(h.app.db.prisma);
    rt = h.app.wiring.posts;
    rt.worker.start();
  });
  afterAll(async () => {
    await rt?.worker.stop();
    await h?.stop();
  });

  it('when a question is asked in topic 7, then it is answered in topic 7, replying to the question', async () => {
    const g = base - 1;
    await seedGroup(h.app.db.prisma, g, { locale: 'ru' });
    const update = groupText(g, 6101, '/elections', { threadId: 7, topicName: 'Выборы' });
    const calls = await h.send(update);
    const sent = calls.filter((c) => c.method === 'sendMessage');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((c) => c.ok && c.params.message_thread_id === 7)).toBe(true);
    expect(sent[0]!.params.reply_parameters?.message_id).toBe((update.message as { message_id: number }).message_id);
    expect(sent[0]!.result).toMatchObject({ message_thread_id: 7, is_topic_message: true });
    // A mention in the same topic, and a question in General (no thread id).
    const mention = await h.send(groupText(g, 6101, '@test_bot когда выборы?', { threadId: 7 }));
    expect(mention.filter((c) => c.method === 'sendMessage').every((c) => c.params.message_thread_id === 7)).toBe(true);
    const general = await h.send(groupText(g, 6101, '/elections', { forum: true }));
    expect(general.filter((c) => c.method === 'sendMessage').every((c) => c.params.message_thread_id === undefined)).toBe(true);
  });

  it('when /complain is sent in a topic, then the deep link comes in that topic and opens the form for the group', async () => {
    const g = base - 2;
    await seedGroup(h.app.db.prisma, g, { locale: 'ru' });
    const calls = await h.send(groupText(g, 6102, '/complain', { threadId: 9, topicName: 'Вода' }));
    const sent = calls.filter((c) => c.method === 'sendMessage');
    expect(sent.every((c) => c.params.message_thread_id === 9)).toBe(true);
    const link = sent.flatMap((c) => c.params.reply_markup?.inline_keyboard?.flat() ?? []).find((b: { url?: string }) => b.url)?.url;
    expect(link).toBe(`https://t.me/test_bot?start=c_${g}`);
    const opened = h.texts(await h.send(privateText(6102, `/start c_${g}`)));
    expect(opened.join('\n')).toMatch(/О чём жалоба/);
    await h.send(privateText(6102, '/cancel'));
  });

  it('when an admin sends /setup here in a topic and picks results, then results are posted into that topic', async () => {
    const g = base - 3;
    await seedGroup(h.app.db.prisma, g, { locale: 'ru', subs: [{ kind: 'results' }] });
    h.fake.setChatMember(g, 6103, 'administrator');
    await h.send(topicCreated(g, 12, 'Выборы'));
    const here = await h.send(groupText(g, 6103, '/setup here', { threadId: 12, topicName: 'Выборы' }));
    const menu = here.find((c) => c.method === 'sendMessage')!;
    expect(menu.params.message_thread_id).toBe(12);
    const buttons = menu.params.reply_markup.inline_keyboard.flat().map((b: { callback_data: string }) => b.callback_data);
    expect(buttons).toContain(groupsData.encode({ op: 'th', kind: 'results', thread: 12 }));
    // A member may not press it.
    h.fake.setChatMember(g, 6104, 'member');
    await h.send(callback(6104, groupsData.encode({ op: 'th', kind: 'results', thread: 12 }), { chatId: g, threadId: 12 }));
    expect((await h.app.db.prisma.chatSubscription.findFirst({ where: { chatId: BigInt(g), kind: 'results' } }))?.threadId).toBeNull();
    await h.send(callback(6103, groupsData.encode({ op: 'th', kind: 'results', thread: 12 }), { chatId: g, threadId: 12 }));
    expect((await h.app.db.prisma.chatSubscription.findFirst({ where: { chatId: BigInt(g), kind: 'results' } }))?.threadId).toBe(12);
    // The topic list in /setup names it.
    const list = await h.send(callback(6103, groupsData.encode({ op: 'kt', kind: 'results' }), { chatId: g }));
    const labels = list
      .filter((c) => c.method === 'editMessageText')
      .flatMap((c) => c.params.reply_markup.inline_keyboard.flat().map((b: { text: string }) => b.text));
    expect(labels).toContain('✓ Выборы');
    const mark = h.fake.mark();
    await enterResults(h.app.db.prisma);
    await rt.scheduler.tick(new Date('2026-12-07T05:00:05Z'));
    const post = await h.fake.waitFor('sendMessage', (p, c) => p.chat_id === g && c.ok && /310/.test(p.text), {
      after: mark,
      timeoutMs: 10_000,
    });
    expect(post.params.message_thread_id).toBe(12);
  });

  it('when the chosen topic is closed, then the post falls back to General once, moderators are told once, and later posts go to General', async () => {
    const g = base - 4;
    await seedGroup(h.app.db.prisma, g, { locale: 'en', subs: [{ kind: 'digest', cron: '0 20 * * *' }] });
    await h.send(topicCreated(g, 21, 'Complaints'));
    await h.app.db.prisma.chatSubscription.update({
      where: { chatId_kind: { chatId: BigInt(g), kind: 'digest' } },
      data: { threadId: 21 },
    });
    h.fake.state.topics.setClosed(g, 21, true);
    const mark = h.fake.mark();
    await rt.scheduler.tick(new Date('2026-11-27T15:00:05Z'));
    await h.fake.waitFor('sendMessage', (p, c) => p.chat_id === g && c.ok && /can no longer post/.test(p.text), {
      after: mark,
      timeoutMs: 10_000,
    });
    const calls = sendsTo(h, g, mark);
    const refused = calls.filter((c) => !c.ok);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.error).toMatchObject({ error_code: 400, description: 'Bad Request: TOPIC_CLOSED' });
    const delivered = calls.filter((c) => c.ok);
    expect(delivered.map((c) => c.params.message_thread_id)).toEqual([undefined, undefined]);
    expect(delivered[1]!.params.text).toMatch(/"Complaints"[\s\S]*Complaints digest/);
    expect((await h.app.db.prisma.chatSubscription.findFirst({ where: { chatId: BigInt(g), kind: 'digest' } }))?.threadId).toBeNull();
    // The next day: straight to General, no second try in the topic, no second notice.
    const next = h.fake.mark();
    await rt.scheduler.tick(new Date('2026-11-28T15:00:05Z'));
    await h.fake.waitFor('sendMessage', (p, c) => p.chat_id === g && c.ok, { after: next, timeoutMs: 10_000 });
    const later = sendsTo(h, g, next);
    expect(later.every((c) => c.ok && c.params.message_thread_id === undefined)).toBe(true);
    expect(later.some((c) => /can no longer post/.test(c.params.text))).toBe(false);
    const row = await h.app.db.prisma.outboxMessage.findFirst({ where: { chatId: BigInt(g) }, orderBy: { id: 'asc' } });
    expect(row?.status).toBe('sent');
  });

  it('when the topic was deleted, then Telegram answers "message thread not found" and the post still reaches General', async () => {
    const g = base - 5;
    await seedGroup(h.app.db.prisma, g, { locale: 'ru', subs: [{ kind: 'digest', cron: '30 20 * * *' }] });
    await h.send(topicCreated(g, 31, 'Жалобы'));
    await h.app.db.prisma.chatSubscription.update({
      where: { chatId_kind: { chatId: BigInt(g), kind: 'digest' } },
      data: { threadId: 31 },
    });
    h.fake.state.topics.delete(g, 31);
    const mark = h.fake.mark();
    await rt.scheduler.tick(new Date('2026-11-27T15:30:05Z'));
    await h.fake.waitFor('sendMessage', (p, c) => p.chat_id === g && c.ok && /Модераторы/.test(p.text), { after: mark, timeoutMs: 10_000 });
    const calls = sendsTo(h, g, mark);
    expect(calls.filter((c) => !c.ok).map((c) => c.error?.description)).toEqual(['Bad Request: message thread not found']);
    expect(calls.filter((c) => c.ok)).toHaveLength(2);
  });
});
