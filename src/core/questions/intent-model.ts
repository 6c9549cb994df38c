import { QUESTION_INTENTS, type QuestionIntent } from './intents.ts';
import { featuresOf } from './features.ts';

/**
 * A linear (softmax) model over the features of `features.ts`, as committed in
 * `intent-model.json`: the feature vocabulary and one row of weights per feature (one weight per
 * intent), quantised to 16 bits and base64-encoded so the file stays small and loads in
 * milliseconds with no native code.
 */
export interface IntentModelFile {
  version: 1;
  intents: string[];
  vocabulary: string;
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

export class IntentModel {
  private readonly index: Map<string, number>;
  private readonly intents: QuestionIntent[];

  constructor(
    vocabulary: readonly string[],
    private readonly weights: Float32Array,
    private readonly bias: Float32Array,
    intents: readonly string[] = QUESTION_INTENTS,
  ) {
    this.index = new Map(vocabulary.map((f, i) => [f, i]));
    this.intents = intents.filter((i): i is QuestionIntent => (QUESTION_INTENTS as readonly string[]).includes(i));
    if (this.intents.length !== intents.length) throw new Error('intent model names an unknown intent');
  }

  /** Reads the committed file's content. */
  static fromFile(file: IntentModelFile): IntentModel {
    const vocabulary = file.vocabulary.split('\n');
    const raw = Buffer.from(file.weights, 'base64');
    const q = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
    const weights = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) weights[i] = q[i] * file.scale;
    return new IntentModel(vocabulary, weights, Float32Array.from(file.bias), file.intents);
  }

  /** Writes the model in the committed form (quantised weights). */
  toFile(vocabulary: readonly string[]): IntentModelFile {
    let max = 0;
    for (const w of this.weights) max = Math.max(max, Math.abs(w));
    const scale = max / 32767 || 1;
    const q = Int16Array.from(this.weights, (w) => Math.round(w / scale));
    return {
      version: 1,
      intents: [...this.intents],
      vocabulary: vocabulary.join('\n'),
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
      const row = this.index.get(f);
      if (row === undefined) continue;
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
