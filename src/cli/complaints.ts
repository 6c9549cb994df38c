// `npm run complaints -- set-status C-2026-000123 in_progress --note "..." [--duplicate-of C-2026-000100] [--actor <telegram id>]`
// `npm run complaints -- show C-2026-000123`
// `npm run complaints -- add --category water --area <area id> --description "..." [--name "..."] [--phone "..."]`
// Staff tools until the admin issue adds buttons. DATABASE_URL defaults to file:./data/bot.db.
// Notifications to the author and supporters are written as pending OutboxMessage rows: the running
// bot's delivery worker sends them within Telegram's limits, so this command needs no BOT_TOKEN and
// never talks to Telegram itself. Exit codes: 0 ok, 1 refused or failed, 2 usage.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { PrismaDb } from '../adapters/db/client.ts';
import { createDatabase } from '../adapters/db/client.ts';
import { applyMigrations } from '../adapters/db/migrations/index.ts';
import { PrismaComplaintRepository, STATUS_NOTICE_KIND } from '../adapters/db/repositories/prisma-complaint-repository.ts';
import { PrismaUserRepository } from '../adapters/db/repositories/prisma-user-repository.ts';
import { PrismaAreaRepository } from '../adapters/db/repositories/prisma-area-repository.ts';
import { PrismaAdminRepository } from '../adapters/db/repositories/prisma-admin-repository.ts';
import { PrismaStaffAlertStore } from '../adapters/db/repositories/prisma-staff-alert-store.ts';
import { staffAlerts, staffDirectory } from '../core/staff-alerts/route-event.ts';
import { PrismaComplaintCategoryRepository } from '../adapters/db/repositories/prisma-complaint-category-repository.ts';
import { recordPhoneComplaint, type PhoneComplaint } from '../core/complaints/record-phone-complaint.ts';
import { seedCategories } from '../core/complaints/seed-categories.ts';
import { renderKeyboard, renderText } from '../adapters/telegram/render.ts';
import { changeComplaintStatus } from '../core/complaints/change-status.ts';
import { parseReference } from '../core/complaints/reference.ts';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../core/complaints/types.ts';
import { DomainError, errorKey } from '../core/errors.ts';
import type { ChatId } from '../core/ids.ts';
import { userId } from '../core/ids.ts';
import { isLocale, type Locale } from '../core/locale.ts';
import type { Notifier } from '../core/ports.ts';
import type { Reply } from '../core/replies.ts';
import { adminIds } from '../config.ts';
import { createI18n, type I18n } from '../i18n/index.ts';

const USAGE = [
  'usage: npm run complaints -- set-status <C-YYYY-NNNNNN> <status> [--note "..."] [--duplicate-of <ref>] [--actor <telegram id>]',
  '       npm run complaints -- show <C-YYYY-NNNNNN>',
  '       npm run complaints -- add --category <code> --area <area id> --description "..." [--name "..."] [--phone "..."]   (a complaint taken by phone)',
  `statuses: ${COMPLAINT_STATUSES.join(', ')}   (DATABASE_URL, default file:./data/bot.db)`,
].join('\n');

/**
 * A Notifier that renders in the recipient's language and queues an OutboxMessage (pending) per
 * message; the delivery worker sends it. Nothing is sent from here.
 */
export class OutboxNotifier implements Notifier {
  queued = 0;
  constructor(
    private readonly db: PrismaDb,
    private readonly i18n: I18n,
    private readonly timeZone: string,
    private readonly kind = STATUS_NOTICE_KIND,
  ) {}

  async notify(chat: ChatId, locale: Locale, replies: Reply[]): Promise<void> {
    for (const r of replies) {
      if (r.kind !== 'message') continue;
      const keyboard = renderKeyboard(this.i18n, r.buttons, locale, this.timeZone);
      await this.db.outboxMessage.create({
        data: {
          chatId: r.chatId ?? chat,
          kind: this.kind,
          text: renderText(this.i18n, r.text, locale, this.timeZone),
          buttons: keyboard ? JSON.stringify(keyboard) : null,
          status: 'pending',
        },
      });
      this.queued += 1;
    }
  }
}

interface SetStatusArgs {
  reference: string;
  status: ComplaintStatus;
  note?: string;
  duplicateOf?: string;
  actor?: string;
}

/** Parses `set-status` arguments; a string is a usage error. */
export function parseSetStatus(args: string[]): SetStatusArgs | string {
  const [reference, status, ...rest] = args;
  if (!reference || !parseReference(reference)) return `not a complaint reference: ${reference ?? '(missing)'}`;
  if (!status || !(COMPLAINT_STATUSES as readonly string[]).includes(status)) return `unknown status: ${status ?? '(missing)'}`;
  const out: SetStatusArgs = { reference, status: status as ComplaintStatus };
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (value === undefined) return `missing value for ${flag}`;
    if (flag === '--note') out.note = value;
    else if (flag === '--duplicate-of') out.duplicateOf = value;
    else if (flag === '--actor' && /^\d+$/.test(value)) out.actor = value;
    else return `unknown option: ${flag}`;
  }
  return out;
}

/** Parses `add` arguments (a complaint taken by phone); a string is a usage error. */
export function parseAdd(args: string[]): PhoneComplaint | string {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        category: { type: 'string' },
        area: { type: 'string' },
        description: { type: 'string' },
        name: { type: 'string' },
        phone: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    return (error as Error).message;
  }
  if (!values.category) return '--category <code> is required';
  if (!values.description?.trim()) return '--description "..." is required';
  return {
    categoryCode: values.category,
    areaId: values.area ?? null,
    description: values.description,
    contactName: values.name,
    contactPhone: values.phone,
  };
}

