// `npm run bench -- questions`: understanding one message (find the person and the place, run the
// intent model, decide) over every question table, p50/p99 per message, on the sample data and on a
// tree of 2,000 generated settlements (also given as a fresh copy per message, as the database
// returns it); and how long the committed model takes to load (goals: p99 <= 1 ms, load <= 200 ms). Baseline in
// the same run: splitting the same messages into phonetic keys only.
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { exampleKnowledge } from '../src/cli/question-knowledge.ts';
import { phoneticKey, words } from '../src/core/areas/normalize.ts';
import type { AreaEntry } from '../src/core/areas/area.ts';
import { decide } from '../src/core/questions/decide.ts';
import { loadIntentModel } from '../src/core/questions/load-intent-model.ts';
import { type QuestionKnowledge, readMessage } from '../src/core/questions/read-message.ts';
import { FRESH, HELD_OUT, HELD_OUT_1, HELD_OUT_3, QUESTIONS } from '../test/fixtures/questions.ts';
import { loadTable } from '../test/fixtures/question-tables/load.ts';

const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const fmt = (ms: number): string => `${(ms * 1000).toFixed(0)} µs`;

/**
 * Each message's own cost: the median of its runs. The machine is shared (its load average is
 * printed), so single runs include time the process was not on a core; the median of one
 * message's runs leaves that out, and p99 over messages is then the slowest 1% of messages.
 */
function perMessage(texts: string[], rounds: number, fn: (t: string) => unknown, prepare: () => unknown = () => null): number[] {
  return texts.map((t) => {
    const xs: number[] = [];
    for (let r = 0; r < rounds; r++) {
      prepare();
      const start = performance.now();
      fn(t);
      xs.push(performance.now() - start);
    }
    return quantile(xs, 0.5);
  });
}

function time(texts: string[], rounds: number, fn: (t: string) => unknown, prepare: () => unknown = () => null): number[] {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      prepare();
      const start = performance.now();
      fn(t);
      out.push(performance.now() - start);
    }
  }
  return out;
}

/** 2,000 settlements under 20 districts, with made-up names in both scripts. */
function bigTree(base: readonly AreaEntry[]): AreaEntry[] {
  const syll = ['ак', 'кар', 'бас', 'тал', 'жол', 'құм', 'сай', 'көл', 'тау', 'бұлақ', 'ой', 'шың', 'бел', 'ата', 'еңбек'];
  const out: AreaEntry[] = [...base];
  for (let d = 0; d < 20; d++) {
    const did = `p/d${d}`;
    out.push({ id: did, parentId: null, kind: 'district', names: { kk: `Аудан${d}`, ru: `Район${d}`, en: `District${d}` }, aliases: [] });
    for (let s = 0; s < 100; s++) {
      const name = syll[(s * 7 + d) % syll.length] + syll[(s * 3 + d * 5) % syll.length] + syll[(s + d) % syll.length];
      out.push({
        id: `${did}/s${s}`,
        parentId: did,
        kind: 'settlement',
        names: { kk: name, ru: name, en: phoneticKey(name) },
        aliases: [],
      });
    }
  }
  return out;
}

export async function run(): Promise<void> {
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    loadIntentModel();
    loads.push(performance.now() - start);
  }
  console.log(
    `model load: first ${loads[0].toFixed(1)} ms, median of 5 ${quantile(loads, 0.5).toFixed(1)} ms (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`,
  );
  const texts = [
    ...['never-tuned-a', 'never-tuned-b', 'never-tuned-c', 'never-tuned-d', 'never-tuned-e'].flatMap((n) =>
      loadTable(n).map((c) => c.text),
    ),
    ...[...QUESTIONS, ...HELD_OUT_1, ...HELD_OUT, ...HELD_OUT_3, ...FRESH].map((c) => c.text),
  ];
  const k = exampleKnowledge();
  const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
  const baseline = perMessage(texts, rounds, (t) => words(t).map(phoneticKey));
  const understand = (kn: QuestionKnowledge) => (t: string) => decide(readMessage(t, kn));
  time(texts, 2, understand(k)); // warm-up
  const big = { ...k, areas: bigTree(k.areas) };
  // As the bot reads them: a fresh copy of the tree and the people for every message (the database
  // returns new objects each time), so the indexes are found again by content, not built again.
  // The copy is made before the clock starts.
  let copy: QuestionKnowledge = big;
  const fresh = () => {
    copy = { ...big, areas: big.areas.map((a) => ({ ...a })), people: big.people.map((p) => ({ ...p })) };
  };
  const copied = () => (t: string) => decide(readMessage(t, copy));
  const none = () => null;
  for (const [label, kn, fn, prepare] of [
    ['sample data (4 areas, 7 people)', k, understand, none],
    ['2,000 generated settlements', big, understand, none],
    ['2,000 generated settlements, a fresh copy of the tree per message', big, copied, fresh],
  ] as const) {
    time(texts, 1, fn(kn), prepare); // warm-up (builds the indexes)
    const xs = perMessage(texts, rounds, fn(kn), prepare);
    const raw = time(texts, 1, fn(kn), prepare);
    console.log(
      `${label}: ${texts.length} messages x ${rounds}: p50 ${fmt(quantile(xs, 0.5))}, p99 ${fmt(quantile(xs, 0.99))} per message ` +
        `(each message's median run); every single run, wall clock: p50 ${fmt(quantile(raw, 0.5))}, p99 ${fmt(quantile(raw, 0.99))}; ` +
        `baseline (phonetic keys only) p99 ${fmt(quantile(baseline, 0.99))}`,
    );
  }
}
