// enrich/prompt: Scan → hashed lexical features (word/char unigrams and bigrams, cue concepts found
// through words and 5-char stems, a few structural buckets). The hashing trick (Weinberger et al. 2009): no vocabulary to ship, any script.
// The same function feeds training (scripts/train-prompt-models.ts) and inference, so they cannot drift.
import { combine, fmix32 } from './hash.js';
import { appendConcepts, BIGRAM_SALT } from './concepts.js';
import { dominantScriptId, type Scan } from './scan.js';

const mix: (h: number) => number = fmix32;
const comb: (a: number, b: number) => number = combine;
const UNI = 0x00000000;
const BI = BIGRAM_SALT;
const concepts: (src: Uint32Array, from: number, to: number, dst: Uint32Array, at: number, cap: number) => number = appendConcepts;
const STRUCT = 0x5f5f0000;

export interface FeatureBuf {
  /** Feature hashes (32-bit); only the first `n` are valid. */
  readonly f: Uint32Array;
  n: number;
  /** Shingles for MinHash (unigrams + bigrams of the prompt only); `[0, shingleEnd)` of `f`. */
  shingleEnd: number;
}

export function createFeatureBuf(maxTokens: number): FeatureBuf {
  return { f: new Uint32Array(maxTokens * 4 + 64), n: 0, shingleEnd: 0 };
}

/** Appends unigram and bigram features of `s`; bigrams never straddle the head/tail cut. */
export function appendTokenFeatures(buf: FeatureBuf, s: Scan): void {
  const f = buf.f;
  let n = buf.n;
  const t = s.tokens;
  for (let i = 0; i < s.n; i++) {
    const tok = t[i]!;
    f[n++] = (tok ^ UNI) >>> 0;
    if (i > 0 && i !== s.tailStart) f[n++] = comb(t[i - 1]! ^ BI, tok);
  }
  buf.n = n;
}

function bucketLog2(x: number, max: number): number {
  let b = 0;
  while (x > 1 && b < max) {
    x >>>= 1;
    b++;
  }
  return b;
}

/** Appends structural features of the prompt: length, lines, script, code fence, symbol share. */
export function appendStructFeatures(buf: FeatureBuf, s: Scan, chars: number): void {
  const f = buf.f;
  let n = buf.n;
  f[n++] = mix(STRUCT + 1 + (bucketLog2(chars, 20) << 8));
  f[n++] = mix(STRUCT + 2 + (bucketLog2(s.lines, 10) << 8));
  f[n++] = mix(STRUCT + 3 + (dominantScriptId(s) << 8));
  if (s.hasFence) f[n++] = mix(STRUCT + 4);
  const symShare = s.n === 0 ? 0 : Math.min(4, Math.floor((s.symbols / s.n) * 8));
  f[n++] = mix(STRUCT + 5 + (symShare << 8));
  f[n++] = mix(STRUCT + 6 + (bucketLog2(s.digitRuns, 8) << 8));
  buf.n = n;
}

/**
 * Full feature set for one exchange: prompt tokens (shingles first), then the system prompt's
 * tokens, then multilingual cue concepts, then structural buckets of the prompt. `sys` may be undefined.
 */
export function extractFeatures(buf: FeatureBuf, prompt: Scan, chars: number, sys: Scan | undefined): void {
  buf.n = 0;
  appendTokenFeatures(buf, prompt);
  buf.shingleEnd = buf.n;
  if (sys && sys.n > 0) appendTokenFeatures(buf, sys);
  // Multilingual cue concepts over every token, bigram and stem (prompt and system prompt). Stems
  // are looked up in the lexicon but are not features themselves (fewer lookups per prompt).
  const f = buf.f;
  const cap = f.length - 16;
  let n = concepts(f, 0, buf.n, f, buf.n, cap);
  n = concepts(prompt.stems, 0, prompt.n, f, n, cap);
  if (sys && sys.n > 0) n = concepts(sys.stems, 0, sys.n, f, n, cap);
  buf.n = n;
  appendStructFeatures(buf, prompt, chars);
}

/**
 * Features of the prompt's tokens [from, to) only (an instruction window at its head or tail), plus
 * the system prompt's tokens when given, cue concepts and structure. Scoring a long prompt's edges
 * apart keeps a long slot (a pasted answer, a document) from diluting the instruction around it.
 */
export function extractWindowFeatures(buf: FeatureBuf, s: Scan, from: number, to: number, chars: number, sys: Scan | undefined): void {
  const f = buf.f;
  const t = s.tokens;
  let n = 0;
  for (let i = from; i < to; i++) {
    f[n++] = t[i]!;
    if (i > from && i !== s.tailStart) f[n++] = comb(t[i - 1]! ^ BI, t[i]!);
  }
  buf.n = n;
  buf.shingleEnd = n;
  if (sys && sys.n > 0) appendTokenFeatures(buf, sys);
  const cap = f.length - 16;
  n = concepts(f, 0, buf.n, f, buf.n, cap);
  n = concepts(s.stems, from, to, f, n, cap);
  if (sys && sys.n > 0) n = concepts(sys.stems, 0, sys.n, f, n, cap);
  buf.n = n;
  appendStructFeatures(buf, s, chars);
}
