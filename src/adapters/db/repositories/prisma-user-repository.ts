import type { PrismaClient } from '../generated/sqlite/client.ts';
import { userId, type UserId } from '../../../core/ids.ts';
import { isLocale } from '../../../core/locale.ts';
import type { UserRecord, UserRepository } from '../../../core/ports.ts';

type Row = Awaited<ReturnType<PrismaClient['user']['findUnique']>> & {};

/** A user row as the domain sees it (also used by the update snapshot's raw query). */
export const toUserRecord = (
  r: Pick<Row, 'id' | 'locale' | 'languageCode' | 'settlementId' | 'firstName' | 'lastName' | 'username'>,
): UserRecord => ({
  id: userId(r.id),
  locale: isLocale(r.locale) ? r.locale : null,
  languageCode: r.languageCode,
  settlementId: r.settlementId,
  firstName: r.firstName,
  lastName: r.lastName,
  username: r.username,
});

/**
 * Names and usernames are not stored on sight: only when a resident consents to share them with a
 * complaint (privacy by default). Here: id, language and last-seen time.
 */
export class PrismaUserRepository implements UserRepository {
  constructor(private readonly db: PrismaClient) {}

  async find(id: UserId): Promise<UserRecord | null> {
    const row = await this.db.user.findUnique({ where: { id } });
    return row ? toUserRecord(row) : null;
  }

  async touch(user: { id: UserId; languageCode: string | null }): Promise<UserRecord> {
    const now = new Date();
    const row = await this.db.user.upsert({
      where: { id: user.id },
      create: { id: user.id, languageCode: user.languageCode, firstSeenAt: now, lastSeenAt: now },
      update: { languageCode: user.languageCode, lastSeenAt: now },
    });
    return toUserRecord(row);
  }

  async update(id: UserId, patch: Partial<Omit<UserRecord, 'id'>>): Promise<UserRecord> {
    return toUserRecord(await this.db.user.update({ where: { id }, data: patch }));
  }
}