async function add(
  db: PrismaDb,
  input: PhoneComplaint,
  timeZone: string,
  ownerIds: readonly bigint[],
  log: (l: string) => void,
  fail: (l: string) => void,
): Promise<number> {
  const categories = new PrismaComplaintCategoryRepository(db);
  await seedCategories(categories); // a database the bot never started on has no categories yet
  if (input.areaId && !(await new PrismaAreaRepository(db).get(input.areaId))) {
    fail(`complaints: --area: unknown area "${input.areaId}"`);
    return 2;
  }
  if (!(await categories.find(input.categoryCode))) {
    fail(
      `complaints: --category: unknown category "${input.categoryCode}" (${(await categories.listActive()).map((c) => c.code).join(', ')})`,
    );
    return 2;
  }
  // Its responsible staff hear of it as of one filed in the bot: the running bot sends the batch.
  const alerts = staffAlerts(
    {
      staff: staffDirectory(ownerIds, new PrismaAdminRepository(db)),
      areas: new PrismaAreaRepository(db),
      store: new PrismaStaffAlertStore(db),
    },
    (err) => fail(`complaints: filed, but staff could not be told: ${err instanceof Error ? err.message : String(err)}`),
  );
  const c = await recordPhoneComplaint(
    { complaints: new PrismaComplaintRepository(db), categories, timeZone, staffAlerts: alerts },
    { ...input, now: new Date() },
  );
  log(`${c.reference}: filed (${c.categoryCode}, ${c.areaId ?? 'no settlement'}), answer due ${c.dueAt.toISOString().slice(0, 10)}`);
  return 0;
}

/** Runs the complaints CLI; returns the exit code. */
export async function runComplaintsCli(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
  fail: (line: string) => void = console.error,
): Promise<number> {
  const [command, ...rest] = args;
  const adding = command === 'add' ? parseAdd(rest) : null;
  if (typeof adding === 'string') {
    fail(`complaints: ${adding}\n${USAGE}`);
    return 2;
  }
  const parsed = adding ? '' : command === 'set-status' ? parseSetStatus(rest) : command === 'show' && rest.length === 1 ? rest[0]! : null;
  if (parsed === null || (command === 'set-status' && typeof parsed === 'string')) {
    fail(typeof parsed === 'string' ? `complaints: ${parsed}\n${USAGE}` : USAGE);
    return 2;
  }
  const url = env.DATABASE_URL || 'file:./data/bot.db';
  const locale: Locale = isLocale(env.DEFAULT_LOCALE) ? env.DEFAULT_LOCALE : 'ru';
  const timeZone = env.DEFAULT_TIMEZONE || 'Asia/Almaty';
  const i18n = createI18n({ defaultTimeZone: timeZone });
  // Safe while the bot runs: an up-to-date SQLite file is checked read-only, without the engine's lock.
  await applyMigrations(url);
  const db = await createDatabase(url);
  try {
    if (adding) {
      const owners = adminIds.safeParse(env.ADMIN_IDS);
      if (!owners.success) {
        fail('complaints: ADMIN_IDS must be comma-separated Telegram user ids');
        return 2;
      }
      return await add(db.prisma, adding, timeZone, owners.data, log, fail);
    }
    const complaints = new PrismaComplaintRepository(db.prisma);
    if (typeof parsed === 'string') return await show(complaints, parsed, log, fail);
    const notifier = new OutboxNotifier(db.prisma, i18n, timeZone);
    const result = await changeComplaintStatus(
      { complaints, users: new PrismaUserRepository(db.prisma), notifier, defaultLocale: locale },
      {
        reference: parsed.reference,
        to: parsed.status,
        note: parsed.note,
        duplicateOf: parsed.duplicateOf,
        actorId: parsed.actor ? userId(parsed.actor) : null,
        now: new Date(),
      },
    );
    log(`${result.complaint.reference}: ${result.update.fromStatus} -> ${result.update.toStatus}`);
    log(
      result.notified > 0
        ? `${notifier.queued} notification(s) queued in the outbox (author and supporters); the running bot's delivery worker sends them`
        : 'nobody to notify (no author on record and no supporters)',
    );
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      fail(`complaints: ${i18n.t('en', errorKey(error.code), error.vars)}`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

async function show(
  complaints: PrismaComplaintRepository,
  reference: string,
  log: (l: string) => void,
  fail: (l: string) => void,
): Promise<number> {
  const ref = parseReference(reference);
  const c = ref ? await complaints.findByReference(ref.reference) : null;
  if (!c) {
    fail(`complaints: ${reference} not found`);
    return 1;
  }
  // Staff tool: contact only with consent; description is the complaint itself.
  log(
    `${c.reference} ${c.categoryCode} ${c.areaId ?? '-'} status=${c.status} created=${c.createdAt.toISOString()} due=${c.dueAt.toISOString()} supporters=${c.supporterCount}`,
  );
  if (c.consent) log(`contact: ${[c.contactName, c.contactHandle, c.contactPhone].filter(Boolean).join(' ') || '-'}`);
  log(c.description);
  for (const h of await complaints.history(c.id))
    log(`  ${h.createdAt.toISOString()} ${h.fromStatus ?? '-'} -> ${h.toStatus}${h.note ? `: ${h.note}` : ''}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runComplaintsCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`complaints: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
