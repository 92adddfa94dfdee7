// profile stage: second frequency moment F2 = Σ count(item)² of a stream of item hashes, by a
// count sketch (Charikar, Chen, Farach-Colton 2002; AMS 1996): rows of signed counters, estimate =
// median over rows of Σ counter². Linear, so merge (adding counters) is exact. n²/F2 is the
// effective number of distinct items (template repetition / heavy-hitter concentration).
// Counters are stored as Uint32 (adds wrap modulo 2^32) and read back as int32: exact below 2^31.
import { heapAlloc, type Alloc } from './alloc.js';
import { fmix32 } from './hash.js';

export const AMS_ROWS = 3;
export const AMS_WIDTH = 32;
const SEEDS = [1, 2, 3].map((r) => Math.imul(r, 0x9e3779b1));

export interface AmsF2 {
  readonly c: Uint32Array;
}

export function emptyAms(alloc: Alloc = heapAlloc): AmsF2 {
  return { c: alloc.u32(AMS_ROWS * AMS_WIDTH) };
}

/** Adds one occurrence of an item given by its 32-bit hash (in place; returns s). */
export function addAms(s: AmsF2, hash32: number): AmsF2 {
  addAmsAt(s.c, 0, hash32);
  return s;
}

export function addAmsAt(c: Uint32Array, off: number, hash32: number): void {
  for (let r = 0; r < AMS_ROWS; r++) {
    const h = fmix32(hash32 ^ SEEDS[r]!);
    const i = off + r * AMS_WIDTH + ((h >>> 0) % AMS_WIDTH);
    c[i] = h < 0 ? c[i]! + 1 : c[i]! - 1;
  }
}

export function mergeAms(a: AmsF2, b: AmsF2): AmsF2 {
  const out = emptyAms();
  for (let i = 0; i < out.c.length; i++) out.c[i] = a.c[i]! + b.c[i]!;
  return out;
}

export function estimateF2(s: AmsF2): number {
  return estimateF2At(s.c, 0);
}

export function estimateF2At(c: Uint32Array, off: number): number {
  const rows: number[] = [];
  for (let r = 0; r < AMS_ROWS; r++) {
    let sum = 0;
    for (let b = 0; b < AMS_WIDTH; b++) {
      const v = c[off + r * AMS_WIDTH + b]! | 0;
      sum += v * v;
    }
    rows.push(sum);
  }
  rows.sort((x, y) => x - y);
  return rows[Math.floor(rows.length / 2)] ?? 0;
}
