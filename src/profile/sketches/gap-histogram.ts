// profile stage: inter-arrival sketch of a multiset of event times: span, a log-scale histogram of the
// gaps between consecutive times (quarter-octave buckets of ms), and the first and last GAP_TIMES times.
// The two time buffers make late events and merges exact when the disorder or the overlap between
// parts is at most GAP_TIMES events per side; beyond that the histogram carries a proven L1 error bound.
import { heapAlloc, type Alloc } from './alloc.js';

export const GAP_BUCKETS = 128;
/** Event times kept at each end (head: the smallest, tail: the largest). */
export const GAP_TIMES = 16;
/** Scalar slots: timed events, first, last, out-of-order arrivals, inexact merges, L1 error bound, tail ring start. */
export const GAP_F = 7;
const TN = 0;
const FIRST = 1;
const LAST = 2;
const OOO = 3;
const OVERLAPS = 4;
const ERR = 5;
const START = 6;
/** Offsets of the scalars inside the sketch's Float64 region. */
export const GAP_SLOT = Object.freeze({ timed: TN, firstMs: FIRST, lastMs: LAST, outOfOrder: OOO, overlaps: OVERLAPS, errorBound: ERR });
const K = GAP_TIMES;
// the tail (written by every in-order event, a ring starting at START) before the head (first K only)
const TAIL = GAP_F;
const HEAD = GAP_F + K;
const scratch = new Float64Array(K);

/** One gap sketch inside flat storage: scalars and time buffers in f at fo, histogram in u at uo. */
export interface GapRef {
  readonly f: Float64Array;
  readonly fo: number;
  readonly u: Uint32Array;
  readonly uo: number;
}

/** A standalone sketch (its own arrays, offsets 0). */
export interface GapHistogram extends GapRef {}

export function emptyGaps(alloc: Alloc = heapAlloc): GapHistogram {
  const s = { f: alloc.f64(GAP_F + 2 * K), fo: 0, u: alloc.u32(GAP_BUCKETS), uo: 0 };
  initGaps(s.f, 0);
  return s;
}

export function initGaps(f: Float64Array, fo: number): void {
  f[fo + FIRST] = Infinity;
  f[fo + LAST] = -Infinity;
}

export function gapBucket(gapMs: number): number {
  if (!(gapMs > 0)) return 0;
  return Math.min(GAP_BUCKETS - 1, Math.floor(4 * Math.log2(gapMs + 1)));
}

/** Lower edge in ms of a bucket (inverse of gapBucket). */
export function gapBucketMs(b: number): number {
  return 2 ** (b / 4) - 1;
}

export const gapStats = (s: GapRef) => ({
  timed: s.f[s.fo + TN]!, firstMs: s.f[s.fo + FIRST]!, lastMs: s.f[s.fo + LAST]!, outOfOrder: s.f[s.fo + OOO]!,
  overlaps: s.f[s.fo + OVERLAPS]!, errorBound: s.f[s.fo + ERR]!,
});

export function addGap(s: GapHistogram, tMs: number): GapHistogram {
  addGapAt(s.f, s.fo, s.u, s.uo, tMs);
  return s;
}

/** Adds one event time. Non-finite times are ignored (the caller counts them). */
export function addGapAt(f: Float64Array, fo: number, u: Uint32Array, uo: number, t: number): void {
  if (!Number.isFinite(t)) return;
  const tn = f[fo + TN]!;
  f[fo + TN] = tn + 1;
  const last = f[fo + LAST]!;
  if (tn === 0) {
    f[fo + FIRST] = t;
    f[fo + LAST] = t;
    f[fo + HEAD] = t;
    f[fo + TAIL] = t;
    return;
  }
  if (t >= last) {
    u[uo + gapBucket(t - last)]! += 1;
    f[fo + LAST] = t;
    if (tn < K) {
      f[fo + HEAD + tn] = t;
      f[fo + TAIL + tn] = t;
    } else {
      // tail = the K largest, ascending from START: overwrite the oldest
      const st = f[fo + START]!;
      f[fo + TAIL + st] = t;
      f[fo + START] = st + 1 === K ? 0 : st + 1;
    }
    return;
  }
  f[fo + OOO]! += 1;
  if (t < f[fo + FIRST]!) f[fo + FIRST] = t;
  insertLate(f, fo, u, uo, t, tn);
}

