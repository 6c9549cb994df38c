import type { UserId } from '../ids.ts';
import type { ComplaintLimits } from './limits.ts';
import type { ComplaintRepository } from './ports.ts';
import type { ComplaintRecord } from './types.ts';

/**
 * "+1" candidates: open complaints in the same settlement and category from the last `similarDays`
 * days, leaving out the resident's own ones (they cannot support themselves).
 */
export async function findSimilarComplaints(
  complaints: Pick<ComplaintRepository, 'findOpenSimilar'>,
  q: { areaId: string | undefined; categoryCode: string | undefined; user: UserId; now: Date },
  limits: Pick<ComplaintLimits, 'similarDays' | 'similarShown'>,
): Promise<ComplaintRecord[]> {
  if (!q.areaId || !q.categoryCode) return [];
  const since = new Date(q.now.getTime() - limits.similarDays * 86_400_000);
  const found = await complaints.findOpenSimilar({
    areaId: q.areaId,
    categoryCode: q.categoryCode,
    since,
    limit: limits.similarShown + 1,
  });
  return found.filter((c) => c.authorId !== q.user).slice(0, limits.similarShown);
}
