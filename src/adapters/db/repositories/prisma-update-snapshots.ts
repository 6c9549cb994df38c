import type { PrismaClient } from '../generated/sqlite/client.ts';
import type { ChatId, UserId } from '../../../core/ids.ts';
import type { UpdateSnapshot, UpdateSnapshots } from '../../../core/ports.ts';
import { raw, sqltag as sql } from '@prisma/client/runtime/client';
import { executorOf, flagOf, idOf, instantOf, namedRow, prepared, readerOf } from '../raw-rows.ts';
import { claimInsert } from './prisma-update-log.ts';
import { toAdmin } from './prisma-admin-repository.ts';
import { CHAT_COLUMNS, chatOfRaw } from './prisma-chat-repository.ts';
import { USER_COLUMNS, userOfRaw } from './prisma-user-repository.ts';

/** Each table's columns in the snapshot's SELECT list, in order; the chat's and the user's are their repositories' own. */
const USER = [...USER_COLUMNS, 'lastSeenAt'] as const;
const FORM = ['kind', 'step', 'data', 'expiresAt'] as const;
const STAFF = ['userId', 'role', 'areaIds', 'categoryCodes', 'addedBy', 'createdAt'] as const;
const PARTS = [
  ['c', CHAT_COLUMNS],
  ['u', USER],
  ['s', FORM],
  ['a', STAFF],
] as const;

/** `c."id" AS "c_id", ...`: the SQL and the row mapping below come from the one list of columns. */
const SELECT_LIST = raw(PARTS.flatMap(([t, columns]) => columns.map((c) => `${t}."${c}" AS "${t}_${c}"`)).join(', '));

const date = (v: unknown): Date => instantOf(v)!;

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
      const claimed = (await executorOf(this.db)(claimInsert([updateId]))) === 1;
      return { claimed, snapshot: await this.read(chat, user) };
    }
    const [values] = await rows(
      prepared(sql`
        WITH "claim" AS (${claimInsert([updateId])} RETURNING 1)
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
  const userAt = CHAT_COLUMNS.length;
  const formAt = userAt + USER.length;
  const staffAt = formAt + FORM.length;
  const chat = values.slice(0, userAt);
  const user = values.slice(userAt, formAt);
  const form = namedRow(FORM, values.slice(formAt, staffAt));
  const staff = namedRow(STAFF, values.slice(staffAt, staffAt + STAFF.length));
  return {
    chat: idOf(chat[0]) === null ? null : chatOfRaw(chat),
    user: idOf(user[0]) === null ? null : { ...userOfRaw(user), lastSeenAt: date(user[USER_COLUMNS.length]) },
    conversation:
      form.kind === null
        ? null
        : {
            kind: form.kind as string,
            step: form.step as string,
            data: JSON.parse(form.data as string) as Record<string, unknown>,
            expiresAt: date(form.expiresAt),
          },
    staff:
      staff.userId === null
        ? null
        : toAdmin({
            userId: idOf(staff.userId)!,
            role: staff.role as string,
            areaIds: staff.areaIds as string,
            categoryCodes: staff.categoryCodes as string,
            addedBy: idOf(staff.addedBy),
            createdAt: date(staff.createdAt),
          }),
  };
}