/** A late event: placed exactly when a time buffer holds its neighbours, else bounded error. */
function insertLate(f: Float64Array, fo: number, u: Uint32Array, uo: number, t: number, tn: number): void {
  normalizeTail(f, fo);
  const c = Math.min(tn, K);
  const tail = fo + TAIL;
  const head = fo + HEAD;
  let placed = false;
  if (tn <= K || t >= f[tail]!) {
    // every event above tail[0] is in the tail (all of them when tn ≤ K)
    splitGap(f, tail, c, u, uo, t);
    placed = true;
  } else if (t < f[head + K - 1]!) {
    // every event below the head's max is in the head
    splitGap(f, head, K, u, uo, t);
    placed = true;
  }
  if (!placed) f[fo + ERR]! += 3; // one gap should have become two: 1 count too many, 2 missing
  if (tn < K || t < f[head + K - 1]!) insertSorted(f, head, Math.min(tn, K), t, false);
  if (tn < K || t >= f[tail]!) insertSorted(f, tail, Math.min(tn, K), t, true);
}

/** In the sorted run at b (c values) find t's neighbours; replace the gap between them by two. */
function splitGap(f: Float64Array, b: number, c: number, u: Uint32Array, uo: number, t: number): void {
  let i = 0;
  while (i < c && f[b + i]! <= t) i++;
  const hasPred = i > 0;
  const hasSucc = i < c;
  if (hasPred && hasSucc) dec(u, uo + gapBucket(f[b + i]! - f[b + i - 1]!));
  if (hasPred) u[uo + gapBucket(t - f[b + i - 1]!)]! += 1;
  if (hasSucc) u[uo + gapBucket(f[b + i]! - t)]! += 1;
}

function dec(u: Uint32Array, i: number): void {
  if (u[i]! > 0) u[i]! -= 1;
}

/** Inserts t into the ascending run at b of c values (capacity K); when full drops the min (dropMin) or max. */
function insertSorted(f: Float64Array, b: number, c: number, t: number, dropMin: boolean): void {
  if (c < K) {
    let i = c;
    while (i > 0 && f[b + i - 1]! > t) {
      f[b + i] = f[b + i - 1]!;
      i--;
    }
    f[b + i] = t;
    return;
  }
  if (dropMin) {
    let i = 0;
    while (i < K - 1 && f[b + i + 1]! <= t) {
      f[b + i] = f[b + i + 1]!;
      i++;
    }
    f[b + i] = t;
  } else {
    let i = K - 1;
    while (i > 0 && f[b + i - 1]! > t) {
      f[b + i] = f[b + i - 1]!;
      i--;
    }
    f[b + i] = t;
  }
}

/** Rotates the tail ring so that it starts at slot 0 (its canonical form). */
export function normalizeTail(f: Float64Array, fo: number): void {
  const st = f[fo + START]!;
  if (st === 0) return;
  for (let i = 0; i < K; i++) scratch[i] = f[fo + TAIL + ((st + i) % K)]!;
  for (let i = 0; i < K; i++) f[fo + TAIL + i] = scratch[i]!;
  f[fo + START] = 0;
}

function run(s: GapRef, at: number): number[] {
  const c = Math.min(s.f[s.fo + TN]!, K);
  const st = at === TAIL ? s.f[s.fo + START]! : 0;
  const out: number[] = [];
  for (let i = 0; i < c; i++) out.push(s.f[s.fo + at + ((st + i) % K)]!);
  return out;
}

