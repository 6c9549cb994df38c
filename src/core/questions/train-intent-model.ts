import { featuresOf } from './features.ts';
import { IntentModel } from './intent-model.ts';
import { QUESTION_INTENTS, type QuestionIntent } from './intents.ts';

export interface TrainingExample {
  tokens: string[];
  intent: QuestionIntent;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  /** L2 penalty per step; keeps rare n-grams from deciding alone. */
  l2?: number;
  /** Deterministic shuffling. */
  seed?: number;
}

/** Small deterministic generator (mulberry32) so training is reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains the softmax model with AdaGrad on cross-entropy. Pure and deterministic: the same corpus
 * and options give the same weights.
 */
export function trainIntentModel(
  examples: readonly TrainingExample[],
  opts: TrainOptions = {},
): { model: IntentModel; vocabulary: string[] } {
  const { epochs = 12, rate = 0.3, l2 = 1e-6, seed = 7 } = opts;
  const k = QUESTION_INTENTS.length;
  const index = new Map<string, number>();
  const rows = examples.map((e) => {
    const feats = [...new Set(featuresOf(e.tokens))].map((f) => {
      let i = index.get(f);
      if (i === undefined) index.set(f, (i = index.size));
      return i;
    });
    return { feats, y: QUESTION_INTENTS.indexOf(e.intent) };
  });
  const w = new Float32Array(index.size * k);
  const g2 = new Float32Array(index.size * k).fill(1e-8);
  const b = new Float32Array(k);
  const bg2 = new Float32Array(k).fill(1e-8);
  const rand = random(seed);
  const order = rows.map((_, i) => i);
  const z = new Float32Array(k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const r of order) {
      const { feats, y } = rows[r];
      z.set(b);
      for (const f of feats) for (let c = 0; c < k; c++) z[c] += w[f * k + c];
      let max = -Infinity;
      for (const v of z) max = Math.max(max, v);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c] - max);
      for (let c = 0; c < k; c++) {
        const grad = z[c] / sum - (c === y ? 1 : 0);
        bg2[c] += grad * grad;
        b[c] -= (rate * grad) / Math.sqrt(bg2[c]);
        for (const f of feats) {
          const at = f * k + c;
          const gg = grad + l2 * w[at];
          g2[at] += gg * gg;
          w[at] -= (rate * gg) / Math.sqrt(g2[at]);
        }
      }
    }
  }
  const vocabulary = [...index.keys()];
  return { model: new IntentModel(vocabulary, w, b), vocabulary };
}
