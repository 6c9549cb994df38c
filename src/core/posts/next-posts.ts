import type { ResultsChart } from '../elections/results-chart.ts';
import type { ChatId } from '../ids.ts';
import type { Text } from '../replies.ts';
import { PostWorld } from './build-posts.ts';
import type { PostKind, PostTarget } from './model.ts';
import type { PostDeps } from './ports.ts';
import { DEFAULT_REMINDER_CRON, nextReminder } from './reminder-plan.ts';
import { cronSchedule, nextRun } from '../time/cron.ts';
import { isoDate, toWallTime } from '../time/wall-time.ts';

export interface NextPost {
  kind: PostKind;
  /** When it is due (null: on the next change of results, or nothing planned). */
  at: Date | null;
  /** What it would say, or null when there is nothing to post. */
  text: Text | null;
  /** The slot a post now would claim (results: the version, so the schedule does not repeat it). */
  slot: string | null;
  /** Results: the chart posted with the text. */
  chart?: ResultsChart | null;
}

async function digestNext(world: PostWorld, t: PostTarget, cron: string, now: Date): Promise<NextPost> {
  const at = cron ? nextRun(cronSchedule(cron), t.timeZone, now) : null;
  return { kind: 'digest', at, text: await world.digest(t, await world.digestSince(t, now), now), slot: null };
}

function remindersNext(world: PostWorld, t: PostTarget, cron: string, now: Date): NextPost {
  const next = nextReminder(world.elections(t), isoDate(toWallTime(now, t.timeZone)));
  if (!next) return { kind: 'reminders', at: null, text: null, slot: null };
  // The first run of the group's reminder cron on the reminder's date (its own calendar).
  const spec = cronSchedule(cron || DEFAULT_REMINDER_CRON);
  let run = nextRun(spec, t.timeZone, new Date(Math.max(now.getTime(), Date.parse(`${next.date}T00:00:00Z`) - 15 * 3_600_000)));
  while (run && isoDate(toWallTime(run, t.timeZone)) < next.date) run = nextRun(spec, t.timeZone, run);
  return { kind: 'reminders', at: run, text: world.reminder(t, next.election, next.stage), slot: `${next.election.id}:${next.stage}` };
}

async function resultsNext(world: PostWorld, t: PostTarget, now: Date): Promise<NextPost> {
  const all = await world.results(t, now);
  const latest = all.sort((a, b) => b.election.pollDate.getTime() - a.election.pollDate.getTime())[0];
  return { kind: 'results', at: null, text: latest?.text ?? null, slot: latest?.slot ?? null, chart: latest?.chart ?? null };
}

/**
 * What a group would receive next, per enabled subscription (or for one kind): the time in the
 * group's zone and the text as it would be built now. Used by /preview and "post now".
 */
export async function nextPosts(
  deps: PostDeps,
  chatId: ChatId,
  now: Date,
  only?: PostKind,
): Promise<{ target: PostTarget; items: NextPost[] } | null> {
  const target = await deps.targets.find(chatId);
  if (!target) return null;
  const world = await PostWorld.load(deps, [target]);
  const items: NextPost[] = [];
  for (const sub of target.subscriptions.filter((s) => (only ? s.kind === only : s.enabled))) {
    if (sub.kind === 'digest') items.push(await digestNext(world, target, sub.cron, now));
    else if (sub.kind === 'reminders') items.push(remindersNext(world, target, sub.cron, now));
    else items.push(await resultsNext(world, target, now));
  }
  return { target, items };
}
