// enrich/prompt: Scan + token features → logits of the whole prompt and of its head/tail instruction
// windows in ONE pass over the features: int8 weights summed per segment (head, middle, tail, system,
// structure), cue concepts looked up inline, windows = sums of segments. Bit-identical to
// extractFeatures/extractWindowFeatures + scoreLogits (the reference path, kept for training and tests).
import { CONCEPT_BLOOM, conceptOf } from './concepts.js';
import type { FeatureBuf } from './features.js';
import { STRIDE as MODEL_STRIDE, type PromptModel } from './model.js';
import type { Scan } from './scan.js';

/** Segments: 0 head tokens, 1 middle, 2 tail, 3 the tail's first bigram (outside the tail window), 4 system, 5 structure. */
const N_SEG = 6;
const ACC = 16;
// Module-local copies of imported bindings: under tsx an import is a getter call in a hot loop.
const STRIDE = MODEL_STRIDE;
const concept: (k: number) => number = conceptOf;
const B: Uint32Array = CONCEPT_BLOOM;

/**
 * Adds the weights of features `f[from, to)` and of the cue concept each one hits (`stemsOnly`: the
 * keys are stems, only their concepts count) into `acc[at, at+15)`. Returns the features counted.
 */
/** The model's int8 weights seen as 32-bit words (STRIDE = 16 bytes = 4 words per row, little-endian). */
function words(m: PromptModel): Int32Array {
  const b = m.w.byteOffset % 4 === 0 ? m.w : m.w.slice();
  return new Int32Array(b.buffer, b.byteOffset, b.length >> 2);
}
if (STRIDE !== 16 || new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) throw new Error('fused-score expects 16-byte rows on a little-endian machine');

function addFeatures(m: PromptModel, w: Int32Array, f: Uint32Array, from: number, to: number, acc: Int32Array, at: number, stemsOnly: boolean): number {
  const index = m.index;
  const mask = m.mask;
  const bloom = B;
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
  let a8 = 0, a9 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0, a14 = 0;
  let count = stemsOnly ? 0 : to - from;
  for (let i = from; i < to; i++) {
    const k = f[i]!;
    let r = stemsOnly ? 0 : index[k & mask]!;
    if (r !== 0) {
      // One row = four 32-bit words of four int8 weights each (little-endian): 4 loads, not 15.
      const o = (r - 1) << 2;
      const x0 = w[o]!, x1 = w[o + 1]!, x2 = w[o + 2]!, x3 = w[o + 3]!;
      a0 += (x0 << 24) >> 24; a1 += (x0 << 16) >> 24; a2 += (x0 << 8) >> 24; a3 += x0 >> 24;
      a4 += (x1 << 24) >> 24; a5 += (x1 << 16) >> 24; a6 += (x1 << 8) >> 24; a7 += x1 >> 24;
      a8 += (x2 << 24) >> 24; a9 += (x2 << 16) >> 24; a10 += (x2 << 8) >> 24; a11 += x2 >> 24;
      a12 += (x3 << 24) >> 24; a13 += (x3 << 16) >> 24; a14 += (x3 << 8) >> 24;
    }
    // Cue concept of the same key (most keys miss the prefilter).
    if ((bloom[(k & 0xffff) >>> 5]! & (1 << (k & 31))) === 0) continue;
    const cf = concept(k);
    if (cf === 0) continue;
    count++;
    r = index[cf & mask]!;
    if (r !== 0) {
      // One row = four 32-bit words of four int8 weights each (little-endian): 4 loads, not 15.
      const o = (r - 1) << 2;
      const x0 = w[o]!, x1 = w[o + 1]!, x2 = w[o + 2]!, x3 = w[o + 3]!;
      a0 += (x0 << 24) >> 24; a1 += (x0 << 16) >> 24; a2 += (x0 << 8) >> 24; a3 += x0 >> 24;
      a4 += (x1 << 24) >> 24; a5 += (x1 << 16) >> 24; a6 += (x1 << 8) >> 24; a7 += x1 >> 24;
      a8 += (x2 << 24) >> 24; a9 += (x2 << 16) >> 24; a10 += (x2 << 8) >> 24; a11 += x2 >> 24;
      a12 += (x3 << 24) >> 24; a13 += (x3 << 16) >> 24; a14 += (x3 << 8) >> 24;
    }
  }
  acc[at]! += a0; acc[at + 1]! += a1; acc[at + 2]! += a2; acc[at + 3]! += a3; acc[at + 4]! += a4;
  acc[at + 5]! += a5; acc[at + 6]! += a6; acc[at + 7]! += a7; acc[at + 8]! += a8; acc[at + 9]! += a9;
  acc[at + 10]! += a10; acc[at + 11]! += a11; acc[at + 12]! += a12; acc[at + 13]! += a13; acc[at + 14]! += a14;
  return count;
}

