/**
 * `npm run bench` runs every benchmark but chaos; `npm run bench -- <name>` runs one (names: the keys below).
 * Figures are printed as ratios against a baseline measured in the same run (machines are noisy).
 */
const BENCHES: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  updates: () => import('./updates.ts'),
  webhook: () => import('./webhook.ts'),
  broadcast: () => import('./broadcast.ts'),
  export: () => import('./export.ts'),
  replicas: () => import('./replicas.ts'),
  charts: () => import('./charts.ts'),
  'cold-start': () => import('./cold-start.ts'),
  'election-night': () => import('./election-night.ts'),
  questions: () => import('./questions.ts'),
  chaos: () => import('./chaos.ts'),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
// chaos takes minutes and restarts processes and a database: only when asked for by name.
const names = wanted.length ? wanted : Object.keys(BENCHES).filter((n) => n !== 'chaos');
for (const name of names) {
  const load = BENCHES[name];
  if (!load) {
    console.error(`unknown benchmark "${name}"; choose from: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n== ${name} ==`);
  await (await load()).run();
}
process.exit(0);
