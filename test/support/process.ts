import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BotProcess {
  child: ChildProcess;
  /** JSON log lines seen so far on stdout. */
  logs: Array<Record<string, unknown>>;
  stderr: () => string;
  /** Resolves with the first log line matching `predicate`. */
  waitForLog(predicate: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
}

/**
 * The command behind `npm start`, read from package.json and run without npm in between (the
 * script's leading shell `exec` dropped), so tests see the bot's own exit code and logs.
 */
export function startCommand(): string[] {
  const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((word, i) => !(i === 0 && word === 'exec'));
}

/** BENCH_BOT_NODE_FLAGS: node flags (e.g. `--cpu-prof`) for the bots a benchmark starts, to profile them. */
export const benchNodeFlags = (): string[] => process.env.BENCH_BOT_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];

/** `npm start`'s command with `benchNodeFlags`. */
export function benchBotCommand(): string[] {
  const [node, ...rest] = startCommand();
  return [node!, ...benchNodeFlags(), ...rest];
}

/** Every process below `pid` (children, grandchildren ...), from `ps`. */
export function descendants(pid: number): number[] {
  const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const found: number[] = [];
  for (let parents = [pid]; parents.length; ) {
    parents = rows.filter(([, ppid]) => parents.includes(ppid!)).map(([child]) => child!);
    found.push(...parents);
  }
  return found;
}

/** Whether a process with this id still runs (a zombie awaiting its parent counts as gone). */
export function isRunning(pid: number): boolean {
  try {
    return !/^Z/.test(execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim());
  } catch {
    return false; // ps exits 1 when there is no such process
  }
}

/**
 * Starts the bot as `npm start` does, with the given environment. `group: true` gives it a process
 * group of its own, so a test can signal the whole group as a terminal or systemd does.
 */
export function startBotProcess(
  env: Record<string, string>,
  command: string[] = startCommand(),
  opts: { group?: boolean } = {},
): BotProcess {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'BOT_TOKEN'),
  );
  const child = spawn(command[0]!, command.slice(1), {
    cwd: process.cwd(),
    env: { ...clean, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: opts.group === true,
  });
  const logs: Array<Record<string, unknown>> = [];
  const listeners = new Set<() => void>();
  let err = '';
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ raw: line });
      }
      for (const l of listeners) l();
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return {
    child,
    logs,
    stderr: () => err,
    exited,
    waitForLog(predicate, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = logs.find(predicate);
          if (!found) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`log line not seen in ${timeoutMs} ms; stderr: ${err.slice(-2000)}; logs: ${JSON.stringify(logs.slice(-5))}`));
        }, timeoutMs);
        listeners.add(check);
        void exited.then(() => setTimeout(check, 10));
        check();
      });
    },
  };
}
