import type { ChatId, UserId } from '../ids.ts';
import { localeFromLanguageCode, type Locale } from '../locale.ts';
import type { Notifier, UserRepository } from '../ports.ts';
import { lines, message, type Text } from '../replies.ts';
import type { ComplaintRepository } from './ports.ts';
import type { ComplaintRecord } from './types.ts';

export interface NotifyResidentsDeps {
  complaints: Pick<ComplaintRepository, 'supporterIds'>;
  users: Pick<UserRepository, 'find'>;
  notifier: Notifier;
  /** For residents with no language known (DEFAULT_LOCALE). */
  defaultLocale: Locale;
}

/**
 * Tells the author and every supporter, each once, privately and in their own language. A failure
 * for one resident does not stop the others. `exceptAuthor`: the author already knows (they did it).
 */
export async function notifyResidents(
  deps: NotifyResidentsDeps,
  c: ComplaintRecord,
  parts: Text[],
  opts: { exceptAuthor?: boolean } = {},
): Promise<{ notified: number; failed: number }> {
  const recipients = new Set<UserId>(await deps.complaints.supporterIds(c.id));
  if (c.authorId !== null && !opts.exceptAuthor) recipients.add(c.authorId);
  if (c.authorId !== null && opts.exceptAuthor) recipients.delete(c.authorId);
  let notified = 0;
  let failed = 0;
  for (const id of recipients) {
    try {
      const user = await deps.users.find(id);
      const locale = user?.locale ?? localeFromLanguageCode(user?.languageCode, deps.defaultLocale);
      // Private chats share the user's id.
      await deps.notifier.notify(BigInt(id) as ChatId, locale, [message(lines(...parts))]);
      notified += 1;
    } catch {
      failed += 1;
    }
  }
  return { notified, failed };
}
