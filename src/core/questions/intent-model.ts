import { QUESTION_INTENTS, type QuestionIntent } from './intents.ts';
import { featuresOf } from './features.ts';

/**
 * A linear (softmax) model over the features of `features.ts`, as committed in
 * `intent-model.json`: each feature as a 32-bit FNV-1a hash of its text (no strings to read or
 * hash at start), one row of weights per feature (one weight per intent) quantised to 16 bits,
 * both base64-encoded, so the file stays small and loads in milliseconds with no native code.
 * Features whose weights are all near zero are left out of the file.
 */
export interface IntentModelFile {
  version: 2;
  intents: string[];
  /** Int32 FNV-1a hashes of the features, base64. */
  hashes: string;
  scale: number;
  weights: string;
  bias: number[];
}

export interface IntentGuess {
  intent: QuestionIntent;
  /** Probability of the best intent, 0..1. */
  confidence: number;
  /** Second best, for buttons when unsure. */
  runnerUp: QuestionIntent;
}

/** 32-bit FNV-1a of a feature's text (UTF-16 code units). */
export function featureHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Rows by feature hash: open addressing over typed arrays, built in a few milliseconds. */
class HashRows {
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(hashes: Int32Array) {
    let size = 1;
    while (size < hashes.length * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.rows = new Int32Array(size).fill(-1);
    hashes.forEach((h, row) => {
      let at = h & this.mask;
      while (this.rows[at] !== -1) at = (at + 1) & this.mask;
      this.keys[at] = h;
      this.rows[at] = row;
    });
  }

  get(h: number): number {
    for (let at = h & this.mask; this.rows[at] !== -1; at = (at + 1) & this.mask) if (this.keys[at] === h) return this.rows[at];
    return -1;
  }
}

/** Below this (in every intent) a feature's weights are left out of the file. */
const PRUNE_BELOW = 0.05;

export class IntentModel {
  private readonly rowsOf: HashRows;
  private readonly intents: QuestionIntent[];

  /** `features`: each row's feature, as text (training) or as its hash (the file). */
  constructor(
    features: readonly string[] | Int32Array,
    private readonly weights: Float32Array,
    private readonly bias: Float32Array,
    intents: readonly string[] = QUESTION_INTENTS,
  ) {
    this.rowsOf = new HashRows(features instanceof Int32Array ? features : Int32Array.from(features, featureHash));
    this.intents = intents.filter((i): i is QuestionIntent => (QUESTION_INTENTS as readonly string[]).includes(i));
    if (this.intents.length !== intents.length) throw new Error('intent model names an unknown intent');
  }

  /** Reads the committed file's content. */
  static fromFile(file: IntentModelFile): IntentModel {
    if (file.version !== 2) throw new Error(`intent model file version ${file.version}: run npm run train:questions`);
    const bytes = (b64: string) => {
      const raw = Buffer.from(b64, 'base64');
      // Copied so the typed view is aligned whatever offset the decoded buffer has.
      return new Uint8Array(raw).buffer;
    };
    const hashes = new Int32Array(bytes(file.hashes));
    const q = new Int16Array(bytes(file.weights));
    const weights = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) weights[i] = q[i] * file.scale;
    return new IntentModel(hashes, weights, Float32Array.from(file.bias), file.intents);
  }

  /**
   * Writes the model in the committed form: features with a weight of at least `PRUNE_BELOW`, by
   * hash (two features with one hash, which is rare, share a row: their weights are added).
   */
  toFile(vocabulary: readonly string[]): IntentModelFile {
    const k = this.intents.length;
    const rows = new Map<number, Float32Array>();
    vocabulary.forEach((f, i) => {
      const w = this.weights.subarray(i * k, (i + 1) * k);
      if (!w.some((x) => Math.abs(x) >= PRUNE_BELOW)) return;
      const h = featureHash(f);
      const row = rows.get(h);
      if (row) row.forEach((_, c) => (row[c] += w[c]));
      else rows.set(h, Float32Array.from(w));
    });
    let max = 0;
    for (const row of rows.values()) for (const w of row) max = Math.max(max, Math.abs(w));
    const scale = max / 32767 || 1;
    const q = new Int16Array(rows.size * k);
    [...rows.values()].forEach((row, r) => row.forEach((w, c) => (q[r * k + c] = Math.round(w / scale))));
    return {
      version: 2,
      intents: [...this.intents],
      hashes: Buffer.from(Int32Array.from(rows.keys()).buffer).toString('base64'),
      scale,
      weights: Buffer.from(q.buffer).toString('base64'),
      bias: [...this.bias],
    };
  }

  /** Scores of every intent for these features (softmax probabilities). */
  probabilities(features: readonly string[]): Float32Array {
    const k = this.intents.length;
    const z = Float32Array.from(this.bias);
    for (const f of features) {
      const row = this.rowsOf.get(featureHash(f));
      if (row < 0) continue;
      const base = row * k;
      for (let c = 0; c < k; c++) z[c] += this.weights[base + c];
    }
    let max = -Infinity;
    for (const v of z) max = Math.max(max, v);
    let sum = 0;
    for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c] - max);
    for (let c = 0; c < k; c++) z[c] /= sum;
    return z;
  }

  /** The most likely intent of a token list, with its probability and the runner-up. */
  guess(tokens: readonly string[]): IntentGuess {
    const p = this.probabilities(featuresOf(tokens));
    let best = 0;
    let second = 1;
    for (let c = 0; c < p.length; c++) {
      if (p[c] > p[best]) {
        second = best;
        best = c;
      } else if (c !== best && (second === best || p[c] > p[second])) second = c;
    }
    return { intent: this.intents[best], confidence: p[best], runnerUp: this.intents[second === best ? 0 : second] };
  }

  get intentList(): readonly QuestionIntent[] {
    return this.intents;
  }
}
