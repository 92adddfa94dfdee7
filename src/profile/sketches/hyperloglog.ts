// profile stage: HyperLogLog distinct counter over 32-bit hashes → cardinality estimate.
// Flajolet, Fusy, Gandouet, Meunier 2007 (HyperLogLog), with linear counting for small ranges
// (Heule, Nunkesser, Hall 2013). Merge is the register-wise max: associative, commutative, exact.
// Registers live at an offset of a shared Uint8Array (the account's flat state) or stand alone.
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
  addHllAt(s.reg, 0, s.p, hash32);
  return s;
}

/** Adds a 32-bit hash to the 2^p registers at reg[off]. */
export function addHllAt(reg: Uint8Array, off: number, p: number, hash32: number): void {
  const h = hash32 >>> 0;
  const idx = off + (h >>> (32 - p));
  const w = (h << p) >>> 0;
  // rank = position of the first 1-bit in the remaining 32-p bits, 1-based; all zero → 32-p+1
  const rank = w === 0 ? 32 - p + 1 : Math.clz32(w) + 1;
  if (rank > reg[idx]!) reg[idx] = rank;
}

export function mergeHll(a: HyperLogLog, b: HyperLogLog): HyperLogLog {
  if (a.p !== b.p) throw new RangeError(`cannot merge HyperLogLog of precision ${a.p} and ${b.p}`);
  const out = emptyHll(a.p);
  mergeHllAt(out.reg, a.reg, b.reg, 0, 1 << a.p);
  return out;
}

/** out[off..off+m) ← max(a, b) register-wise (same offset in all three). */
export function mergeHllAt(out: Uint8Array, a: Uint8Array, b: Uint8Array, off: number, m: number): void {
  for (let i = off; i < off + m; i++) out[i] = Math.max(a[i]!, b[i]!);
}

export function estimateHll(s: HyperLogLog): number {
  return estimateHllAt(s.reg, 0, s.p);
}

export function estimateHllAt(reg: Uint8Array, off: number, p: number): number {
  const m = 1 << p;
  let sum = 0;
  let zeros = 0;
  for (let i = 0; i < m; i++) {
    const r = reg[off + i]!;
    sum += 2 ** -r;
    if (r === 0) zeros++;
  }
  const alpha = m === 16 ? 0.673 : m === 32 ? 0.697 : m === 64 ? 0.709 : 0.7213 / (1 + 1.079 / m);
  const raw = (alpha * m * m) / sum;
  if (raw <= 2.5 * m && zeros > 0) return m * Math.log(m / zeros);
  return raw;
}
