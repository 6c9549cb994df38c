/**
 * `npm run bench -- election-night`: 5,000 residents ask "who won?" within 10 s through the webhook of
 * a real bot process on PostgreSQL while it posts the results to 1,000 groups (BENCH_RESIDENTS,
 * BENCH_GROUPS), at most BENCH_CONNECTIONS (40, Telegram's default max_connections) webhook requests at
 * once. Prints answer latency percentiles and the posts' time against their floor.
 */
import { runElectionNight } from '../test/support/election-night.ts';

export async function run(): Promise<void> {
  const r = await runElectionNight({
    residents: Number(process.env.BENCH_RESIDENTS ?? 5000),
    groups: Number(process.env.BENCH_GROUPS ?? 1000),
    burstSeconds: 10,
    connections: Number(process.env.BENCH_CONNECTIONS ?? 40),
  });
  console.log(
    `questions:           ${r.residents} offered in ${r.offeredSeconds.toFixed(1)} s; answered ${r.answered}; webhook requests failed and sent again ${r.failedRequests}`,
  );
  console.log(
    `answer latency:      p50 ${r.latencyMs.p50.toFixed(0)} ms, p95 ${r.latencyMs.p95.toFixed(0)} ms, p99 ${r.latencyMs.p99.toFixed(0)} ms, max ${r.latencyMs.max.toFixed(0)} ms`,
  );
  console.log(
    `results posts:       ${r.postedGroups}/${r.groups} groups, ${r.postMessages} messages, in ${r.postSeconds.toFixed(2)} s; floor (messages / 30 per second) ${r.postFloorSeconds.toFixed(2)} s; ratio ${(r.postSeconds / r.postFloorSeconds).toFixed(3)}`,
  );
  console.log(
    `posting rate:        ${r.postRate.duringAnswers.toFixed(1)} messages/s until the last resident was answered, ${r.postRate.after.toFixed(1)} after (limit 30)`,
  );
}
