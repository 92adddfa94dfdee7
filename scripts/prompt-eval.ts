// Held-out evaluation of the prompt model: precision / recall / F1 per output at a threshold, plus
// "ordinary use" probes (false-positive rates on harness suffixes, students, benign rewrites,
// native-language chat). Scores through the same Analyzer the enricher uses.
import { Analyzer } from '../src/enrich/prompt/analyzer.js';
import { DEFAULT_PROMPT_OPTIONS } from '../src/enrich/prompt/enricher.js';
import { N_OUT, OUTPUTS, sigmoid, type PromptModel } from '../src/enrich/prompt/model.js';
import type { Example } from './prompt-dataset.js';

export interface OutputMetrics {
  readonly output: string;
  readonly positives: number;
  readonly predicted: number;
  readonly truePositives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Area under the precision-recall curve (average precision). */
  readonly averagePrecision: number;
  /** Expected calibration error over 10 equal-width score bins (0 = scores are frequencies). */
  readonly calibrationError: number;
}

export interface Probe {
  readonly name: string;
  readonly output: string;
  readonly examples: number;
  /** Share of probe examples scoring ≥ threshold on `output` (want ≈ 0). */
  readonly falsePositiveRate: number;
}

export interface EvalReport {
  readonly split: string;
  readonly examples: number;
  readonly threshold: number;
  readonly outputs: readonly OutputMetrics[];
  readonly probes: readonly Probe[];
  /** Recall of each elicitation on its non-English held-out compositions. */
  readonly nonEnglishRecall: Readonly<Record<string, number>>;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

export function scoreExamples(model: PromptModel, xs: readonly Example[]): Float32Array[] {
  const an = new Analyzer(model, DEFAULT_PROMPT_OPTIONS);
  return xs.map((x) => {
    an.analyze(x.text, x.system ?? '');
    const p = new Float32Array(N_OUT);
    for (let i = 0; i < N_OUT; i++) p[i] = sigmoid(an.logits[i]!);
    return p;
  });
}

function calibrationError(scores: number[], labels: boolean[]): number {
  const n = new Array<number>(10).fill(0);
  const sum = new Array<number>(10).fill(0);
  const pos = new Array<number>(10).fill(0);
  scores.forEach((p, i) => {
    const b = Math.min(9, Math.floor(p * 10));
    n[b]!++;
    sum[b]! += p;
    if (labels[i]) pos[b]!++;
  });
  let e = 0;
  for (let b = 0; b < 10; b++) if (n[b]! > 0) e += (n[b]! / scores.length) * Math.abs(sum[b]! / n[b]! - pos[b]! / n[b]!);
  return e;
}

function averagePrecision(scores: number[], labels: boolean[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const pos = labels.filter(Boolean).length;
  if (pos === 0) return 0;
  let tp = 0;
  let ap = 0;
  idx.forEach((i, rank) => {
    if (labels[i]) {
      tp++;
      ap += tp / (rank + 1);
    }
  });
  return ap / pos;
}

export function evaluate(model: PromptModel, all: readonly Example[], split = 'test', threshold = 0.5): EvalReport {
  const xs = all.filter((x) => x.split === split);
  const scores = scoreExamples(model, xs);
  const outputs: OutputMetrics[] = OUTPUTS.map((name, c) => {
    let pos = 0, pred = 0, tp = 0;
    const s: number[] = [];
    const l: boolean[] = [];
    xs.forEach((x, i) => {
      const y = x.labels.includes(name);
      const p = scores[i]![c]!;
      s.push(p);
      l.push(y);
      if (y) pos++;
      if (p >= threshold) {
        pred++;
        if (y) tp++;
      }
    });
    const precision = pred === 0 ? 0 : tp / pred;
    const recall = pos === 0 ? 0 : tp / pos;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { output: name, positives: pos, predicted: pred, truePositives: tp, precision: r3(precision), recall: r3(recall), f1: r3(f1), averagePrecision: r3(averagePrecision(s, l)), calibrationError: r3(calibrationError(s, l)) };
  });
  const probe = (name: string, kindPrefix: string, output: string): Probe => {
    const c = OUTPUTS.indexOf(output);
    const idx = xs.map((x, i) => (x.kind.startsWith(kindPrefix) ? i : -1)).filter((i) => i >= 0);
    const fp = idx.filter((i) => scores[i]![c]! >= threshold).length;
    return { name, output, examples: idx.length, falsePositiveRate: r3(idx.length === 0 ? 0 : fp / idx.length) };
  };
  const probes = [
    probe('benchmark harness suffix ("Let\'s think step by step", all languages)', 'harness:', 'cot_reconstruction'),
    probe('student asking for help once', 'student:', 'cot_reconstruction'),
    probe('benign rewrite of ordinary text', 'rewrite:', 'safe_rewrite'),
    probe('plain sensitive question (no rewrite asked)', 'forbidden', 'safe_rewrite'),
    probe('native-language ordinary chat', 'native:', 'cot_reconstruction'),
    probe('native-language ordinary chat', 'native:', 'synthetic_data'),
    probe('real user function-calling queries (BFCL live)', 'bfcl-live', 'trajectory_harvest'),
    probe('real chat prompts (alpaca-eval: OASST, Koala, HH, Vicuna)', 'alpaca-eval', 'synthetic_data'),
    probe('real chat prompts (alpaca-eval)', 'alpaca-eval', 'cot_reconstruction'),
    probe('jailbreak prompts (not extraction)', 'jailbreak', 'prompt_extraction'),
    probe('how-to requests ("step-by-step instructions to ...")', 'hardneg-howto', 'cot_reconstruction'),
    probe('feedback on one\'s own work / checking one\'s answer', 'hardneg-feedback', 'rubric_grading'),
    probe('small personal lists ("three ideas for ...")', 'hardneg-smallList', 'synthetic_data'),
    probe('questions about the assistant, everyday "ignore"', 'hardneg-aboutAssistant', 'prompt_extraction'),
  ];
  const nonEnglishRecall: Record<string, number> = {};
  for (const [prefix, output] of [
    ['cot:', 'cot_reconstruction'],
    ['rubric:', 'rubric_grading'],
    ['safe:', 'safe_rewrite'],
    ['synthetic:', 'synthetic_data'],
    ['extraction:', 'prompt_extraction'],
  ] as const) {
    const c = OUTPUTS.indexOf(output);
    const idx = xs.map((x, i) => (x.kind.startsWith(prefix) && !x.kind.endsWith(':en') && /:[a-z]{2}$/.test(x.kind) ? i : -1)).filter((i) => i >= 0);
    nonEnglishRecall[output] = r3(idx.length === 0 ? 0 : idx.filter((i) => scores[i]![c]! >= threshold).length / idx.length);
  }
  return { split, examples: xs.length, threshold, outputs, probes, nonEnglishRecall };
}

export function formatReport(r: EvalReport): string {
  const lines: string[] = [];
  lines.push(`held-out split: ${r.examples} prompts, threshold ${r.threshold}`);
  lines.push('output                 positives  precision  recall     F1   avg-prec   calib-err');
  for (const o of r.outputs) {
    lines.push(`${o.output.padEnd(22)} ${String(o.positives).padStart(9)} ${o.precision.toFixed(3).padStart(10)} ${o.recall.toFixed(3).padStart(7)} ${o.f1.toFixed(3).padStart(6)} ${o.averagePrecision.toFixed(3).padStart(10)} ${o.calibrationError.toFixed(3).padStart(11)}`);
  }
  lines.push('');
  lines.push('ordinary-use probes (share scoring ≥ threshold; want ≈ 0):');
  for (const p of r.probes) lines.push(`  ${p.output.padEnd(20)} ${p.falsePositiveRate.toFixed(3)}  n=${String(p.examples).padEnd(5)} ${p.name}`);
  lines.push('');
  lines.push('recall on non-English held-out compositions (phrasings never seen in training):');
  for (const [k, v] of Object.entries(r.nonEnglishRecall)) lines.push(`  ${k.padEnd(20)} ${v.toFixed(3)}`);
  return lines.join('\n');
}