/** Feature index of token i's unigram: each token after the first also has a bigram, except at the head/tail cut `ts`. */
function tokenAt(i: number, ts: number): number {
  return i === 0 ? 0 : 2 * i - 1 - (ts >= 1 && ts < i ? 1 : 0);
}

export class FusedScorer {
  private readonly acc = new Int32Array(N_SEG * ACC);
  /** Features counted per segment (tokens + concept hits; the √n of the model needs them). */
  private readonly cnt = new Int32Array(N_SEG);
  private readonly sum = new Int32Array(ACC);
  private readonly win = new Float32Array(ACC);
  private readonly w32: Int32Array;

  constructor(
    private readonly m: PromptModel,
    /** Capacity check of the reference path: features before structure must stay ≤ these. */
    private readonly wholeCap: number,
    private readonly windowCap: number,
    private readonly windowTokens: number,
  ) {
    this.w32 = words(m);
  }

  private seg(f: Uint32Array, from: number, to: number, s: number, stems: boolean): void {
    if (to > from) this.cnt[s]! += addFeatures(this.m, this.w32, f, from, to, this.acc, s * ACC, stems);
  }

  private logits(mask: number, out: Float32Array, sign3: number): number {
    const sum = this.sum;
    const acc = this.acc;
    let n = 0;
    for (let c = 0; c < 15; c++) sum[c] = 0;
    for (let s = 0; s < N_SEG; s++) {
      if ((mask & (1 << s)) === 0) continue;
      const sg = s === 3 ? sign3 : 1;
      n += sg * this.cnt[s]!;
      for (let c = 0; c < 15; c++) sum[c]! += sg * acc[s * ACC + c]!;
    }
    const m = this.m;
    const sc = n > 0 ? 1 / Math.sqrt(n) : 0;
    for (let c = 0; c < 15; c++) out[c] = m.bias[c]! + sum[c]! * m.scale[c]! * sc;
    return n;
  }

  /**
   * Logits into `out` (whole prompt; for prompts of more than 2·windowTokens tokens the first
   * `nElicit` outputs are the max with the head and tail windows). `buf` holds the prompt's token
   * features [0, shingleEnd) then the system prompt's [shingleEnd, buf.n); `struct` the structure
   * features [0, nStruct). Returns false when the reference path must be used (capacity reached).
   */
  score(buf: FeatureBuf, prompt: Scan, sys: Scan | undefined, struct: Uint32Array, nStruct: number, nElicit: number, out: Float32Array): boolean {
    // Small arrays: a loop is cheaper than a call to TypedArray.prototype.fill.
    const acc = this.acc;
    for (let i = 0; i < acc.length; i++) acc[i] = 0;
    for (let i = 0; i < N_SEG; i++) this.cnt[i] = 0;
    const f = buf.f;
    const P = buf.shingleEnd;
    const Q = buf.n;
    const n = prompt.n;
    const W = this.windowTokens;
    const windows = n > 2 * W;
    const ts = prompt.tailStart;
    let tailBigram = false;
    if (windows) {
      const a = tokenAt(W, ts);
      const t = n - W;
      const c = tokenAt(t, ts);
      this.seg(f, 0, a, 0, false);
      this.seg(f, a, c, 1, false);
      this.seg(f, c, P, 2, false);
      if (t !== ts) {
        tailBigram = true;
        this.seg(f, c + 1, c + 2, 3, false);
      }
      this.seg(prompt.stems, 0, W, 0, true);
      this.seg(prompt.stems, W, t, 1, true);
      this.seg(prompt.stems, t, n, 2, true);
    } else {
      this.seg(f, 0, P, 0, false);
      this.seg(prompt.stems, 0, n, 0, true);
    }
    if (sys && sys.n > 0) {
      this.seg(f, P, Q, 4, false);
      this.seg(sys.stems, 0, sys.n, 4, true);
    }
    this.seg(struct, 0, nStruct, 5, false);
    const cnt = this.cnt;
    // Reference capacity: token features + concept hits before the structure features.
    if (cnt[0]! + cnt[1]! + cnt[2]! + cnt[4]! > this.wholeCap) return false;
    this.logits(0b110111, out, 0);
    if (!windows) return true;
    if (cnt[0]! + cnt[4]! > this.windowCap || cnt[2]! - (tailBigram ? cnt[3]! : 0) > this.windowCap) return false;
    const win = this.win;
    this.logits(0b110001, win, 0);
    for (let c = 0; c < nElicit; c++) if (win[c]! > out[c]!) out[c] = win[c]!;
    this.logits(tailBigram ? 0b101100 : 0b100100, win, -1);
    for (let c = 0; c < nElicit; c++) if (win[c]! > out[c]!) out[c] = win[c]!;
    return true;
  }
}
