// Experiment (not part of training): how well do elicitation detectors transfer to languages the
// model never saw in training? Trains the same model with every composition in LANGS removed, then
// measures recall on all compositions in those languages (and false positives on their
// ordinary look-alikes). `node --import tsx scripts/prompt-zero-shot.ts [--langs vi,id,tr,hi]`.
import { decodeModel, encodeModel, OUTPUTS } from '../src/enrich/prompt/model.js';
import { buildDataset, DEFAULT_DATASET_OPTIONS } from './prompt-dataset.js';
import { scoreExamples } from './prompt-eval.js';
import { loadMaterial, materialDir } from './prompt-material.js';
import { DEFAULT_TRAIN_OPTIONS, featurize, trainFtrl } from './train-prompt-models.js';

const i = process.argv.indexOf('--langs');
const langs = (i >= 0 ? process.argv[i + 1]! : 'vi,id,tr,hi').split(',');
const inLangs = (kind: string): boolean => langs.some((l) => kind.endsWith(`:${l}`));
const data = buildDataset(loadMaterial(materialDir()), DEFAULT_DATASET_OPTIONS);
const train = data.filter((x) => x.split === 'train' && !inLangs(x.kind));
// Every prompt in those languages is unseen (no phrasing in them was trained on), whichever side of
// the phrase split it was built for; the questions inside are material the model may have seen.
const test = data.filter((x) => inLangs(x.kind));
const o = DEFAULT_TRAIN_OPTIONS;
const { w, bias } = trainFtrl(featurize(train, o.dimBits), o);
const model = decodeModel(encodeModel(o.dimBits, w, bias, 0));
const scores = scoreExamples(model, test);
process.stdout.write(`zero-shot languages ${langs.join(',')}: trained on ${train.length} prompts without them; ${test.length} prompts in them\n`);
const byKind = new Map<string, { n: number; hit: number; output: string }>();
test.forEach((x, k) => {
  const family = x.kind.split(':')[0]!;
  const output = x.labels.find((l) => OUTPUTS.indexOf(l) < 6) ?? ({ harness: 'cot_reconstruction', student: 'cot_reconstruction', rewrite: 'safe_rewrite', native: 'cot_reconstruction' } as Record<string, string>)[family] ?? 'cot_reconstruction';
  const c = OUTPUTS.indexOf(output);
  const r = byKind.get(family) ?? { n: 0, hit: 0, output };
  r.n++;
  if (scores[k]![c]! >= 0.5) r.hit++;
  byKind.set(family, r);
});
for (const [family, r] of [...byKind].sort()) {
  const positive = test.some((x) => x.kind.startsWith(family + ':') && x.labels.includes(r.output));
  process.stdout.write(`  ${family.padEnd(12)} ${r.output.padEnd(20)} ${positive ? 'recall' : 'false-positive rate'} ${(r.hit / r.n).toFixed(3)} (n=${r.n})\n`);
}
