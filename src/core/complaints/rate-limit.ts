import { DomainError } from '../errors.ts';
import type { UserId } from '../ids.ts';
import type { ComplaintLimits } from './limits.ts';
import type { ComplaintRepository } from './ports.ts';

/**
 * Spam guard: at most `perWindow` complaints per `rateWindowMinutes` per resident. The refusal says
 * how many minutes until the oldest of them leaves the window.
 * @throws DomainError COMPLAINT.RATE_LIMITED with { limit, minutes, wait }
 */
export async function assertUnderRateLimit(
  complaints: Pick<ComplaintRepository, 'countByAuthorSince' | 'oldestByAuthorSince'>,
  author: UserId,
  now: Date,
  limits: Pick<ComplaintLimits, 'perWindow' | 'rateWindowMinutes'>,
): Promise<void> {
  const since = new Date(now.getTime() - limits.rateWindowMinutes * 60_000);
  const count = await complaints.countByAuthorSince(author, since);
  if (count >= limits.perWindow) {
    const oldest = (await complaints.oldestByAuthorSince(author, since)) ?? now;
    const wait = Math.max(1, Math.ceil((oldest.getTime() + limits.rateWindowMinutes * 60_000 - now.getTime()) / 60_000));
    throw new DomainError('COMPLAINT.RATE_LIMITED', { limit: limits.perWindow, minutes: limits.rateWindowMinutes, wait });
  }
}
