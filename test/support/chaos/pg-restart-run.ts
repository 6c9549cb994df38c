import { createDatabase } from '../../../src/adapters/db/client.ts';
import { startFakeBotApi } from '../../../src/emulator/bot-api.ts';
import { startPrivatePostgres } from '../private-postgres.ts';
import { startChaosBot } from './chaos-bot.ts';
import { answerOf, fileComplaint, pushStep, referencesTold, type Resident } from './form-driver.ts';

export interface RestartFigures {
  framework: string;
  residents: number;
  updates: number;
  answered: number;
  apologised: number;
  unanswered: number;
  acknowledged: number;
  /** Acknowledged references that are not in the database afterwards. */
  lost: number;
  /** Residents with more than one complaint. */
  doubled: number;
  restartSeconds: number;
  seconds: number;
}

/**
 * Residents file complaints and others ask /help while the private PostgreSQL cluster restarts under
 * the bot. Counts what was told, what is stored, and whether every update got an answer or an apology.
 */
export async function runPgRestart(opts: { framework: 'telegraf' | 'grammy'; residents: number; askers: number }): Promise<RestartFigures> {
  const pg = await startPrivatePostgres();
  const fake = await startFakeBotApi();
  const bot = await startChaosBot({
    framework: opts.framework,
    apiRoot: fake.apiRoot,
    token: fake.token,
    databaseUrl: pg.url,
    env: { SCHEDULER: 'on', SCHEDULER_TICK_MS: '1000' },
  });
  const started = Date.now();
  try {
    const base = 70_000_000 + (opts.framework === 'grammy' ? 1_000_000 : 0);
    const forms: Promise<Resident>[] = [];
    const asks: Promise<string | null>[] = [];
    for (let i = 0; i < opts.residents; i++) {
      forms.push(new Promise((r) => setTimeout(r, i * 40)).then(() => fileComplaint(fake, base + i)));
    }
    for (let i = 0; i < opts.askers; i++) {
      asks.push(
        new Promise((r) => setTimeout(r, i * 15)).then(() => {
          const user = base + 500_000 + i;
          const mark = fake.mark();
          pushStep(fake, user, { text: '/help' });
          return answerOf(fake, user, mark, undefined, 20_000);
        }),
      );
    }
    await new Promise((r) => setTimeout(r, Math.max(1000, opts.askers * 7)));
    const restartAt = Date.now();
    await pg.restart(1500);
    const restartSeconds = (Date.now() - restartAt) / 1000;
    const residents = await Promise.all(forms);
    const answers = await Promise.all(asks);
    const check = await createDatabase(pg.url);
    try {
      const told = residents.filter((r) => r.reference);
      const stored = new Set((await check.prisma.complaint.findMany({ select: { reference: true } })).map((c) => c.reference));
      const perAuthor = await check.prisma.complaint.groupBy({ by: ['authorId'], _count: { _all: true } });
      const apologisedAsks = answers.filter((a) => a !== null && /что-то пошло не так/i.test(a)).length;
      const residentUpdates = residents.reduce((n, r) => n + r.updates, 0);
      const residentApologies = residents.reduce((n, r) => n + r.apologies, 0);
      const unanswered = residents.reduce((n, r) => n + r.unanswered, 0) + answers.filter((a) => a === null).length;
      return {
        framework: opts.framework,
        residents: opts.residents,
        updates: residentUpdates + opts.askers,
        answered: residentUpdates + opts.askers - unanswered - residentApologies - apologisedAsks,
        apologised: residentApologies + apologisedAsks,
        unanswered,
        acknowledged: told.length,
        lost:
          told.filter((r) => !stored.has(r.reference!)).length + residents.filter((r) => referencesTold(fake, r.user).length === 0).length,
        doubled: perAuthor.filter((a) => a._count._all > 1).length,
        restartSeconds,
        seconds: (Date.now() - started) / 1000,
      };
    } finally {
      await check.close();
    }
  } finally {
    await bot.stop();
    await fake.close();
    pg.stop();
  }
}
