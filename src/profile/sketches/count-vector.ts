// profile stage: a fixed-length vector of sums (histograms over hashed feature cells, summed
// probabilities). Merge adds element-wise: exact for integer counts, up to rounding for reals.
import { heapAlloc, type Alloc } from './alloc.js';

export type CountVector = Float64Array;

export function emptyVector(dims: number, alloc: Alloc = heapAlloc): CountVector {
  return alloc.f64(dims);
}

export function mergeVector(a: CountVector, b: CountVector): CountVector {
  if (a.length !== b.length) throw new RangeError(`cannot merge vectors of length ${a.length} and ${b.length}`);
  const out = new Float64Array(a.length);
  for (let i = 0; i < out.length; i++) out[i] = (a[i] ?? 0) + (b[i] ?? 0);
  return out;
}
