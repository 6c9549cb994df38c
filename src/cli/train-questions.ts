// `npm run train:questions`: trains the intent model from the committed corpus (data/questions/*.txt,
// expanded with typos and variants) plus the question tables marked for training, and writes
// src/core/questions/intent-model.json. Deterministic: the same corpus gives the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import { expandCorpus, parseCorpus } from '../core/questions/corpus.ts';
import { tokens } from '../core/questions/features.ts';
import { nameKeys } from '../core/questions/find-people.ts';
import { isQuestionIntent } from '../core/questions/intents.ts';
import { locateEntities } from '../core/questions/read-message.ts';
import { trainIntentModel, type TrainingExample } from '../core/questions/train-intent-model.ts';
import { loadTable } from '../../test/fixtures/question-tables/load.ts';
import { CORPUS_FILES, EXAMPLE_FILE, MODEL_FILE, entitiesOfFile } from './question-knowledge.ts';
import { TRAINING_TABLES } from './training-tables.ts';

function tableExamples(): TrainingExample[] {
  const { areas, people } = entitiesOfFile(EXAMPLE_FILE);
  const index = people.map(nameKeys);
  return TRAINING_TABLES.flatMap(loadTable).flatMap((c) => {
    if (!isQuestionIntent(c.intent)) return [];
    const { spans } = locateEntities(c.text, areas, index);
    // Three copies: a real resident's phrasing outweighs one generated variant.
    const ex = { tokens: tokens(c.text, spans), intent: c.intent };
    return [ex, ex, ex];
  });
}

const started = Date.now();
const lines = CORPUS_FILES.flatMap((f) => parseCorpus(readFileSync(f, 'utf8')));
const examples = [...expandCorpus(lines), ...tableExamples()];
const { model, vocabulary } = trainIntentModel(examples);
const file = model.toFile(vocabulary);
writeFileSync(MODEL_FILE, `${JSON.stringify(file)}\n`);
console.log(
  `${lines.length} corpus lines -> ${examples.length} examples, ${vocabulary.length} features; ${MODEL_FILE} (${(JSON.stringify(file).length / 1024).toFixed(0)} KB) in ${Date.now() - started} ms`,
);
