import { isAnnulled, type Election } from '../elections/model.ts';

/** Results older than this are history: a group that subscribes today is not flooded with them. */
export const RESULTS_FRESH_DAYS = 60;

/**
 * The results slot of an election: `<id>:v<resultsVersion>`, plus the annulment and the rerun's id
 * and date when annulled. A group is posted to once per slot, so a new slot (results entered or
 * corrected, preliminary -> official, an annulment, a rerun date) is exactly "changed since the
 * last post". Null when there is nothing to post.
 */
export function resultsSlot(e: Election, rerun: Election | null): string | null {
  const version = e.results?.version ?? 0;
  if (isAnnulled(e)) return `${e.id}:v${version}:annulled:${rerun ? `${rerun.id}@${rerun.pollDate.toISOString().slice(0, 10)}` : 'none'}`;
  if (!e.results || e.status === 'cancelled') return null;
  return `${e.id}:v${version}`;
}

/** Elections whose results may still be posted at `now`: results or annulment, vote within the freshness window. */
export function resultCandidates(elections: readonly Election[], now: Date): Election[] {
  const oldest = now.getTime() - RESULTS_FRESH_DAYS * 86_400_000;
  return elections.filter((e) => (e.results !== null || isAnnulled(e)) && e.pollDate.getTime() >= oldest);
}
