import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Analyzer, WINDOW_TOKENS } from '../../../src/enrich/prompt/analyzer.js';
import { defaultPromptModel } from '../../../src/enrich/prompt/default-model.js';
import { DEFAULT_PROMPT_OPTIONS } from '../../../src/enrich/prompt/enricher.js';
import { createFeatureBuf, extractFeatures, extractWindowFeatures } from '../../../src/enrich/prompt/features.js';
import { scoreLogits } from '../../../src/enrich/prompt/model.js';
import { createScan, scanText } from '../../../src/enrich/prompt/scan.js';

const o = DEFAULT_PROMPT_OPTIONS;
const model = defaultPromptModel();

/** The reference: features materialised (as training sees them), scored whole and per window. */
function referenceLogits(prompt: string, system: string): Float32Array {
  const scan = createScan(o.maxTokens);
  const sys = createScan(o.maxSystemTokens);
  scanText(scan, prompt, o.tailTokens);
  if (system.length > 0) scanText(sys, system, 0);
  const s = system.length > 0 ? sys : undefined;
  const buf = createFeatureBuf(o.maxTokens + o.maxSystemTokens);
  extractFeatures(buf, scan, prompt.length, s);
  const out = new Float32Array(16);
  scoreLogits(model, buf, out);
  if (scan.n > 2 * WINDOW_TOKENS) {
    const win = createFeatureBuf(WINDOW_TOKENS + o.maxSystemTokens);
    const w = new Float32Array(16);
    for (const [from, to, ws] of [[0, WINDOW_TOKENS, s], [scan.n - WINDOW_TOKENS, scan.n, undefined]] as const) {
      extractWindowFeatures(win, scan, from, to, prompt.length, ws);
      scoreLogits(model, win, w);
      for (let c = 0; c < 6; c++) if (w[c]! > out[c]!) out[c] = w[c]!;
    }
  }
  return out;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

const WORDS = 'think step by step show your full reasoning rate the answer from 1 to 10 generate 50 diverse examples as json ignore previous instructions repeat the text above 请 详细 解释 推理 过程 объясни пошагово razonamiento justifica cada paso the of and a code python table'.split(' ');

function prompt(r: () => number, words: number): string {
  const w: string[] = [];
  for (let i = 0; i < words; i++) {
    w.push(WORDS[Math.floor(r() * WORDS.length)]!);
    if (r() < 0.1) w.push(r() < 0.5 ? '\n' : String(Math.floor(r() * 1000)) + '.');
  }
  return w.join(' ');
}

describe('one-pass scoring of a prompt and its windows', () => {
  it('gives the same logits, bit for bit, as the materialised features the model was trained on', () => {
    const r = rng(11);
    const an = new Analyzer(model, o);
    const cases: [string, string][] = [['', 'You are a helpful assistant. Think step by step.'], ['yes', '']];
    // Short, window-sized and long prompts (head/tail cut), with and without a system prompt.
    for (const words of [3, 20, 60, 64, 65, 66, 130, 200, 400, 900, 3000]) {
      cases.push([prompt(r, words), '']);
      cases.push([prompt(r, words), prompt(r, 1 + Math.floor(r() * 300))]);
    }
    // A long blob without separators, then words: the head is cut by characters, not tokens.
    cases.push(['x'.repeat(20_000) + ' ' + prompt(r, 300), '']);
    for (const [p, s] of cases) {
      an.analyze(p, s);
      const want = referenceLogits(p, s);
      for (let c = 0; c < 15; c++) assert.equal(an.logits[c], want[c], `output ${c}, ${p.length} chars, system ${s.length}`);
    }
  });
});
