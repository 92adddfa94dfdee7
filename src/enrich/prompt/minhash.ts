// enrich/prompt: shingle hashes → template signature. One-permutation MinHash with rotation
// densification (Li, Owen & Zhang 2012; Shrivastava & Li 2014): one hash per shingle instead of K.
// Three signatures: the whole prompt (K=32), and for long prompts its head and tail windows (K=16),
// where a template's fixed wording sits when its slot is long. The 64-bit "simhash" of
// PromptSignals is the 2-bit minwise hash of the whole signature (Li & König 2010).
import { combine, fmix32 } from './hash.js';
import { BIGRAM_SALT } from './concepts.js';
import type { Scan } from './scan.js';

const mix: (h: number) => number = fmix32;
const comb: (a: number, b: number) => number = combine;
const BI = BIGRAM_SALT;
export const WHOLE_K = 32;
export const EDGE_K = 16;
/** Layout of a signature: whole[0,32) head[32,48) tail[48,64), 16-bit values. */
export const SIG_LEN = WHOLE_K + 2 * EDGE_K;
export const HEAD_AT = WHOLE_K;
export const TAIL_AT = WHOLE_K + EDGE_K;

export interface Signature {
  /** 16-bit minima; see SIG_LEN for the layout. */
  readonly v: Uint16Array;
  /** The head/tail windows are filled (the prompt was long enough for them to differ from the whole). */
  hasEdges: boolean;
  /** At least one shingle was hashed. */
  hasContent: boolean;
}

export function createSignature(): Signature {
  return { v: new Uint16Array(SIG_LEN), hasEdges: false, hasContent: false };
}

/** The minima of oph and shingleAndSign as small integers (branch-free minimum); EMPTY_I is above every 16-bit value. */
const minsI = new Int32Array(WHOLE_K);
const EMPTY_I = 0x10000;

/** OPH of `f[from, to)` into `out[at, at+k)` (k a power of two ≤ 32). Returns false when empty. */
function oph(f: Uint32Array, from: number, to: number, k: number, seed: number, out: Uint16Array, at: number): boolean {
  const shift = k === 32 ? 27 : 32 - Math.log2(k);
  const m = minsI;
  for (let b = 0; b < k; b++) m[b] = EMPTY_I;
  // Branch-free minimum, as in shingleAndSign.
  if (seed === 0) {
    // Shingle hashes are already fmix32-mixed.
    for (let i = from; i < to; i++) {
      const h = f[i]!;
      const b = h >>> shift;
      const mb = m[b]!;
      const d = (h & 0xffff) - mb; // the low 16 bits are independent of the bucket's top bits (k ≤ 32)
      m[b] = mb + (d & (d >> 31));
    }
  } else {
    // A non-zero seed re-keys them (sketch privacy).
    for (let i = from; i < to; i++) {
      const h = mix((f[i]! ^ seed) >>> 0);
      const b = h >>> shift;
      const mb = m[b]!;
      const d = (h & 0xffff) - mb;
      m[b] = mb + (d & (d >> 31));
    }
  }
  // Rotation densification: an empty bucket borrows from the next non-empty one, salted by distance.
  return densify(m, k, out, at);
}

/** Minimum prompt length (tokens) for head/tail windows to be kept. */
export const EDGE_MIN_TOKENS = 40;
/** Tokens in a head or tail window. */
export const EDGE_TOKENS = 16;

/**
 * Densifies `m[0, k)` (the minima of one OPH, EMPTY_I for an empty bucket) into `out[at, at+k)`;
 * false when every bucket is empty. One pass: an empty bucket looks ahead (wrapping) for the next
 * filled one, and finding none means all are empty.
 */
function densify(m: Int32Array, k: number, out: Uint16Array, at: number): boolean {
  for (let b = 0; b < k; b++) {
    let v = m[b]!;
    if (v === EMPTY_I) {
      let j = b;
      let d = 0;
      do {
        j = (j + 1) & (k - 1);
        d++;
      } while (m[j] === EMPTY_I && d < k);
      if (d === k) {
        for (let i = 0; i < k; i++) out[at + i] = 0;
        return false;
      }
      v = mix((m[j]! + d * 0x9e3779b1) >>> 0) & 0xffff;
    }
    out[at + b] = v;
  }
  return true;
}

/**
 * One pass over a prompt's tokens: writes its shingles into `f` from 0 (per token i the unigram,
 * then for i > 0 the bigram, except at the head/tail cut: what appendTokenFeatures writes) and the
 * whole-prompt OPH into `sig` at the same time, then the head/tail windows (signPrompt's result,
 * without a second pass over the shingles). Returns the number of shingles written.
 */
