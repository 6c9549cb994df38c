import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/core/clock.ts';
import { chatId } from '../../../src/core/ids.ts';
import { postNow } from '../../../src/core/posts/post-now.ts';
import { postResultsNow } from '../../../src/core/posts/post-results-now.ts';
import { dueReminders } from '../../../src/core/posts/reminder-plan.ts';
import { resultsSlot } from '../../../src/core/posts/results-trigger.ts';
import { runScheduleTick } from '../../../src/core/posts/run-schedule-tick.ts';
import { election, fakePosts, group, withResults } from './fakes.ts';

const tick = (deps: ReturnType<typeof fakePosts>['deps'], from: Date, to: Date) => runScheduleTick(deps, { from, to });
const minuteBefore = (d: Date) => new Date(d.getTime() - 60_000);

describe('scheduled posts: one tick', () => {
  it('when two replicas tick the same minute, then the digest is published once', async () => {
    const w = fakePosts({ targets: [group(-1, { subscriptions: [{ kind: 'digest', cron: '0 20 * * *', enabled: true }] })] });
    const now = new Date('2026-11-27T15:00:05Z');
    const [a, b] = await Promise.all([tick(w.deps, minuteBefore(now), now), tick(w.deps, minuteBefore(now), now)]);
    expect(a.published.length + b.published.length).toBe(1);
    expect(w.published.map((p) => `${p.job}:${p.slot}`)).toEqual(['digest:2026-11-27T20:00+05:00']);
  });

  it('when groups in different zones share a cron, then each gets it at its own local time', async () => {
    const sub = [{ kind: 'digest' as const, cron: '0 20 * * *', enabled: true }];
    const w = fakePosts({ targets: [group(-1, { subscriptions: sub }), group(-2, { timeZone: 'Europe/Moscow', subscriptions: sub })] });
    const clock = fixedClock(new Date('2026-11-27T14:00:00Z'));
    const seen: string[] = [];
    for (let i = 0; i < 240; i++) {
      const from = clock.now();
      clock.advance(60_000);
      seen.push(...(await tick(w.deps, from, clock.now())).published);
    }
    expect(seen).toEqual(['digest:-1:2026-11-27T20:00+05:00', 'digest:-2:2026-11-27T20:00+03:00']);
  });

  it('when the second digest goes out, then it counts from the first one', async () => {
    const w = fakePosts({ targets: [group(-1, { subscriptions: [{ kind: 'digest', cron: '0 20 * * *', enabled: true }] })] });
    await tick(w.deps, new Date('2026-11-27T14:59:00Z'), new Date('2026-11-27T15:00:00Z'));
    await tick(w.deps, new Date('2026-11-28T14:59:00Z'), new Date('2026-11-28T15:00:00Z'));
    const vars = (w.published[1]!.text as { lines: Array<{ vars: Record<string, Date> }> }).lines[0]!.vars;
    expect(vars.from.toISOString()).toBe('2026-11-27T15:00:00.000Z');
    expect(vars.to.toISOString()).toBe('2026-11-28T15:00:00.000Z');
  });

  it('when reminders are due, then week, day and morning-of go out once each on the local dates', async () => {
    const w = fakePosts({
      targets: [group(-1, { subscriptions: [{ kind: 'reminders', cron: '', enabled: true }] })],
      elections: [election()],
    });
    const clock = fixedClock(new Date('2026-11-28T00:00:00Z'));
    const seen: string[] = [];
    while (clock.now() < new Date('2026-12-07T00:00:00Z')) {
      const from = clock.now();
      clock.advance(30 * 60_000);
      seen.push(...(await tick(w.deps, from, clock.now())).published);
    }
    expect(seen).toEqual(['reminders:-1:e1:week', 'reminders:-1:e1:day', 'reminders:-1:e1:today']);
    const candidates = JSON.stringify(w.published[0]!.text);
    expect(candidates.indexOf('Айгуль')).toBeLessThan(candidates.indexOf('Борис'));
    expect(candidates).not.toContain('Снятый');
  });

  it('when the bot was down at reminder time on voting morning, then the reminder goes out when it is back, once', async () => {
    const w = fakePosts({
      targets: [group(-1, { subscriptions: [{ kind: 'reminders', cron: '', enabled: true }] })],
      elections: [election()],
    });
    const poll = election().pollDate.toISOString().slice(0, 10);
    const at = (hhmm: string) => new Date(`${poll}T${hhmm}:00+05:00`);
    expect((await tick(w.deps, at('08:00'), at('08:59'))).published).toEqual([]); // before 09:00: not yet
    expect((await tick(w.deps, at('11:55'), at('12:00'))).published).toEqual(['reminders:-1:e1:today']); // down 09:00-11:55
    expect((await tick(w.deps, at('12:00'), at('12:01'))).published).toEqual([]);
  });

  it('when the chat is ahead of UTC, then a reminder is due by its local date across midnight', () => {
    // 2026-11-28T19:30Z is 29 Nov 00:30 in Almaty: the week-before date of a 6 Dec vote is 29 Nov.
    expect(dueReminders([election()], '2026-11-29').map((r) => r.slot)).toEqual(['e1:week']);
    expect(dueReminders([election()], '2026-11-28')).toEqual([]);
  });

  it('when results are published, corrected and annulled with a rerun, then each change is posted once', async () => {
    const w = fakePosts({
      targets: [group(-1, { subscriptions: [{ kind: 'results', cron: '', enabled: true }] })],
      elections: [withResults(election(), 1)],
    });
    const now = new Date('2026-12-07T10:00:00Z');
    expect((await tick(w.deps, minuteBefore(now), now)).published).toEqual(['results:-1:e1:v1']);
    expect((await tick(w.deps, now, new Date(now.getTime() + 60_000))).published).toEqual([]);
    w.state.elections = [withResults(election(), 2, 'official')];
    expect(await postResultsNow(w.deps, 'e1', now)).toEqual({ queued: 1, already: 0 });
    expect(await postResultsNow(w.deps, 'e1', now)).toEqual({ queued: 0, already: 1 });
    const annulled = { ...withResults(election(), 3), status: 'annulled' as const };
    w.state.elections = [annulled];
    await tick(w.deps, now, new Date(now.getTime() + 120_000));
    w.state.elections = [
      annulled,
      election({ id: 'e2', replacesId: 'e1', pollDate: new Date('2027-02-01T00:00:00Z'), status: 'scheduled' }),
    ];
    await tick(w.deps, now, new Date(now.getTime() + 180_000));
    expect(w.published.map((p) => p.slot)).toEqual(['e1:v1', 'e1:v2', 'e1:v3:annulled:none', 'e1:v3:annulled:e2@2027-02-01']);
  });

  it('when an election has no results, then there is no results slot', () => {
    expect(resultsSlot(election(), null)).toBeNull();
  });

  it('when a subscription has a broken cron, then that group reports an error and the others still post', async () => {
    const w = fakePosts({
      targets: [
        group(-1, { subscriptions: [{ kind: 'digest', cron: '99 * * * *', enabled: true }] }),
        group(-2, { subscriptions: [{ kind: 'digest', cron: '* * * * *', enabled: true }] }),
      ],
    });
    const r = await tick(w.deps, new Date('2026-11-27T14:59:00Z'), new Date('2026-11-27T15:00:00Z'));
    expect(r.errors.map((e) => e.chatId)).toEqual([-1n]);
    expect(r.published).toHaveLength(1);
  });

  it('when an admin presses "post now" twice in a minute, then the group gets one post', async () => {
    const w = fakePosts({ targets: [group(-1, { subscriptions: [{ kind: 'digest', cron: '0 20 * * *', enabled: true }] })] });
    const now = new Date('2026-11-27T10:00:00Z');
    expect(await postNow(w.deps, chatId(-1), 'digest', now)).toBe('queued');
    expect(await postNow(w.deps, chatId(-1), 'digest', now)).toBe('already');
    expect(await postNow(w.deps, chatId(-1), 'results', now)).toBe('nothing');
  });
});
