import { PostWorld } from './build-posts.ts';
import type { PostDeps } from './ports.ts';
import { topicFor } from './model.ts';

export interface PostResultsReport {
  /** Groups that got the post queued now. */
  queued: number;
  /** Groups that already had this version of the results. */
  already: number;
}

/**
 * "Post results now": called by the admin tools right after results of an election are entered or
 * corrected (or it is annulled). Every active group following the election's area with a results
 * subscription gets the summary queued in its language; a version a group already got is skipped,
 * so calling this twice (or racing the scheduler) posts once.
 */
export async function postResultsNow(deps: PostDeps, electionId: string, now: Date): Promise<PostResultsReport> {
  const report: PostResultsReport = { queued: 0, already: 0 };
  const election = await deps.elections.get(electionId);
  if (!election) return report;
  const targets = (await deps.targets.listActive()).filter(
    (t) => t.areaIds.includes(election.areaId) && t.subscriptions.some((s) => s.kind === 'results' && s.enabled),
  );
  const world = await PostWorld.load(deps, targets);
  for (const t of targets) {
    for (const p of await world.results(t, now, election)) {
      const ok = await deps.publisher.publish({
        job: 'results',
        slot: p.slot,
        at: now,
        text: p.text,
        chart: p.chart,
        chatId: t.chatId,
        locale: t.locale,
        timeZone: t.timeZone,
        threadId: topicFor(t, 'results'),
      });
      if (ok) report.queued++;
      else report.already++;
    }
  }
  return report;
}
