// profile stage: inter-arrival sketch: event-time span and a log-scale histogram of the gaps
// between consecutive exchanges (quarter-octave buckets of milliseconds), for cadence regularity.
// Gaps need neighbours, so merge is exact for time-disjoint parts (the way an account's stream is
// split into windows or replayed later): the gap across the seam is added. Overlapping parts merge
// their histograms without a seam gap (an approximation, counted in `overlaps`). An event older than
// the newest one seen is counted as out of order and adds no gap (clock skew, late delivery).
import { heapAlloc, type Alloc } from './alloc.js';

export const GAP_BUCKETS = 128;

export interface GapHistogram {
  n: number;
  firstMs: number;
  lastMs: number;
  outOfOrder: number;
  overlaps: number;
  readonly hist: Float64Array;
}

export function emptyGaps(alloc: Alloc = heapAlloc): GapHistogram {
  return { n: 0, firstMs: Infinity, lastMs: -Infinity, outOfOrder: 0, overlaps: 0, hist: alloc.f64(GAP_BUCKETS) };
}

export function gapBucket(gapMs: number): number {
  if (!(gapMs > 0)) return 0;
  return Math.min(GAP_BUCKETS - 1, Math.floor(4 * Math.log2(gapMs + 1)));
}

/** Lower edge in ms of a bucket (inverse of gapBucket). */
export function gapBucketMs(b: number): number {
  return 2 ** (b / 4) - 1;
}

/** Adds one event time (in place; returns s). Non-finite times only count in n. */
export function addGap(s: GapHistogram, tMs: number): GapHistogram {
  s.n++;
  if (!Number.isFinite(tMs)) return s;
  if (s.lastMs === -Infinity) {
    s.firstMs = tMs;
    s.lastMs = tMs;
    return s;
  }
  if (tMs < s.lastMs) {
    s.outOfOrder++;
    if (tMs < s.firstMs) s.firstMs = tMs;
    return s;
  }
  s.hist[gapBucket(tMs - s.lastMs)]! += 1;
  s.lastMs = tMs;
  return s;
}

export function mergeGaps(a: GapHistogram, b: GapHistogram): GapHistogram {
  const hist = new Float64Array(GAP_BUCKETS);
  for (let i = 0; i < GAP_BUCKETS; i++) hist[i] = (a.hist[i] ?? 0) + (b.hist[i] ?? 0);
  const out: GapHistogram = {
    n: a.n + b.n,
    firstMs: Math.min(a.firstMs, b.firstMs),
    lastMs: Math.max(a.lastMs, b.lastMs),
    outOfOrder: a.outOfOrder + b.outOfOrder,
    overlaps: a.overlaps + b.overlaps,
    hist,
  };
  const aTimed = a.lastMs !== -Infinity;
  const bTimed = b.lastMs !== -Infinity;
  if (aTimed && bTimed) {
    if (a.lastMs <= b.firstMs) hist[gapBucket(b.firstMs - a.lastMs)]! += 1;
    else if (b.lastMs <= a.firstMs) hist[gapBucket(a.firstMs - b.lastMs)]! += 1;
    else out.overlaps++;
  }
  return out;
}
