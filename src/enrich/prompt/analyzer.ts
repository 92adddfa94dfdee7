// enrich/prompt: prompt (+ system prompt) text → signature, script, and model logits, reusing scratch
// buffers (one Analyzer per enricher; not re-entrant). PRIVACY: reads prompt text, keeps only hashes.
import { appendStructFeatures, appendTokenFeatures, createFeatureBuf, extractFeatures, extractWindowFeatures, type FeatureBuf } from './features.js';
import { FusedScorer } from './fused-score.js';
import { createSignature, shingleAndSign, type Signature } from './minhash.js';
import { N_OUT, scoreLogits, type PromptModel } from './model.js';
import { ELICITATIONS } from '../types.js';
import { createScan, dominantScript, scanText, type Scan } from './scan.js';

export interface AnalyzerOptions {
  /** Tokens kept from a prompt (head + tail). */
  readonly maxTokens: number;
  /** Of maxTokens, how many come from the end of a long prompt. */
  readonly tailTokens: number;
  /** Tokens kept from the system prompt (head only). */
  readonly maxSystemTokens: number;
  /** Salt of the MinHash (a provider secret makes sketches useless for dictionary guessing). */
  readonly seed: number;
}

/** Tokens of an instruction window at the head or tail of a long prompt. */
export const WINDOW_TOKENS = 64;
const N_ELICIT = ELICITATIONS.length;

/** Forces V8 to flatten a rope string so that per-character access is O(1). */
function flatten(s: string): void {
  if (s.length > 64) void Number(s);
}

export class Analyzer {
  readonly scan: Scan;
  readonly sys: Scan;
  readonly buf: FeatureBuf;
  readonly sig: Signature = createSignature();
  readonly logits = new Float32Array(16);
  private readonly winBuf: FeatureBuf;
  private readonly winLogits = new Float32Array(16);
  private readonly structBuf: FeatureBuf = createFeatureBuf(4);
  private readonly fused: FusedScorer;
  script = 'none';

  constructor(
    readonly model: PromptModel,
    private readonly o: AnalyzerOptions,
  ) {
    this.scan = createScan(o.maxTokens);
    this.sys = createScan(Math.max(1, o.maxSystemTokens));
    this.buf = createFeatureBuf(o.maxTokens + o.maxSystemTokens);
    this.winBuf = createFeatureBuf(WINDOW_TOKENS + o.maxSystemTokens);
    this.fused = new FusedScorer(model, this.buf.f.length - 16, this.winBuf.f.length - 16, WINDOW_TOKENS);
  }

  /** Scores tokens [from, to) as a window and keeps, per elicitation, the larger logit. Capabilities
   * stay whole-prompt: what a prompt exercises is in its body (the code, the data), not its edges. */
  private maxWindow(from: number, to: number, chars: number, sys: Scan | undefined): void {
    extractWindowFeatures(this.winBuf, this.scan, from, to, chars, sys);
    scoreLogits(this.model, this.winBuf, this.winLogits);
    for (let c = 0; c < N_ELICIT; c++) if (this.winLogits[c]! > this.logits[c]!) this.logits[c] = this.winLogits[c]!;
  }

  /** Reads one prompt. After it: this.sig, this.script, this.logits (N_OUT entries), this.scan.n. */
  analyze(prompt: string, system: string): void {
    // A string built by concatenation is a rope in V8; charCodeAt on a rope walks the tree every
    // call. ToNumber flattens it once (the "flatstr" idiom); strings from JSON.parse are flat already.
    flatten(prompt);
    scanText(this.scan, prompt, this.o.tailTokens);
    let sys: Scan | undefined;
    if (system.length > 0) {
      scanText(this.sys, system, 0);
      sys = this.sys;
    }
    // Token features (the MinHash shingles, then the system prompt's); concepts, structure and
    // scoring of the whole prompt and its windows happen in one pass (fused-score.ts).
    const buf = this.buf;
    // One pass writes the prompt's shingles and its whole-prompt MinHash.
    buf.n = shingleAndSign(this.sig, buf.f, this.scan, this.o.seed);
    buf.shingleEnd = buf.n;
    if (sys && sys.n > 0) appendTokenFeatures(buf, sys);
    this.script = this.scan.n > 0 ? dominantScript(this.scan) : sys ? dominantScript(sys) : 'none';
    const st = this.structBuf;
    st.n = 0;
    appendStructFeatures(st, this.scan, prompt.length);
    if (!this.fused.score(buf, this.scan, sys, st.f, st.n, N_ELICIT, this.logits)) this.reference(prompt.length, sys);
  }

  /** The reference path (features materialised, then scored): used when a prompt fills the feature buffer. */
  private reference(chars: number, sys: Scan | undefined): void {
    extractFeatures(this.buf, this.scan, chars, sys);
    scoreLogits(this.model, this.buf, this.logits);
    // Long prompts: an instruction at the head or tail is also scored on its own (max per output).
    const n = this.scan.n;
    if (n > 2 * WINDOW_TOKENS) {
      this.maxWindow(0, WINDOW_TOKENS, chars, sys);
      this.maxWindow(n - WINDOW_TOKENS, n, chars, undefined);
    }
  }
}

export { N_OUT };
