import { DomainError } from '../errors.ts';
import type { UserId } from '../ids.ts';
import type { ComplaintLimits } from './limits.ts';
import type { ComplaintRepository } from './ports.ts';

/**
 * Spam guard: at most `perWindow` complaints per `rateWindowMinutes` per resident.
 * @throws DomainError COMPLAINT.RATE_LIMITED with { limit, minutes }
 */
export async function assertUnderRateLimit(
  complaints: Pick<ComplaintRepository, 'countByAuthorSince'>,
  author: UserId,
  now: Date,
  limits: Pick<ComplaintLimits, 'perWindow' | 'rateWindowMinutes'>,
): Promise<void> {
  const since = new Date(now.getTime() - limits.rateWindowMinutes * 60_000);
  const count = await complaints.countByAuthorSince(author, since);
  if (count >= limits.perWindow) {
    throw new DomainError('COMPLAINT.RATE_LIMITED', { limit: limits.perWindow, minutes: limits.rateWindowMinutes });
  }
}
