// profile stage: second frequency moment F2 = Σ count(item)² of a stream of item hashes, by a
// count sketch (Charikar, Chen, Farach-Colton 2002; AMS 1996): rows of signed counters, estimate =
// median over rows of Σ counter². Linear, so merge (adding counters) is exact. n²/F2 is the
// effective number of distinct items (template repetition / heavy-hitter concentration).
import { heapAlloc, type Alloc } from './alloc.js';
import { fmix32 } from './hash.js';

export const AMS_ROWS = 3;
export const AMS_WIDTH = 32;

export interface AmsF2 {
  readonly c: Int32Array;
}

export function emptyAms(alloc: Alloc = heapAlloc): AmsF2 {
  return { c: alloc.i32(AMS_ROWS * AMS_WIDTH) };
}

/** Adds one occurrence of an item given by its 32-bit hash (in place; returns s). */
export function addAms(s: AmsF2, hash32: number): AmsF2 {
  for (let r = 0; r < AMS_ROWS; r++) {
    const h = fmix32(hash32 ^ Math.imul(r + 1, 0x9e3779b1));
    const b = h % AMS_WIDTH;
    s.c[r * AMS_WIDTH + b]! += h & 0x80000000 ? 1 : -1;
  }
  return s;
}

export function mergeAms(a: AmsF2, b: AmsF2): AmsF2 {
  const c = new Int32Array(a.c.length);
  for (let i = 0; i < c.length; i++) c[i] = (a.c[i] ?? 0) + (b.c[i] ?? 0);
  return { c };
}

export function estimateF2(s: AmsF2): number {
  const rows: number[] = [];
  for (let r = 0; r < AMS_ROWS; r++) {
    let sum = 0;
    for (let b = 0; b < AMS_WIDTH; b++) {
      const v = s.c[r * AMS_WIDTH + b] ?? 0;
      sum += v * v;
    }
    rows.push(sum);
  }
  rows.sort((x, y) => x - y);
  return rows[Math.floor(rows.length / 2)] ?? 0;
}
