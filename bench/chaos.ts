import { runFlaky } from '../test/support/chaos/flaky-run.ts';
import { runFuzz } from '../test/support/chaos/fuzz-run.ts';
import { runKills } from '../test/support/chaos/kill-run.ts';
import { runPgRestart } from '../test/support/chaos/pg-restart-run.ts';
import { removeAllTempSqlite } from '../test/support/harness.ts';

const FRAMEWORKS = ['telegraf', 'grammy'] as const;
const UPDATES = Number(process.env.CHAOS_UPDATES ?? 10_000);
const KILLS = Number(process.env.CHAOS_KILLS ?? 50);
const SEED = Number(process.env.CHAOS_SEED ?? 20261201);
const only = (process.env.CHAOS_PARTS ?? 'fuzz,flaky,restart,kill').split(',');

const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

/**
 * `npm run bench -- chaos`: the real bot against the fake Bot API under hostile input, a flaky
 * network, a PostgreSQL restart and kill -9. Prints figures; the pass criteria are the zeros.
 * CHAOS_UPDATES (10000, split over both frameworks), CHAOS_KILLS (50), CHAOS_SEED, CHAOS_PARTS.
 */
export async function run(): Promise<void> {
  if (only.includes('fuzz')) {
    console.log(
      `\n-- ${UPDATES} generated updates (valid, truncated, wrong types, huge, unicode edge cases, forged buttons), seed ${SEED}`,
    );
    for (const framework of FRAMEWORKS) {
      const f = await runFuzz({ framework, n: Math.ceil(UPDATES / FRAMEWORKS.length), seed: SEED });
      line(
        `${framework}: updates by shape`,
        Object.entries(f.byShape)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
      );
      line(
        `${framework}: crashes / unhandled errors`,
        `${f.crashes} / ${f.errors}${f.samples.length ? `  (e.g. ${[...new Set(f.samples)].join('; ')})` : ''}`,
      );
      line(
        `${framework}: handlers not finished / answers /help after`,
        `${f.unfinished} / ${f.aliveAfter ? 'yes' : 'NO'}   (${f.seconds.toFixed(0)} s)`,
      );
    }
  }
  if (only.includes('flaky')) {
    console.log('\n-- 20% of sends fail before reaching Telegram (429 retry_after 1, 502, connection reset)');
    for (const framework of FRAMEWORKS) {
      const f = await runFlaky({ framework, replies: 500, posts: 200, failureRate: 0.2, seed: SEED });
      const i = f.injected;
      line(
        `${framework}: failures injected`,
        `${i.tooManyRequests + i.serverError + i.network} of ${i.tooManyRequests + i.serverError + i.network + i.passed} calls (429 ${i.tooManyRequests}, 5xx ${i.serverError}, network ${i.network})`,
      );
      line(
        `${framework}: replies exactly once / missing / twice`,
        `${f.replies.once}/${f.replies.expected} / ${f.replies.missing} / ${f.replies.repeated}`,
      );
      line(
        `${framework}: posts exactly once / missing / twice`,
        `${f.posts.once}/${f.posts.expected} / ${f.posts.missing} / ${f.posts.repeated}   (${f.seconds.toFixed(0)} s)`,
      );
    }
  }
  if (only.includes('restart')) {
    console.log('\n-- a private PostgreSQL cluster restarts (pg_ctl stop -m fast, 1.5 s down, start) while residents file and ask');
    for (const framework of FRAMEWORKS) {
      const f = await runPgRestart({ framework, residents: 40, askers: 300 });
      line(`${framework}: updates answered / apologised / silent`, `${f.answered} / ${f.apologised} / ${f.unanswered} of ${f.updates}`);
      line(
        `${framework}: complaints acknowledged / lost / doubled`,
        `${f.acknowledged}/${f.residents} / ${f.lost} / ${f.doubled}   (restart ${f.restartSeconds.toFixed(1)} s, run ${f.seconds.toFixed(0)} s)`,
      );
    }
  }
  if (only.includes('kill')) {
    console.log(`\n-- kill -9 of the real process (npm start) at random points of the complaint form, ${KILLS} times`);
    for (const framework of FRAMEWORKS) {
      const f = await runKills({ kills: Math.ceil(KILLS / FRAMEWORKS.length), seed: SEED, framework });
      line(`${framework}: kills (at "Send") / residents told`, `${f.kills} (${f.killsAtSend}) / ${f.told}/${f.residents}`);
      line(
        `${framework}: complaints lost / doubled / reference told twice`,
        `${f.lost} / ${f.doubled} / ${f.toldTwice}   (${f.seconds.toFixed(0)} s)`,
      );
    }
  }
  removeAllTempSqlite();
}
