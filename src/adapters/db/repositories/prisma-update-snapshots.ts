import type { PrismaClient } from '../generated/sqlite/client.ts';
import type { ChatId, UserId } from '../../../core/ids.ts';
import type { UpdateSnapshot, UpdateSnapshots } from '../../../core/ports.ts';
import { raw, sqltag as sql } from '@prisma/client/runtime/client';
import { executorOf, flagOf, instantOf, prepared, readerOf } from '../raw-rows.ts';
import { claimInsert } from './prisma-update-log.ts';
import { toAdmin } from './prisma-admin-repository.ts';
import { toChatRecord } from './prisma-chat-repository.ts';
import { toUserRecord } from './prisma-user-repository.ts';

/** An id as the driver adapter gives it (a number on SQLite, text for PostgreSQL's bigint). */
type Id = bigint | number | string;
/** A time as the driver adapter gives it (ISO text), or a Date. */
type Instant = Date | string | number;

/** One row of the snapshot query: the chat's, the user's, the form's and the staff row's columns, null where absent. */
interface SnapshotRow {
  c_id: Id | null;
  c_type: string;
  c_title: string | null;
  c_locale: string | null;
  c_timeZone: string | null;
  c_status: string;
  c_migratedToId: Id | null;
  c_settlementId: string | null;
  c_setupDone: unknown;
  c_greetedAt: Instant | null;
  u_id: Id | null;
  u_locale: string | null;
  u_languageCode: string | null;
  u_settlementId: string | null;
  u_firstName: string | null;
  u_lastName: string | null;
  u_username: string | null;
  u_lastSeenAt: Instant;
  s_kind: string | null;
  s_step: string;
  s_data: string;
  s_expiresAt: Instant;
  a_userId: Id | null;
  a_role: string;
  a_areaIds: string;
  a_categoryCodes: string;
  a_addedBy: Id | null;
  a_createdAt: Instant;
}

const COLUMNS = [
  'c_id',
  'c_type',
  'c_title',
  'c_locale',
  'c_timeZone',
  'c_status',
  'c_migratedToId',
  'c_settlementId',
  'c_setupDone',
  'c_greetedAt',
  'u_id',
  'u_locale',
  'u_languageCode',
  'u_settlementId',
  'u_firstName',
  'u_lastName',
  'u_username',
  'u_lastSeenAt',
  's_kind',
  's_step',
  's_data',
  's_expiresAt',
  'a_userId',
  'a_role',
  'a_areaIds',
  'a_categoryCodes',
  'a_addedBy',
  'a_createdAt',
] as const;

/** `c."id" AS "c_id", ...`: the table alias and the column are in each name, so the list has one source. */
const SELECT_LIST = raw(COLUMNS.map((name) => `${name[0]}."${name.slice(2)}" AS "${name}"`).join(', '));

const date = (v: Instant): Date => instantOf(v)!;

/**
 * The chat, the user, the open form and the sender's staff row of an update in one statement (outer
 * joins on primary keys), where the router used to make three round trips and staff checks a fourth.
 * Raw SQL that SQLite and PostgreSQL both read, sent straight to the driver adapter (the client's raw
 * path cost more CPU than the statement); values come as the adapter gives them (ids as numbers or
 * text, times as text, flags as 1/0 or booleans) and the row mappers are the repositories' own.
 */
export class PrismaUpdateSnapshots implements UpdateSnapshots {
  constructor(private readonly db: PrismaClient) {}

  async read(chat: ChatId, user: UserId): Promise<UpdateSnapshot> {
    const [values] = await readerOf(this.db)(prepared(sql`SELECT ${SELECT_LIST} ${from(chat, user)}`));
    return toSnapshot(values);
  }

  /**
   * The update's claim (as `UpdateLog.claim`) and its snapshot. On PostgreSQL one statement, the
   * INSERT in a data-modifying WITH: one round trip and one statement for the server instead of two,
   * the claim committed as before (a repeat reads the snapshot for nothing), and kept prepared on each
   * connection (`prepared`). SQLite, in process, runs the two statements.
   */
  async claimAndRead(updateId: number, chat: ChatId, user: UserId): Promise<{ claimed: boolean; snapshot: UpdateSnapshot }> {
    const rows = readerOf(this.db);
    if (rows.provider !== 'postgres') {
      const claimed = (await executorOf(this.db)(claimInsert(updateId))) === 1;
      return { claimed, snapshot: await this.read(chat, user) };
    }
    const [values] = await rows(
      prepared(sql`
        WITH "claim" AS (${claimInsert(updateId)} RETURNING 1)
        SELECT EXISTS (SELECT 1 FROM "claim") AS "claimed", ${SELECT_LIST} ${from(chat, user)}`),
    );
    return { claimed: flagOf(values?.[0]), snapshot: toSnapshot(values?.slice(1)) };
  }
}

/** One row whatever exists: the chat, the user, their open form and the user's staff row joined on primary keys. */
const from = (chat: ChatId, user: UserId) => sql`
  FROM (SELECT 1 AS "one") k
  LEFT JOIN "Chat" c ON c."id" = ${chat}
  LEFT JOIN "User" u ON u."id" = ${user}
  LEFT JOIN "ConversationState" s ON s."chatId" = ${chat} AND s."userId" = ${user}
  LEFT JOIN "Admin" a ON a."userId" = ${user}`;

function toSnapshot(values: unknown[] | undefined): UpdateSnapshot {
  if (!values) return { chat: null, user: null, conversation: null, staff: null };
  const r = Object.fromEntries(COLUMNS.map((name, i) => [name, values[i] ?? null])) as unknown as SnapshotRow;
  return {
    chat:
      r.c_id === null
        ? null
        : toChatRecord({
            id: BigInt(r.c_id),
            type: r.c_type,
            title: r.c_title,
            locale: r.c_locale,
            timeZone: r.c_timeZone,
            status: r.c_status,
            migratedToId: r.c_migratedToId === null ? null : BigInt(r.c_migratedToId),
            settlementId: r.c_settlementId,
            setupDone: flagOf(r.c_setupDone),
            greetedAt: r.c_greetedAt === null ? null : date(r.c_greetedAt),
          }),
    user:
      r.u_id === null
        ? null
        : {
            ...toUserRecord({
              id: BigInt(r.u_id),
              locale: r.u_locale,
              languageCode: r.u_languageCode,
              settlementId: r.u_settlementId,
              firstName: r.u_firstName,
              lastName: r.u_lastName,
              username: r.u_username,
            }),
            lastSeenAt: date(r.u_lastSeenAt),
          },
    conversation:
      r.s_kind === null
        ? null
        : {
            kind: r.s_kind,
            step: r.s_step,
            data: JSON.parse(r.s_data) as Record<string, unknown>,
            expiresAt: date(r.s_expiresAt),
          },
    staff:
      r.a_userId === null
        ? null
        : toAdmin({
            userId: BigInt(r.a_userId),
            role: r.a_role,
            areaIds: r.a_areaIds,
            categoryCodes: r.a_categoryCodes,
            addedBy: r.a_addedBy === null ? null : BigInt(r.a_addedBy),
            createdAt: date(r.a_createdAt),
          }),
  };
}
