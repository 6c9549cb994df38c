import { readFileSync } from 'node:fs';
import { IntentModel, type IntentModelFile } from './intent-model.ts';

/** The committed model file (written by `npm run train:questions`). */
export const INTENT_MODEL_URL = new URL('./intent-model.json', import.meta.url);

/** Reads the committed intent model; a few milliseconds (see `npm run bench -- questions`). */
export function loadIntentModel(url: URL = INTENT_MODEL_URL): IntentModel {
  return IntentModel.fromFile(JSON.parse(readFileSync(url, 'utf8')) as IntentModelFile);
}