/**
 * The part's events that border or fall in [lo, hi]: the largest below lo, all within, the smallest
 * above hi, as consecutive sorted times; or undefined when neither time buffer is known to hold them.
 */
function window(s: GapRef, lo: number, hi: number): number[] | undefined {
  const tn = s.f[s.fo + TN]!;
  const needPred = s.f[s.fo + FIRST]! < lo;
  const needSucc = s.f[s.fo + LAST]! > hi;
  const cut = (xs: number[]): number[] => {
    let a = 0;
    while (a < xs.length && xs[a]! < lo) a++;
    let b = a;
    while (b < xs.length && xs[b]! <= hi) b++;
    return xs.slice(Math.max(0, a - 1), Math.min(xs.length, b + 1));
  };
  if (tn <= K) return cut(run(s, HEAD));
  const head = run(s, HEAD);
  if (needSucc && head.some((x) => x > hi)) return cut(head);
  const tail = run(s, TAIL);
  if (needPred && tail.some((x) => x < lo)) return cut(tail);
  return undefined;
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

export function mergeGaps(a: GapHistogram, b: GapHistogram): GapHistogram {
  const out = emptyGaps();
  mergeGapsInto(out, a, b);
  return out;
}

/**
 * out ← the sketch of the union of a's and b's events. Exact whenever the events of each part that
 * border or fall in the other's span fit its time buffers (always for time-disjoint parts); else the
 * histogram misses the re-cut gaps and its L1 error bound grows by 4·min(timed events) − 1 (below).
 */
export function mergeGapsInto(out: GapRef, a: GapRef, b: GapRef): void {
  const [of, oo, ou, ouo] = [out.f, out.fo, out.u, out.uo];
  for (let i = 0; i < GAP_BUCKETS; i++) ou[ouo + i] = a.u[a.uo + i]! + b.u[b.uo + i]!;
  const sa = gapStats(a);
  const sb = gapStats(b);
  of[oo + TN] = sa.timed + sb.timed;
  of[oo + FIRST] = Math.min(sa.firstMs, sb.firstMs);
  of[oo + LAST] = Math.max(sa.lastMs, sb.lastMs);
  of[oo + OOO] = sa.outOfOrder + sb.outOfOrder;
  of[oo + OVERLAPS] = sa.overlaps + sb.overlaps;
  of[oo + ERR] = sa.errorBound + sb.errorBound;
  const heads = mergeSorted(run(a, HEAD), run(b, HEAD));
  const tails = mergeSorted(run(a, TAIL), run(b, TAIL));
  for (let i = 0; i < Math.min(K, heads.length); i++) of[oo + HEAD + i] = heads[i]!;
  const t0 = Math.max(0, tails.length - K);
  for (let i = t0; i < tails.length; i++) of[oo + TAIL + i - t0] = tails[i]!;
  if (sa.timed === 0 || sb.timed === 0) return;
  const lo = Math.max(sa.firstMs, sb.firstMs);
  const hi = Math.min(sa.lastMs, sb.lastMs);
  const wa = window(a, lo, hi);
  const wb = window(b, lo, hi);
  if (wa === undefined || wb === undefined) {
    // Interleaved beyond the buffers: with r alternating runs in the union, the parts hold r−2 gaps
    // the union lacks and lack its r−1 cross gaps; r ≤ 2·min + 1, so L1 ≤ 2r − 3 ≤ 4·min − 1.
    of[oo + OVERLAPS]! += 1;
    of[oo + ERR]! += 4 * Math.min(sa.timed, sb.timed) - 1;
    return;
  }
  for (const w of [wa, wb]) for (let i = 1; i < w.length; i++) dec(ou, ouo + gapBucket(w[i]! - w[i - 1]!));
  const m = mergeSorted(wa, wb);
  for (let i = 1; i < m.length; i++) ou[ouo + gapBucket(m[i]! - m[i - 1]!)]! += 1;
}
