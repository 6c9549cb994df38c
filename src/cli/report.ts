// `npm run report -- --out report.png [--period 30d|7d|90d|m0|m1|YYYY-MM] [--area <area id>] [--locale kk|ru|en] [--tz Asia/Almaty]`
// Draws the admin report (the same picture /report sends) from the database (DATABASE_URL) to a PNG
// file, for every area or one area and everything under it. Exit code 0 ok, 1 failed, 2 usage.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ReportRenderer } from '../adapters/charts/render-report.ts';
import { createDatabase } from '../adapters/db/client.ts';
import { applyMigrations } from '../adapters/db/migrations/index.ts';
import { PrismaAreaRepository } from '../adapters/db/repositories/prisma-area-repository.ts';
import { PrismaComplaintCategoryRepository } from '../adapters/db/repositories/prisma-complaint-category-repository.ts';
import { PrismaReportSource } from '../adapters/db/repositories/prisma-report-source.ts';
import { areaKey } from '../core/admin/inbox-state.ts';
import { userId } from '../core/ids.ts';
import { isLocale } from '../core/locale.ts';
import { buildReport, reportCaption } from '../core/reports/build-report.ts';
import { DEFAULT_PERIOD, PERIOD_PATTERN } from '../core/reports/period.ts';
import { createI18n } from '../i18n/index.ts';
import { renderText } from '../adapters/telegram/render.ts';

const USAGE =
  'usage: npm run report -- --out <file.png> [--period 7d|30d|90d|m0|m1|YYYY-MM] [--area <area id>] [--locale kk|ru|en] [--tz Asia/Almaty]';

/** Runs the report CLI; returns the exit code. */
export async function runReportCli(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  log = console.log,
  fail = console.error,
): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args,
      options: {
        out: { type: 'string' },
        period: { type: 'string' },
        area: { type: 'string' },
        locale: { type: 'string' },
        tz: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (err) {
    fail(`report: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const period = values.period ?? DEFAULT_PERIOD;
  const locale = values.locale ?? 'ru';
  const usage = !values.out
    ? '--out <file.png> is required'
    : !PERIOD_PATTERN.test(period)
      ? `--period: "${period}" is not 7d, 30d, 90d, m0, m1 or a month YYYY-MM`
      : !isLocale(locale)
        ? '--locale must be kk, ru or en'
        : null;
  if (usage || !isLocale(locale)) {
    fail(`report: ${usage}\n${USAGE}`);
    return 2;
  }
  const timeZone = values.tz ?? env.DEFAULT_TIMEZONE ?? 'Asia/Almaty';
  const url = env.DATABASE_URL || 'file:./data/bot.db';
  try {
    await applyMigrations(url);
  } catch (err) {
    fail(`report: ${(err as Error).message}`);
    return 1;
  }
  const db = await createDatabase(url);
  try {
    const areas = new PrismaAreaRepository(db.prisma);
    if (values.area && !(await areas.listAll()).some((a) => a.id === values.area)) {
      fail(`report: --area: unknown area "${values.area}"`);
      return 2;
    }
    const deps = {
      source: new PrismaReportSource(db.prisma),
      areas,
      categories: new PrismaComplaintCategoryRepository(db.prisma),
      timeZone,
    };
    // The command line reads everything, like an owner without an area limit.
    const actor = { userId: userId(0), role: 'owner' as const, areaIds: null };
    const report = await buildReport(deps, { actor, period, area: values.area ? areaKey(values.area) : null, locale, now: new Date() });
    const i18n = createI18n({ defaultTimeZone: timeZone });
    const { png, width, height } = new ReportRenderer(i18n).render(report, locale, timeZone);
    writeFileSync(values.out!, png);
    log(`report: ${renderText(i18n, reportCaption(report), locale, timeZone)}`);
    log(`report: ${width}x${height} PNG, ${png.length} bytes, to ${values.out}`);
    return 0;
  } catch (err) {
    fail(`report: ${(err as Error).message}`);
    return 1;
  } finally {
    await db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runReportCli(process.argv.slice(2));
}
