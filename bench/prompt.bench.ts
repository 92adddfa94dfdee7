// Bench: prompt intelligence (src/enrich/prompt) — all prompt signals (template id, script,
// 6 elicitation scores, 9 capability probabilities, 64-bit LSH) for ~500-character prompts, one core.
// Target: ≥ 100k prompts/s; reported also as a ratio to the readline+JSON.parse peer.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Bench, BenchRow } from './harness.js';
import { createPromptEnricher, sketchPrompt } from '../src/enrich/prompt/index.js';
import type { AccountId, Exchange, ExchangeId } from '../src/schema/index.js';
import { mulberry32 } from './gen-exchanges.js';

const WORDS = (
  'the a of to and in is for that with on as by be this are or from at it an which can how what why when explain write ' +
  'function data model system user value list number table step reason answer question example code python file ' +
  'error test result time people world market energy water city history science policy price report team plan ' +
  'design network memory image language learning training problem solution method analysis average growth rate'
).split(' ');
const FOREIGN = [
  '请详细解释这个问题并给出完整的推理过程，然后给出答案。',
  'Объясни, пожалуйста, как работает этот алгоритм и почему он быстрый.',
  'Explica paso a paso cómo resolver esta ecuación y justifica cada paso.',
  'この文章を要約して、重要なポイントを三つ挙げてください。',
  'اشرح لي كيف تعمل هذه الخوارزمية ولماذا هي سريعة.',
];
const TEMPLATES = [
  'You are an expert. Think step by step and show your full reasoning before answering. Question: {q} Give the final answer on the last line.',
  'Rate the following answer from 1 to 10 for accuracy and helpfulness. Question: {q} Answer: {a}',
  'Generate 20 diverse examples of questions like the following, with answers, as JSON: {q}',
  'Translate the following text into French, keeping the formatting: {q}',
];

// Vocabulary: the common words above, then 4000 made-up content words; sampled by Zipf's law
// (rank^-1.07), as words are in real text, so prompts share function words but few content words.
const SYLLABLES = ['ka', 'lo', 'mi', 'ten', 'rus', 'vel', 'po', 'zan', 'qui', 'dor', 'fe', 'gra', 'shu', 'yel', 'bo', 'nix', 'ar', 'tem', 'sol', 'ine'];
function vocabulary(rnd: () => number): { words: string[]; cdf: Float64Array } {
  const words = [...WORDS];
  while (words.length < WORDS.length + 4000) {
    const k = 2 + Math.floor(rnd() * 3);
    let w = '';
    for (let i = 0; i < k; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]!;
    words.push(w);
  }
  const cdf = new Float64Array(words.length);
  let acc = 0;
  for (let r = 0; r < words.length; r++) cdf[r] = acc += 1 / Math.pow(r + 1, 1.07);
  for (let r = 0; r < words.length; r++) cdf[r] = cdf[r]! / acc;
  return { words, cdf };
}

function sentence(rnd: () => number, words: number, v: { words: string[]; cdf: Float64Array }): string {
  const w: string[] = [];
  for (let i = 0; i < words; i++) {
    const u = rnd();
    let lo = 0;
    let hi = v.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v.cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    w.push(v.words[lo]!);
  }
  if (rnd() < 0.3) w.push(String(Math.floor(rnd() * 10_000)));
  return w.join(' ') + (rnd() < 0.5 ? '?' : '.');
}

/** ~500-character prompts: 60% free text, 30% templates with a filled slot, 10% other scripts. */
export function makePrompts(n: number, seed = 7): string[] {
  const rnd = mulberry32(seed);
  const v = vocabulary(rnd);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    let p: string;
    if (r < 0.6) {
      p = '';
      while (p.length < 480) p += sentence(rnd, 6 + Math.floor(rnd() * 10), v) + ' ';
    } else if (r < 0.9) {
      const t = TEMPLATES[Math.floor(rnd() * TEMPLATES.length)]!;
      let q = '';
      while (q.length + t.length < 470) q += sentence(rnd, 8, v) + ' ';
      p = t.replace('{q}', q).replace('{a}', sentence(rnd, 6, v));
    } else {
      p = '';
      while (p.length < 200) p += FOREIGN[Math.floor(rnd() * FOREIGN.length)]! + ' ';
      p += sentence(rnd, 20, v);
    }
    out.push(p.slice(0, 520));
  }
  return out;
}

