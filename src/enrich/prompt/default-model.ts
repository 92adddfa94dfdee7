// enrich/prompt: the committed model (models/prompt-model.json), loaded once, synchronously, the same
// way src/schema loads its JSON Schemas: a static asset of the package, not run-time I/O on data.
import { createRequire } from 'node:module';
import { DwError } from '../../errors.js';
import { decodeModel, type PromptModel, type PromptModelFile } from './model.js';

const require = createRequire(import.meta.url);
let cached: PromptModel | undefined;

/** The model trained by `npm run train:prompt`, decoded once per process. */
export function defaultPromptModel(): PromptModel {
  if (cached) return cached;
  let file: PromptModelFile;
  try {
    file = require('../../../models/prompt-model.json') as PromptModelFile;
  } catch (err) {
    throw new DwError('DW_E_CONFIG', `models/prompt-model.json could not be loaded (run npm run train:prompt): ${(err as Error).message}`);
  }
  cached = decodeModel(file);
  return cached;
}
