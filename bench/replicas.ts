/**
 * `npm run bench -- replicas`: a 1,000-group broadcast sent by three real bot processes on one
 * PostgreSQL database against the Bot API emulator enforcing Telegram's limits, once undisturbed and
 * once with the delivery leader SIGKILLed halfway. Prints time against the floor those limits set
 * (1,000 / 30 per second), 429s, duplicates and the take-over time.
 */
import { runReplicaBroadcast, type ReplicaRunReport } from '../test/support/replicas.ts';

function print(label: string, r: ReplicaRunReport): void {
  console.log(`${label}:`);
  console.log(
    `  elapsed / floor:   ${r.elapsedSeconds.toFixed(2)} s / ${r.floorSeconds.toFixed(2)} s = ratio ${(r.elapsedSeconds / r.floorSeconds).toFixed(3)}`,
  );
  console.log(`  429s:              ${r.tooManyRequests}`);
  console.log(`  missing / dupes:   ${r.missing} / ${r.duplicates}`);
  console.log(`  senders:           ${r.senders}${r.takeoverMs === null ? '' : ` (take-over in ${r.takeoverMs.toFixed(0)} ms)`}`);
}

export async function run(): Promise<void> {
  const groups = Number(process.env.BENCH_GROUPS ?? 1000);
  print(`3 replicas, ${groups} groups`, await runReplicaBroadcast({ groups, replicas: 3, timeoutMs: 300_000 }));
  print(
    `3 replicas, ${groups} groups, leader killed halfway`,
    await runReplicaBroadcast({ groups, replicas: 3, killLeaderAt: 0.5, timeoutMs: 300_000 }),
  );
}
