// `npm run train:prompt [-- --material DIR]`: trains the prompt model (hashed features → 15 logistic
// outputs) on shared/data with FTRL-Proximal (McMahan et al. 2013, "Ad click prediction: a view
// from the trenches"; L1 keeps the shipped file small), evaluates it on the held-out split and writes
// models/prompt-model.json and models/prompt-eval.json. Deterministic for one material snapshot.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFeatureBuf, extractFeatures } from '../src/enrich/prompt/features.js';
import { decodeModel, encodeModel, N_OUT, OUTPUTS } from '../src/enrich/prompt/model.js';
import { createScan, scanText } from '../src/enrich/prompt/scan.js';
import { DEFAULT_PROMPT_OPTIONS } from '../src/enrich/prompt/enricher.js';
import { buildDataset, DEFAULT_DATASET_OPTIONS, rng, type Example } from './prompt-dataset.js';
import { evaluate, formatReport } from './prompt-eval.js';
import { loadMaterial, materialDir } from './prompt-material.js';

export interface TrainOptions {
  readonly dimBits: number;
  readonly epochs: number;
  readonly alpha: number;
  readonly beta: number;
  readonly l1: number;
  readonly l2: number;
  readonly seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { dimBits: 17, epochs: 6, alpha: 1.5, beta: 1, l1: 0.6, l2: 1, seed: 7 };

interface Vec {
  readonly idx: Uint32Array;
  readonly val: Float32Array;
  readonly y: Uint8Array;
}

/** Same features as inference (extractFeatures), as sparse (index, value) with value = count/√n. */
export function featurize(xs: readonly Example[], dimBits: number): Vec[] {
  const o = DEFAULT_PROMPT_OPTIONS;
  const scan = createScan(o.maxTokens);
  const sys = createScan(o.maxSystemTokens);
  const buf = createFeatureBuf(o.maxTokens + o.maxSystemTokens);
  const mask = (1 << dimBits) - 1;
  return xs.map((x) => {
    scanText(scan, x.text, o.tailTokens);
    if (x.system) scanText(sys, x.system, 0);
    extractFeatures(buf, scan, x.text.length, x.system ? sys : undefined);
    const counts = new Map<number, number>();
    for (let i = 0; i < buf.n; i++) {
      const k = buf.f[i]! & mask;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const s = buf.n > 0 ? 1 / Math.sqrt(buf.n) : 0;
    const idx = new Uint32Array(counts.size);
    const val = new Float32Array(counts.size);
    let j = 0;
    for (const [k, c] of counts) {
      idx[j] = k;
      val[j++] = c * s;
    }
    const y = new Uint8Array(N_OUT);
    for (let c = 0; c < N_OUT; c++) y[c] = x.labels.includes(OUTPUTS[c]!) ? 1 : 0;
    return { idx, val, y };
  });
}

/** FTRL-Proximal, one independent logistic model per output, sharing the feature pass. */
export function trainFtrl(data: readonly Vec[], o: TrainOptions): { w: Float32Array; bias: Float32Array } {
  const dim = 1 << o.dimBits;
  const z = new Float32Array(dim * N_OUT);
  const nn = new Float32Array(dim * N_OUT);
  const bz = new Float64Array(N_OUT);
  const bn = new Float64Array(N_OUT);
  const rand = rng(o.seed);
  const order = data.map((_, i) => i);
  const wOf = (zi: number, ni: number): number => {
    if (Math.abs(zi) <= o.l1) return 0;
    return -(zi - Math.sign(zi) * o.l1) / ((o.beta + Math.sqrt(ni)) / o.alpha + o.l2);
  };
  const wTmp = new Float64Array(256 * N_OUT);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    for (const k of order) {
      const v = data[k]!;
      const m = v.idx.length;
      const wl = m * N_OUT > wTmp.length ? new Float64Array(m * N_OUT) : wTmp;
      for (let c = 0; c < N_OUT; c++) {
        // Bias: plain FTRL without L1 (bias is never sparse).
        let logit = -bz[c]! / ((o.beta + Math.sqrt(bn[c]!)) / o.alpha);
        const bias = logit;
        for (let f = 0; f < m; f++) {
          const at = v.idx[f]! * N_OUT + c;
          const w = wOf(z[at]!, nn[at]!);
          wl[f * N_OUT + c] = w;
          logit += w * v.val[f]!;
        }
        const p = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, logit))));
        const y = v.y[c]!;
        loss -= y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12);
        const g = p - y;
        // Bias update.
        {
          const sigma = (Math.sqrt(bn[c]! + g * g) - Math.sqrt(bn[c]!)) / o.alpha;
          bz[c] = bz[c]! + g - sigma * bias;
          bn[c] = bn[c]! + g * g;
        }
        for (let f = 0; f < m; f++) {
          const at = v.idx[f]! * N_OUT + c;
          const gi = g * v.val[f]!;
          const ni = nn[at]!;
          const sigma = (Math.sqrt(ni + gi * gi) - Math.sqrt(ni)) / o.alpha;
          z[at] = z[at]! + gi - sigma * wl[f * N_OUT + c]!;
          nn[at] = ni + gi * gi;
        }
      }
    }
    process.stdout.write(`epoch ${epoch + 1}/${o.epochs}: mean log-loss per output ${(loss / data.length / N_OUT).toFixed(4)}\n`);
  }
  const w = new Float32Array(dim * N_OUT);
  for (let i = 0; i < w.length; i++) w[i] = wOf(z[i]!, nn[i]!);
  const bias = new Float32Array(N_OUT);
  for (let c = 0; c < N_OUT; c++) bias[c] = -bz[c]! / ((o.beta + Math.sqrt(bn[c]!)) / o.alpha);
  return { w, bias };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const dir = materialDir(arg('--material'));
  const out = arg('--out') ?? 'models';
  const t0 = performance.now();
  const material = loadMaterial(dir);
  const data = buildDataset(material, DEFAULT_DATASET_OPTIONS);
  const train = data.filter((x) => x.split === 'train');
  process.stdout.write(`material: ${material.items.length} real prompts; dataset: ${data.length} (${train.length} train, ${data.length - train.length} held out)\n`);
  const o = DEFAULT_TRAIN_OPTIONS;
  const vecs = featurize(train, o.dimBits);
  const { w, bias } = trainFtrl(vecs, o);
  let nonZero = 0;
  for (const x of w) if (x !== 0) nonZero++;
  const meta = {
    trainedOn: 'shared/data (see MANIFEST.md); compositions with scripts/prompt-lexicon.ts',
    dataset: DEFAULT_DATASET_OPTIONS,
    train: o,
    examples: { train: train.length, heldOut: data.length - train.length },
    nonZeroWeights: nonZero,
  };
  const file = encodeModel(o.dimBits, w, bias, 1, meta);
  writeFileSync(join(out, 'prompt-model.json'), JSON.stringify(file) + '\n');
  // Evaluate the model as shipped (quantised), through the inference path.
  const report = evaluate(decodeModel(file), data);
  writeFileSync(join(out, 'prompt-eval.json'), JSON.stringify(report, null, 1) + '\n');
  process.stdout.write(`${formatReport(report)}\n`);
  process.stdout.write(`non-zero weights: ${nonZero}; model file rows: ${Buffer.from(file.rows, 'base64').length / 4}; ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    process.stderr.write(`train-prompt-models: ${(err as Error).message}\n`);
    process.exitCode = 2;
  });
}
