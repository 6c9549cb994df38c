/**
 * `npm run bench -- webhook`: private `/help` updates from 64 chats at once (BENCH_CHATS) posted to the
 * webhook of a real bot process on PostgreSQL over HTTP by autocannon in a third process; BENCH_UPDATES
 * in all (default 20,000). The rate counts answers: from the first request to the last answer the Bot
 * API emulator received, and every update must get exactly one correct answer. Baseline in the same
 * run: a bare telegraf webhook replying a constant through the same emulator.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createDatabase } from '../src/adapters/db/client.ts';
import { applyMigrations } from '../src/adapters/db/migrations/index.ts';
import { PrismaUpdateSnapshots } from '../src/adapters/db/repositories/prisma-update-snapshots.ts';
import { chatId, userId } from '../src/core/ids.ts';
import { startFakeBotApi, type FakeBotApi } from '../src/emulator/bot-api.ts';
import { BUILTIN_METHODS } from '../src/emulator/methods.ts';
import { benchBotCommand, benchNodeFlags, startBotProcess } from '../test/support/process.ts';
import { scratchDatabase } from '../test/support/replicas.ts';

const CHATS = Number(process.env.BENCH_CHATS ?? 64);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 20_000);
const FRAMEWORKS = (process.env.BENCH_WEBHOOK_FRAMEWORKS ?? 'telegraf').split(',') as Array<'telegraf' | 'grammy'>;
const SECRET = 'bench';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what}: not reached in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface LoadResult {
  startedAt: number;
  sent: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latencyP50: number;
  latencyP99: number;
}

/** Answers counted at the emulator: per chat, wrong ones, and the time of the last. */
function countAnswers(fake: FakeBotApi, correct: (text: string) => boolean) {
  const answers = { total: 0, wrong: 0, last: 0 };
  fake.setHandler('sendMessage', (params, ctx) => {
    answers.total++;
    if (!correct(String(params.text ?? ''))) answers.wrong++;
    answers.last = Date.now();
    return BUILTIN_METHODS.sendMessage!(params, ctx);
  });
  return answers;
}

/** `amount` updates from the same CHATS chats (ids from 40,000,000), update ids from `firstUpdateId`. */
function runLoad(port: number, firstUpdateId: number, amount: number): Promise<LoadResult> {
  const args = { url: `http://127.0.0.1:${port}/hook`, secret: SECRET, connections: CHATS, amount, firstUpdateId, firstChatId: 40_000_000 };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/webhook-load.ts', JSON.stringify(args)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d;
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult) : reject(new Error(`load exited ${code}`)),
    );
  });
}

/** Clock ticks a second of the CPU times in /proc (Linux). */
const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user and system) a process has used so far, in µs; 0 where /proc cannot tell. */
function cpuMicros(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // from the state, field 3
    return ((Number(fields[11]) + Number(fields[12])) / TICKS) * 1e6; // utime and stime, fields 14 and 15
  } catch {
    return 0;
  }
}

/** The CPU time of a bot's process and of its database's server processes (PostgreSQL backends). */
async function cpuOf(proc: Started): Promise<{ bot: number; database: number }> {
  let database = 0;
  if (proc.databaseUrl) {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: proc.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      for (const r of rows) database += cpuMicros(r.pid);
    } finally {
      await client.end();
    }
  }
  return { bot: proc.pid ? cpuMicros(proc.pid) : 0, database };
}

interface Started {
  stop(): Promise<void>;
  pid: number | undefined;
  /** PostgreSQL: its backends' CPU is reported too. */
  databaseUrl?: string;
}

async function measure(
  name: string,
  fake: FakeBotApi,
  start: (port: number) => Started,
  correct: (text: string) => boolean,
  firstUpdateId: number,
) {
  const port = await freePort();
  const proc = start(port);
  try {
    await waitUntil(
      async () => (await fetch(`http://127.0.0.1:${port}/hook`, { method: 'GET' }).catch(() => null)) !== null,
      60_000,
      `${name} listening`,
    );
    // Warm-up: one update per chat (they become known chats and persons, the code paths compiled).
    const warm = countAnswers(fake, correct);
    await runLoad(port, firstUpdateId, CHATS);
    await waitUntil(() => warm.total >= CHATS, 60_000, `${name} warm-up answered`);
    const answers = countAnswers(fake, correct);
    const cpuBefore = await cpuOf(proc);
    const load = await runLoad(port, firstUpdateId + 1_000_000, UPDATES);
    await waitUntil(() => answers.total >= UPDATES, 180_000, `${name}: every update answered (${answers.total})`);
    const cpuAfter = await cpuOf(proc);
    await new Promise((r) => setTimeout(r, 500)); // a late duplicate would show here
    const seconds = (answers.last - load.startedAt) / 1000;
    // CPU an update: a steadier figure than the rate on a machine shared with other work.
    const cpu = { bot: (cpuAfter.bot - cpuBefore.bot) / UPDATES, database: (cpuAfter.database - cpuBefore.database) / UPDATES };
    return { name, rate: UPDATES / seconds, seconds, load, cpu, answers: { ...answers } };
  } finally {
    await proc.stop();
  }
}

