import { describe, expect, it } from 'vitest';
import { featuresOf, tokens } from '../../../src/core/questions/features.ts';
import { featureHash, IntentModel } from '../../../src/core/questions/intent-model.ts';
import { trainIntentModel } from '../../../src/core/questions/train-intent-model.ts';

describe('the intent model file: hashed features, pruned and quantised', () => {
  const examples = [
    { tokens: tokens('когда выборы'), intent: 'when' as const },
    { tokens: tokens('кто победил на выборах'), intent: 'results' as const },
    { tokens: tokens('продам сено'), intent: 'chat' as const },
    { tokens: tokens('всем привет'), intent: 'chat' as const },
  ];

  it('when a trained model is written and read back, then it gives the same probabilities (to quantisation)', () => {
    const { model, vocabulary } = trainIntentModel(examples, { epochs: 30 });
    const file = model.toFile(vocabulary);
    expect(file.version).toBe(2);
    expect(file).not.toHaveProperty('vocabulary');
    const read = IntentModel.fromFile(JSON.parse(JSON.stringify(file)));
    for (const text of ['когда выборы?', 'продам сено недорого', 'кто победил']) {
      const a = model.probabilities(featuresOf(tokens(text)));
      const b = read.probabilities(featuresOf(tokens(text)));
      a.forEach((p, c) => expect(b[c]).toBeCloseTo(p, 2));
      expect(read.guess(tokens(text)).intent).toBe(model.guess(tokens(text)).intent);
    }
  });

  it('when features are hashed, then equal texts agree and different texts differ', () => {
    expect(featureHash('^vib')).toBe(featureHash('^vib'));
    expect(new Set(['^vib', 'vibo', 'wкогда', 'e1', 'e0'].map(featureHash)).size).toBe(5);
  });

  it('when an old file (version 1, a vocabulary of strings) is read, then it says to train again', () => {
    expect(() => IntentModel.fromFile({ version: 1 } as never)).toThrow(/train:questions/);
  });
});
