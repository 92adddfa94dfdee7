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
 * The model's int8 weights as 32-bit words, each byte biased by +128 (`b ^ 0x80`): four unsigned
 * bytes per word, summed two at a time in 16-bit lanes (SWAR). STRIDE = 16 bytes = 4 words per row.
 */
function biasedWords(m: PromptModel): Int32Array {
  const b = m.w.byteOffset % 4 === 0 ? m.w : m.w.slice();
  const v = new Int32Array(b.buffer, b.byteOffset, b.length >> 2).slice();
  for (let i = 0; i < v.length; i++) v[i] = v[i]! ^ 0x80808080;
  return v;
}
if (STRIDE !== 16 || new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) throw new Error('fused-score expects 16-byte rows on a little-endian machine');

/**
 * The model's feature → row index (2^dimBits Uint16, 256 KiB) as a rank bitmap: bit f set when
 * feature f has a row, and per 32-bit word the rows before it. Rows are stored in ascending feature
 * order, so a feature's row is the number of set bits before its own: 32 KiB instead of 256 KiB, small
 * enough to stay in L1/L2 next to the rows (the index lookups missed the L2 cache when the template
 * index or other processes had evicted it). Each bitmap word sits next to its count (`[2w]` the
 * bits of features 32w..32w+31, `[2w+1]` the rows before them): one cache line per lookup, not two.
 */
export interface RankIndex {
  readonly words: Int32Array;
}

export function rankIndex(m: PromptModel): RankIndex {
  const n = Math.max(1, m.index.length >>> 5);
  const words = new Int32Array(2 * n);
  let rows = 0;
  for (let w = 0; w < n; w++) {
    words[2 * w + 1] = rows;
    for (let b = 0; b < 32; b++) {
      const r = m.index[(w << 5) + b] ?? 0;
      if (r === 0) continue;
      // decodeModel numbers rows in ascending feature order: the rank is the row.
      if (r !== rows + 1) throw new Error('model rows are not in ascending feature order');
      words[2 * w]! |= 1 << b;
      rows++;
    }
  }
  return { words };
}

/** Rows gathered per call of addFeatures at most (a segment's features plus their concepts). */
const MAX_ROWS = 8192;
const rowBuf = new Int32Array(MAX_ROWS);
/** A 16-bit lane holds at most 257 biased bytes (≤ 255 each): flush every 256 rows. */
const FLUSH = 256;

/**
 * Adds the weights of features `f[from, to)` and of the cue concept each one hits (`stemsOnly`: the
 * keys are stems, only their concepts count) into `acc[at, at+15)`. Returns the features counted.
 * Integer sums, so the result is exact whatever the order.
 */
function addFeatures(m: PromptModel, ri: RankIndex, w: Int32Array, f: Uint32Array, from: number, to: number, acc: Int32Array, at: number, stemsOnly: boolean): number {
  const words = ri.words;
  const mask = m.mask;
  const bloom = B;
  const rows = rowBuf;
  let count = stemsOnly ? 0 : to - from;
  // Gather the word offsets of the rows hit (features, then cue concepts of the same keys).
  let nr = 0;
  for (let i = from; i < to; i++) {
    const k = f[i]!;
    if (!stemsOnly) {
      // Branch-free: a third of features have no row, at random, so a branch here mispredicts
      // often. The offset is always written and kept (nr advanced) only when the feature has a row.
      const j = k & mask;
      const at = (j >>> 5) << 1;
      const x = words[at]!;
      const sh = j & 31;
      rows[nr] = (words[at + 1]! + popcount(x & ~(-1 << sh))) << 2;
      nr += (x >>> sh) & 1;
    }
    // Most keys miss the concept prefilter.
    if ((bloom[(k & 0xffff) >>> 5]! & (1 << (k & 31))) === 0) continue;
    const cf = concept(k);
    if (cf === 0) continue;
    count++;
    const j = cf & mask;
    const at = (j >>> 5) << 1;
    const x = words[at]!;
    const bit = 1 << (j & 31);
    if ((x & bit) !== 0) rows[nr++] = (words[at + 1]! + popcount(x & (bit - 1))) << 2;
  }
  // Sum the rows: per word, even bytes into one accumulator, odd bytes into another (16-bit lanes).
  for (let s = 0; s < nr; s += FLUSH) {
    const end = Math.min(nr, s + FLUSH);
    let e0 = 0, o0 = 0, e1 = 0, o1 = 0, e2 = 0, o2 = 0, e3 = 0, o3 = 0;
    for (let j = s; j < end; j++) {
      const o = rows[j]!;
      const x0 = w[o]!, x1 = w[o + 1]!, x2 = w[o + 2]!, x3 = w[o + 3]!;
      e0 += x0 & 0xff00ff; o0 += (x0 >>> 8) & 0xff00ff;
      e1 += x1 & 0xff00ff; o1 += (x1 >>> 8) & 0xff00ff;
      e2 += x2 & 0xff00ff; o2 += (x2 >>> 8) & 0xff00ff;
      e3 += x3 & 0xff00ff; o3 += (x3 >>> 8) & 0xff00ff;
    }
    const bias = 128 * (end - s);
    acc[at]! += (e0 & 0xffff) - bias; acc[at + 1]! += (o0 & 0xffff) - bias;
    acc[at + 2]! += (e0 >>> 16) - bias; acc[at + 3]! += (o0 >>> 16) - bias;
    acc[at + 4]! += (e1 & 0xffff) - bias; acc[at + 5]! += (o1 & 0xffff) - bias;
    acc[at + 6]! += (e1 >>> 16) - bias; acc[at + 7]! += (o1 >>> 16) - bias;
    acc[at + 8]! += (e2 & 0xffff) - bias; acc[at + 9]! += (o2 & 0xffff) - bias;
    acc[at + 10]! += (e2 >>> 16) - bias; acc[at + 11]! += (o2 >>> 16) - bias;
    acc[at + 12]! += (e3 & 0xffff) - bias; acc[at + 13]! += (o3 & 0xffff) - bias;
    acc[at + 14]! += (e3 >>> 16) - bias;
  }
  return count;
}

/** Set bits of a 32-bit word (SWAR). */
function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
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
  private readonly ri: RankIndex;

  constructor(
    private readonly m: PromptModel,
    /** Capacity check of the reference path: features before structure must stay ≤ these. */
    private readonly wholeCap: number,
    private readonly windowCap: number,
    private readonly windowTokens: number,
  ) {
    this.w32 = biasedWords(m);
    this.ri = rankIndex(m);
  }

  private seg(f: Uint32Array, from: number, to: number, s: number, stems: boolean): void {
    if (to > from) this.cnt[s]! += addFeatures(this.m, this.ri, this.w32, f, from, to, this.acc, s * ACC, stems);
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
    // Gathered rows must fit the scratch buffer (a very large maxTokens option): else the reference path.
    if (Q > MAX_ROWS / 2 || nStruct > MAX_ROWS / 2) return false;
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