/**
 * The database's share, measured alone: the one statement a webhook update makes (its claim and the
 * read of its chat, sender and form: `claimAndRead`) through the bot's own database layer, CHATS at
 * once, UPDATES in all, in this process while nothing else runs. The full stack cannot go faster than
 * this and the bare webhook together allow: `ceiling` below.
 */
async function statementAlone(url: string, firstUpdateId: number) {
  const db = await createDatabase(url);
  try {
    const snapshots = new PrismaUpdateSnapshots(db.prisma);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < UPDATES; i = next++) {
        const chat = 40_000_000 + (i % CHATS);
        const r = await snapshots.claimAndRead(firstUpdateId + i, chatId(chat), userId(chat));
        if (!r.claimed || r.snapshot.chat === null) throw new Error(`statement ${i}: not claimed or chat not found`);
      }
    };
    await Promise.all(Array.from({ length: CHATS }, worker)); // warm-up: the pool's connections and the prepared statement
    next = 0;
    firstUpdateId += UPDATES;
    const started = Date.now();
    await Promise.all(Array.from({ length: CHATS }, worker));
    return UPDATES / ((Date.now() - started) / 1000);
  } finally {
    await db.close();
  }
}

export async function run(): Promise<void> {
  console.log(
    `${UPDATES} private /help updates from ${CHATS} chats at once, posted over HTTP by autocannon in its own process; the bot in its own process; rate = answers received by the Bot API emulator per second`,
  );
  const fake = await startFakeBotApi({ recordCalls: false });
  const rows: Array<Awaited<ReturnType<typeof measure>>> = [];
  const alone: Array<{ name: string; rate: number }> = [];
  try {
    rows.push(
      await measure(
        'bare telegraf webhook',
        fake,
        (port) => {
          const child = spawn(process.execPath, [...benchNodeFlags(), '--import', 'tsx', 'bench/webhook-bare.ts'], {
            env: { ...process.env, BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, WEBHOOK_SECRET: SECRET, PORT: String(port) },
            stdio: 'ignore',
          });
          const exited = new Promise<void>((r) => child.once('exit', () => r()));
          return {
            pid: child.pid,
            stop: async () => {
              child.kill('SIGTERM');
              await exited;
            },
          };
        },
        (text) => text === 'ok',
        1,
      ),
    );
    for (const framework of FRAMEWORKS) {
      const scratch = await scratchDatabase();
      try {
        await applyMigrations(scratch.url);
        rows.push(
          await measure(
            `full stack (${framework}, PostgreSQL)`,
            fake,
            (port) => {
              const bot = startBotProcess(
                {
                  BOT_TOKEN: fake.token,
                  TELEGRAM_API_ROOT: fake.apiRoot,
                  DATABASE_URL: scratch.url,
                  BOT_FRAMEWORK: framework,
                  BOT_MODE: 'webhook',
                  WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
                  WEBHOOK_SECRET: SECRET,
                  PORT: String(port),
                  LOG_LEVEL: 'warn',
                  SCHEDULER: 'off',
                },
                benchBotCommand(),
              );
              return {
                pid: bot.child.pid,
                databaseUrl: scratch.url,
                stop: async () => {
                  bot.child.kill('SIGTERM');
                  await bot.exited;
                },
              };
            },
            (text) => text.includes('/complain'),
            10_000_000,
          ),
        );
        if (framework === FRAMEWORKS[0])
          alone.push({ name: 'its statement alone (PostgreSQL)', rate: await statementAlone(scratch.url, 20_000_000) });
      } finally {
        await scratch.drop();
      }
    }
  } finally {
    await fake.close();
  }
  const bare = rows[0]!;
  for (const r of rows) {
    const l = r.load;
    console.log(
      `${r.name.padEnd(34)} ${r.rate.toFixed(0).padStart(6)} updates/s answered   HTTP p50 ${l.latencyP50} ms p99 ${l.latencyP99} ms   ratio to bare ${(r.rate / bare.rate).toFixed(3)}   answers ${r.answers.total}/${UPDATES}, wrong ${r.answers.wrong}, non-2xx ${l.non2xx}, errors ${l.errors + l.timeouts}   ` +
        `CPU an update: bot ${r.cpu.bot.toFixed(0)} µs${r.cpu.database ? `, PostgreSQL ${r.cpu.database.toFixed(0)} µs` : ''}`,
    );
  }
  for (const a of alone) {
    // Both use the whole machine: their costs per update add up, with nothing left for the bot's own work.
    const ceiling = 1 / (1 / bare.rate + 1 / a.rate);
    console.log(
      `${a.name.padEnd(34)} ${a.rate.toFixed(0).padStart(6)} statements/s, ${CHATS} at once, through the bot's database layer   ` +
        `ceiling of a full stack (bare webhook + statement, no bot work) ${ceiling.toFixed(0)} updates/s`,
    );
  }
}
