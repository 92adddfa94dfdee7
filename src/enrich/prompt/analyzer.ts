// enrich/prompt: prompt (+ system prompt) text → signature, script, and model logits, reusing scratch
// buffers (one Analyzer per enricher; not re-entrant). PRIVACY: reads prompt text, keeps only hashes.
import { createFeatureBuf, extractFeatures, type FeatureBuf } from './features.js';
import { createSignature, signPrompt, type Signature } from './minhash.js';
import { N_OUT, scoreLogits, type PromptModel } from './model.js';
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
  script = 'none';

  constructor(
    readonly model: PromptModel,
    private readonly o: AnalyzerOptions,
  ) {
    this.scan = createScan(o.maxTokens);
    this.sys = createScan(Math.max(1, o.maxSystemTokens));
    this.buf = createFeatureBuf(o.maxTokens + o.maxSystemTokens);
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
    extractFeatures(this.buf, this.scan, prompt.length, sys);
    signPrompt(this.sig, this.buf.f, this.buf.shingleEnd, this.scan.n, this.o.seed);
    this.script = this.scan.n > 0 ? dominantScript(this.scan) : sys ? dominantScript(sys) : 'none';
    scoreLogits(this.model, this.buf, this.logits);
  }
}

export { N_OUT };
