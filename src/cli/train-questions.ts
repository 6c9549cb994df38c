// `npm run train:questions`: trains the intent model from the committed corpus (data/questions/*.txt,
// expanded with typos and variants) plus the question tables marked for training, and writes
// src/core/questions/intent-model.json. Deterministic: the same corpus gives the same file.
// `-- --cross`: leave one training table out at a time, train on the rest and score the table left
// out (writes nothing): how a change to features or decisions generalises, without a fresh table.
import { readFileSync, writeFileSync } from 'node:fs';
import { expandCorpus, parseCorpus } from '../core/questions/corpus.ts';
import { tokens } from '../core/questions/features.ts';
import { nameKeys } from '../core/questions/find-people.ts';
import { isQuestionIntent } from '../core/questions/intents.ts';
import { locateEntities } from '../core/questions/read-message.ts';
import { type TrainingExample, trainIntentModel } from '../core/questions/train-intent-model.ts';
import { loadTable } from '../../test/fixtures/question-tables/load.ts';
import { evaluate, summarize } from './eval-questions.ts';
import { CORPUS_FILES, EXAMPLE_FILE, exampleKnowledge, entitiesOfFile, MODEL_FILE } from './question-knowledge.ts';
import { TRAINING_TABLES } from './training-tables.ts';

function tableExamples(tables: readonly string[]): TrainingExample[] {
  const { areas, people } = entitiesOfFile(EXAMPLE_FILE);
  const index = people.map(nameKeys);
  return tables.flatMap(loadTable).flatMap((c) => {
    if (!isQuestionIntent(c.intent)) return [];
    const { spans } = locateEntities(c.text, areas, index);
    // Three copies: a real resident's phrasing outweighs one generated variant.
    const ex = { tokens: tokens(c.text, spans), intent: c.intent };
    return [ex, ex, ex];
  });
}

const started = Date.now();
const lines = CORPUS_FILES.flatMap((f) => parseCorpus(readFileSync(f, 'utf8')));
const corpus = expandCorpus(lines);

if (process.argv.includes('--cross')) {
  for (const left of TRAINING_TABLES) {
    const { model } = trainIntentModel([...corpus, ...tableExamples(TRAINING_TABLES.filter((t) => t !== left))]);
    const rows = evaluate(exampleKnowledge(model), loadTable(left));
    console.log(`${left} left out (the corpus may still hold phrasings written after reading it):`);
    for (const s of summarize(rows))
      console.log(`  ${s.lang.padEnd(3)} both ${s.both}  people ${s.people}  everyday chat answered ${s.chatAnswered}`);
    if (process.argv.includes('--misses')) {
      for (const r of rows.filter((x) => !x.intentOk || !x.entityOk))
        console.log(`  miss: "${r.case.text}" -> ${r.intent} / ${r.entity ?? '-'} (expected ${r.case.intent})`);
    }
  }
} else {
  const examples = [...corpus, ...tableExamples(TRAINING_TABLES)];
  const { model, vocabulary } = trainIntentModel(examples);
  const file = model.toFile(vocabulary);
  writeFileSync(MODEL_FILE, `${JSON.stringify(file)}\n`);
  console.log(
    `${lines.length} corpus lines -> ${examples.length} examples, ${vocabulary.length} features; ${MODEL_FILE} (${(JSON.stringify(file).length / 1024).toFixed(0)} KB) in ${Date.now() - started} ms`,
  );
}
