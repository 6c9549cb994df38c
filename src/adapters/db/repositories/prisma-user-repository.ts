import { join, raw, sqltag as sql } from '@prisma/client/runtime/client';
import type { PrismaClient } from '../generated/sqlite/client.ts';
import { executorOf, idOf, namedRow, prepared, readerOf } from '../raw-rows.ts';
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

/** The columns of a UserRecord, in its order: what raw reads select for `userOfRaw`. */
export const USER_COLUMNS = ['id', 'locale', 'languageCode', 'settlementId', 'firstName', 'lastName', 'username'] as const;

/** A user read raw (values in `USER_COLUMNS` order, as the driver adapter gives them: the upsert, the update snapshot). */
export function userOfRaw(values: readonly unknown[]): UserRecord {
  const v = namedRow(USER_COLUMNS, values);
  return toUserRecord({ ...(v as Pick<Row, Exclude<(typeof USER_COLUMNS)[number], 'id'>>), id: idOf(v.id)! });
}

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

  /**
   * First sight or a change (another Telegram language, last seen over an hour ago): one upsert, as
   * raw SQL straight to the driver adapter (a model query cost several times the statement in CPU,
   * and on election night thousands of residents write for the first time at once).
   */
  async touch(user: { id: UserId; languageCode: string | null }): Promise<UserRecord> {
    const now = new Date();
    const [r] = await readerOf(this.db)(
      prepared(sql`
      INSERT INTO "User" ("id", "languageCode", "firstSeenAt", "lastSeenAt") VALUES (${user.id}, ${user.languageCode}, ${now}, ${now})
      ON CONFLICT ("id") DO UPDATE SET "languageCode" = excluded."languageCode", "lastSeenAt" = excluded."lastSeenAt"
      RETURNING ${raw(USER_COLUMNS.map((c) => `"${c}"`).join(', '))}`),
    );
    if (!r) throw new Error('user upsert returned no row');
    return userOfRaw(r);
  }

  /** Changes the given fields (a language chosen, a settlement remembered); the user must exist. */
  async update(id: UserId, patch: Partial<Omit<UserRecord, 'id'>>): Promise<void> {
    const sets = PATCH_COLUMNS.filter((c) => patch[c] !== undefined).map((c) => sql`${raw(`"${c}"`)} = ${patch[c]}`);
    if (!sets.length) return;
    if ((await executorOf(this.db)(sql`UPDATE "User" SET ${join(sets, ', ')} WHERE "id" = ${id}`)) !== 1) {
      throw new Error(`user ${id} not found`);
    }
  }
}

/** What `update` may change: a UserRecord's columns but its id (names from the type, never from input). */
const PATCH_COLUMNS = USER_COLUMNS.filter((c): c is Exclude<typeof c, 'id'> => c !== 'id');