/** Exchanges as ingest hands them over: decoded from JSON lines (flat strings, fresh objects). */
function toExchanges(prompts: readonly string[], asSketch: boolean): Exchange[] {
  return prompts.map((p, i) => JSON.parse(JSON.stringify({
    id: `b${i}` as ExchangeId,
    ts: '2026-02-01T00:00:00Z',
    account_id: `acct-${i % 5000}` as AccountId,
    model: 'frontier-1',
    input_tokens: 120,
    output_tokens: 300,
    ...(asSketch ? { prompt_sketch: sketchPrompt(p) } : { prompt: p }),
  })) as Exchange);
}

function run(xs: readonly Exchange[]): { seconds: number; cpuSeconds: number; sink: number } {
  const e = createPromptEnricher();
  // Warm-up on a separate enricher so JIT tiers are reached before timing.
  const warm = createPromptEnricher();
  for (let i = 0; i < Math.min(5000, xs.length); i++) warm.enrich(xs[i]!);
  let sink = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const x of xs) {
    const s = e.enrich(x);
    sink += s.templateId + s.elicitation[0]! + s.capabilities[0]!;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cu = process.cpuUsage(c0);
  return { seconds, cpuSeconds: (cu.user + cu.system) / 1e6, sink };
}

/** The CPU-time rate and the machine's 1-minute load average at the end of the row (2 cores shared). */
function cpuNote(n: number, cpuSeconds: number): string {
  return `CPU-time rate ${(n / cpuSeconds / 1000).toFixed(1)}k prompts/s, load average ${loadavg()[0]!.toFixed(1)}`;
}

const bench: Bench = async (ctx) => {
  const n = ctx.quick ? 20_000 : 200_000;
  const prompts = makePrompts(n);
  const avg = prompts.reduce((a, p) => a + p.length, 0) / n;
  const rows: BenchRow[] = [];
  const text = run(toExchanges(prompts, false));
  rows.push({
    name: `prompt: all signals, text (${avg.toFixed(0)} chars avg)`,
    items: n,
    unit: 'prompts',
    seconds: text.seconds,
    baseline: 'readline+JSON.parse',
    note: `${cpuNote(n, text.cpuSeconds)} (wall-clock is shared with other work on this machine)`,
  });
  const sk = toExchanges(prompts.slice(0, Math.min(n, 50_000)), true);
  const sketch = run(sk);
  rows.push({ name: 'prompt: all signals, prompt_sketch only', items: sk.length, unit: 'prompts', seconds: sketch.seconds, baseline: 'readline+JSON.parse', note: cpuNote(sk.length, sketch.cpuSeconds) });
  // Real material, when present: the prompts the simulator draws on.
  const mat = join(process.cwd(), '..', 'shared', 'data', 'alpaca-eval-805', 'gpt4_model_outputs.json');
  if (existsSync(mat)) {
    const { readFileSync } = await import('node:fs');
    const real = (JSON.parse(readFileSync(mat, 'utf8')) as { instruction: string; output: string }[]).map((r) => `${r.instruction}\n${r.output}`.slice(0, 520));
    const reps: string[] = [];
    while (reps.length < Math.min(n, 50_000)) reps.push(...real);
    const r = run(toExchanges(reps, false));
    rows.push({ name: 'prompt: all signals, real alpaca-eval prompts (≤520 chars)', items: reps.length, unit: 'prompts', seconds: r.seconds, baseline: 'readline+JSON.parse', note: cpuNote(reps.length, r.cpuSeconds) });
  }
  // The rows above measure the stage alone. `analyze` runs it in a process that has also loaded
  // DuckDB's JS API and graphology; loading any such library first was measured to slow this loop
  // by 5-10 % (more time in addFeatures' row gathers, same GC time). This row shows that figure.
  await import('@duckdb/node-api');
  await import('graphology');
  const again = run(toExchanges(prompts, false));
  rows.push({
    name: 'prompt: all signals, text, with analyze\'s libraries loaded',
    items: n,
    unit: 'prompts',
    seconds: again.seconds,
    baseline: 'readline+JSON.parse',
    note: cpuNote(n, again.cpuSeconds),
  });
  return rows;
};

export default bench;
