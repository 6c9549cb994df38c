import { createDatabase } from '../../../src/adapters/db/client.ts';
import { startFakeBotApi, type FakeBotApi } from '../../../src/emulator/bot-api.ts';
import { tempSqliteUrl } from '../harness.ts';
import { prng } from '../hostile-updates.ts';
import { startBotProcess, type BotProcess } from '../process.ts';
import { answerOf, doStep, FORM_STEPS, pushStep, referencesTold, tellOrRetrySend, type Resident } from './form-driver.ts';

export interface KillFigures {
  kills: number;
  /** Kills that landed on "Send" (between saving and telling is the case that matters). */
  killsAtSend: number;
  residents: number;
  told: number;
  /** Residents who pressed "Send" but were never told a stored reference. */
  lost: number;
  /** Residents with more than one complaint stored. */
  doubled: number;
  /** Residents told their reference more than once (the documented at-least-once window). */
  toldTwice: number;
  seconds: number;
}

const OPTS = { timeoutMs: 15_000, retries: 10 };

async function startBot(fake: FakeBotApi, databaseUrl: string, framework: string): Promise<BotProcess> {
  const p = startBotProcess({
    BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_URL: databaseUrl,
    BOT_FRAMEWORK: framework,
    PORT: '0',
    LOG_LEVEL: 'info',
    SCHEDULER: 'on',
    SCHEDULER_TICK_MS: '1000',
  });
  await p.waitForLog((l) => l.msg === 'bot started', 90_000);
  return p;
}

/**
 * `kills` residents each file a complaint through the real process (`npm start`) and the process is
 * killed with SIGKILL at a random point of their form (half of the time right after "Send"), then
 * started again; the resident carries on as a person would (repeats what got no answer).
 */
export async function runKills(opts: { kills: number; seed: number; framework?: 'telegraf' | 'grammy' }): Promise<KillFigures> {
  const rand = prng(opts.seed);
  const fake = await startFakeBotApi();
  const databaseUrl = tempSqliteUrl();
  const residents: Resident[] = [];
  let killsAtSend = 0;
  const started = Date.now();
  let bot = await startBot(fake, databaseUrl, opts.framework ?? 'telegraf');
  try {
    for (let k = 0; k < opts.kills; k++) {
      const r: Resident = { user: 80_000_000 + k, updates: 0, unanswered: 0, apologies: 0 };
      residents.push(r);
      const at = rand() < 0.5 ? FORM_STEPS.length - 1 : Math.floor(rand() * FORM_STEPS.length);
      if (at === FORM_STEPS.length - 1) killsAtSend++;
      for (let s = 0; s < at; s++) await doStep(fake, r, FORM_STEPS[s]!, OPTS);
      // The step that gets killed: pushed, then SIGKILL after 0-120 ms (before, during or after its work).
      const mark = fake.mark();
      const { callbackId } = pushStep(fake, r.user, FORM_STEPS[at]!);
      r.updates++;
      await new Promise((res) => setTimeout(res, Math.floor(rand() * 120)));
      bot.child.kill('SIGKILL');
      await bot.exited;
      const answeredBeforeKill = fake.calls.some(
        (c) => c.index >= mark && c.ok && (callbackId ? c.params.callback_query_id === callbackId : c.params.chat_id === r.user),
      );
      bot = await startBot(fake, databaseUrl, opts.framework ?? 'telegraf');
      // Telegram redelivers what the dead process had not confirmed; a person repeats what got no answer.
      if (!answeredBeforeKill && (await answerOf(fake, r.user, mark, callbackId, 3000)) === null && !referencesTold(fake, r.user).length) {
        await doStep(fake, r, FORM_STEPS[at]!, OPTS);
      }
      for (let s = at + 1; s < FORM_STEPS.length && !referencesTold(fake, r.user).length; s++) await doStep(fake, r, FORM_STEPS[s]!, OPTS);
      await tellOrRetrySend(fake, r, OPTS);
    }
    await new Promise((res) => setTimeout(res, 1500)); // a late duplicate receipt would show up here
  } finally {
    bot.child.kill('SIGTERM');
    await bot.exited;
  }
  const db = await createDatabase(databaseUrl);
  try {
    const rows = await db.prisma.complaint.findMany({ select: { reference: true, authorId: true } });
    const byAuthor = new Map<number, string[]>();
    for (const row of rows) byAuthor.set(Number(row.authorId), [...(byAuthor.get(Number(row.authorId)) ?? []), row.reference]);
    const told = residents.filter((r) => referencesTold(fake, r.user).length > 0);
    const lost = residents.filter((r) => {
      const refs = new Set(referencesTold(fake, r.user));
      return !(byAuthor.get(r.user) ?? []).some((ref) => refs.has(ref));
    }).length;
    return {
      kills: opts.kills,
      killsAtSend,
      residents: residents.length,
      told: told.length,
      lost,
      doubled: [...byAuthor.values()].filter((refs) => refs.length > 1).length,
      toldTwice: residents.filter((r) => referencesTold(fake, r.user).length > 1).length,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await db.close();
    await fake.close();
  }
}