export function shingleAndSign(sig: Signature, f: Uint32Array, s: Scan, seed: number): number {
  const t = s.tokens;
  const nt = s.n;
  const cut = s.tailStart;
  let n = 0;
  if (seed !== 0) {
    for (let i = 0; i < nt; i++) {
      const tok = t[i]!;
      f[n++] = tok >>> 0;
      if (i > 0 && i !== cut) f[n++] = comb(t[i - 1]! ^ BI, tok);
    }
    signPrompt(sig, f, n, nt, seed);
    return n;
  }
  const m = minsI;
  for (let b = 0; b < WHOLE_K; b++) m[b] = EMPTY_I;
  // Shingle hashes are fmix32-mixed: bucket = top 5 bits, value = low 16 bits (as oph with k = 32).
  // The minimum is taken without a branch (d & (d >> 31) is min(v - m, 0)): a new minimum is
  // frequent early in a bucket and at random, so a branch mispredicts often.
  for (let i = 0; i < nt; i++) {
    const tok = t[i]!;
    f[n++] = tok;
    let b = tok >>> 27;
    let mb = m[b]!;
    let d = (tok & 0xffff) - mb;
    m[b] = mb + (d & (d >> 31));
    if (i > 0 && i !== cut) {
      const bi = comb(t[i - 1]! ^ BI, tok);
      f[n++] = bi;
      b = bi >>> 27;
      mb = m[b]!;
      d = (bi & 0xffff) - mb;
      m[b] = mb + (d & (d >> 31));
    }
  }
  sig.hasContent = densify(m, WHOLE_K, sig.v, 0);
  signEdges(sig, f, n, nt, 0);
  return n;
}

function signEdges(sig: Signature, f: Uint32Array, end: number, nTokens: number, seed: number): void {
  sig.hasEdges = false;
  if (nTokens >= EDGE_MIN_TOKENS) {
    // Token i's shingles start at 2i-1 (i>0): the unigram of token 0 is at 0, then pairs.
    const headEnd = 2 * EDGE_TOKENS - 1;
    const tailFrom = end - 2 * EDGE_TOKENS + 1;
    oph(f, 0, headEnd, EDGE_K, seed ^ 0x4ead, sig.v, HEAD_AT);
    oph(f, tailFrom, end, EDGE_K, seed ^ 0x7a11, sig.v, TAIL_AT);
    sig.hasEdges = true;
  } else {
    const v = sig.v;
    for (let i = HEAD_AT; i < SIG_LEN; i++) v[i] = 0;
  }
}

/**
 * Fills `sig` from the shingles of a prompt: `f[0, end)` holds, per token i, the unigram then
 * (for i>0) the bigram, as written by appendTokenFeatures; `nTokens` is the token count.
 */
export function signPrompt(sig: Signature, f: Uint32Array, end: number, nTokens: number, seed: number): void {
  sig.hasContent = oph(f, 0, end, WHOLE_K, seed, sig.v, 0);
  signEdges(sig, f, end, nTokens, seed);
}

/** Share of equal 16-bit minima in `[at, at+k)` of two signatures: an estimate of Jaccard similarity. */
export function similarity(a: Uint16Array, aAt: number, b: Uint16Array, bAt: number, k: number): number {
  let eq = 0;
  for (let i = 0; i < k; i++) if (a[aAt + i] === b[bAt + i]) eq++;
  return eq / k;
}

const HEX = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];

function hexDigit(v: Uint16Array, i: number): number {
  return HEX[((v[i]! & 3) << 2) | (v[i + 1]! & 3)]!;
}

/** 64-bit locality-sensitive hash as 16 hex digits: the low 2 bits of each of the 32 whole minima. */
export function simhashHex(sig: Signature): string {
  if (!sig.hasContent) return '';
  const v = sig.v;
  // One hex digit per two minima; one string allocation.
  return String.fromCharCode(
    hexDigit(v, 0), hexDigit(v, 2), hexDigit(v, 4), hexDigit(v, 6), hexDigit(v, 8), hexDigit(v, 10), hexDigit(v, 12), hexDigit(v, 14),
    hexDigit(v, 16), hexDigit(v, 18), hexDigit(v, 20), hexDigit(v, 22), hexDigit(v, 24), hexDigit(v, 26), hexDigit(v, 28), hexDigit(v, 30),
  );
}
