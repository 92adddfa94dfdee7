// profile stage: HyperLogLog distinct counter over 32-bit hashes → cardinality estimate.
// Flajolet, Fusy, Gandouet, Meunier 2007 (HyperLogLog), with linear counting for small ranges
// (Heule, Nunkesser, Hall 2013). Merge is the register-wise max: associative, commutative, exact.
import { heapAlloc, type Alloc } from './alloc.js';

export interface HyperLogLog {
  /** log2 of the register count (4..12). */
  readonly p: number;
  readonly reg: Uint8Array;
}

export function emptyHll(p = 6, alloc: Alloc = heapAlloc): HyperLogLog {
  if (!Number.isInteger(p) || p < 4 || p > 12) throw new RangeError(`HyperLogLog precision ${p} outside 4..12`);
  return { p, reg: alloc.u8(1 << p) };
}

/** Adds a 32-bit hash (in place; returns s). */
export function addHll(s: HyperLogLog, hash32: number): HyperLogLog {
  const h = hash32 >>> 0;
  const idx = h >>> (32 - s.p);
  const w = (h << s.p) >>> 0;
  // rank = position of the first 1-bit in the remaining 32-p bits, 1-based; all zero → 32-p+1
  const rank = w === 0 ? 32 - s.p + 1 : Math.clz32(w) + 1;
  if (rank > (s.reg[idx] ?? 0)) s.reg[idx] = rank;
  return s;
}

export function mergeHll(a: HyperLogLog, b: HyperLogLog): HyperLogLog {
  if (a.p !== b.p) throw new RangeError(`cannot merge HyperLogLog of precision ${a.p} and ${b.p}`);
  const out = new Uint8Array(a.reg.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.max(a.reg[i] ?? 0, b.reg[i] ?? 0);
  return { p: a.p, reg: out };
}

export function estimateHll(s: HyperLogLog): number {
  const m = s.reg.length;
  let sum = 0;
  let zeros = 0;
  for (let i = 0; i < m; i++) {
    const r = s.reg[i] ?? 0;
    sum += 2 ** -r;
    if (r === 0) zeros++;
  }
  const alpha = m === 16 ? 0.673 : m === 32 ? 0.697 : m === 64 ? 0.709 : 0.7213 / (1 + 1.079 / m);
  const raw = (alpha * m * m) / sum;
  if (raw <= 2.5 * m && zeros > 0) return m * Math.log(m / zeros);
  return raw;
}
