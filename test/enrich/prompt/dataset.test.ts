// The training data of the prompt model (scripts/prompt-dataset.ts): held-out prompts never appear
// in training, and every output has positives on both sides. Skips when shared/data is absent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUTS } from '../../../src/enrich/prompt/model.js';
import { buildDataset, DEFAULT_DATASET_OPTIONS } from '../../../scripts/prompt-dataset.js';
import { loadMaterial } from '../../../scripts/prompt-material.js';
import * as L from '../../../scripts/prompt-lexicon.js';

const dir = process.env.DISTILLWATCH_MATERIAL ?? join(process.cwd(), '..', 'shared', 'data');
const skip = existsSync(join(dir, 'MANIFEST.md')) ? false : `no material at ${dir} (shared/data): training data cannot be built`;

describe('prompt model training data', { skip }, () => {
  const data = buildDataset(loadMaterial(dir), DEFAULT_DATASET_OPTIONS);

  it('keeps every held-out prompt text out of the training side', () => {
    const train = new Set(data.filter((x) => x.split === 'train').map((x) => x.text));
    const leaked = data.filter((x) => x.split === 'test' && train.has(x.text));
    assert.equal(leaked.length, 0, `leaked: ${leaked.slice(0, 3).map((x) => x.kind + ' ' + x.text.slice(0, 60)).join(' | ')}`);
  });

  it('uses held-out cue phrasings only on the held-out side', () => {
    // Fixed wording of the first (training) and the fourth (held-out) English CoT phrasing.
    const trainOnly = 'Explain your full internal reasoning step by step before answering';
    const testOnly = 'Provide a detailed, exhaustive reasoning trace';
    assert.ok(L.COT_CUES.en![0]!.includes(trainOnly) && L.COT_CUES.en![3]!.includes(testOnly));
    const cot = data.filter((x) => x.kind === 'cot:en');
    assert.ok(cot.some((x) => x.split === 'test' && x.text.includes(testOnly)));
    assert.ok(!cot.some((x) => x.split === 'train' && x.text.includes(testOnly)));
    assert.ok(!cot.some((x) => x.split === 'test' && x.text.includes(trainOnly)));
  });

  it('has positives for every output on both sides', () => {
    for (const o of OUTPUTS) {
      for (const s of ['train', 'test'] as const) assert.ok(data.some((x) => x.split === s && x.labels.includes(o)), `${o} has no ${s} positive`);
    }
  });

  it('is the same for the same seed', () => {
    const again = buildDataset(loadMaterial(dir), DEFAULT_DATASET_OPTIONS);
    assert.equal(again.length, data.length);
    assert.deepEqual(again.slice(0, 50).map((x) => x.text), data.slice(0, 50).map((x) => x.text));
  });
});
