// Shared by `npm run train:questions`, `npm run eval:questions` and the questions benchmark: the
// sample data's areas and people, the corpus files and the committed model.
import { readFileSync } from 'node:fs';
import type { AreaEntry } from '../core/areas/area.ts';
import { toAreaEntry, toPerson } from '../core/elections/assemble.ts';
import type { Person } from '../core/elections/model.ts';
import { toRecords } from '../core/elections/records.ts';
import { validateElectionData } from '../core/elections/validate-election-data.ts';
import { IntentModel } from '../core/questions/intent-model.ts';
import { nameKeys } from '../core/questions/find-people.ts';
import type { QuestionKnowledge } from '../core/questions/read-message.ts';

export const EXAMPLE_FILE = 'data/examples/kazakhstan-2023.yaml';
export const CORPUS_FILES = ['data/questions/kk.txt', 'data/questions/ru.txt', 'data/questions/en.txt'];
export const MODEL_FILE = 'src/core/questions/intent-model.json';

/** The areas and people of an election data file. */
export function entitiesOfFile(path: string): { areas: AreaEntry[]; people: Person[] } {
  const v = validateElectionData(readFileSync(path, 'utf8'));
  if (!v.ok) throw new Error(`${path}: ${v.errors.join('; ')}`);
  const records = toRecords(v.data);
  return { areas: records.areas.map(toAreaEntry), people: records.people.map(toPerson) };
}

/** The areas of an election data file. */
export const areasOfFile = (path: string): AreaEntry[] => entitiesOfFile(path).areas;

/** Everything reading a message needs, from the sample data and a model (the committed one by default). */
export function exampleKnowledge(
  model: IntentModel = IntentModel.fromFile(JSON.parse(readFileSync(MODEL_FILE, 'utf8'))),
): QuestionKnowledge {
  const { areas, people } = entitiesOfFile(EXAMPLE_FILE);
  return { areas, people: people.map(nameKeys), model };
}
