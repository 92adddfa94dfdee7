// profile stage: bottom-k sample of distinct string values (the k values of smallest 32-bit hash),
// for indicator sets (network prefixes, ASNs, user agents, TLS fingerprints) the link stage joins on.
// Flat storage [used, hashes[k]] ascending, values in a string array. Mergeable exactly: the bottom-k
// of a union is the bottom-k of the two bottom-k's (Cohen & Kaplan 2007). Values are identified by hash.
import { hashString } from './hash.js';

export interface BottomKRef {
  readonly u: Uint32Array;
  readonly o: number;
  readonly k: number;
  readonly strs: string[];
  readonly so: number;
}

/** The hash a bottom-k sample orders values by. */
export function bottomKHash(value: string): number {
  return hashString(value, 0x5eed);
}

/** Adds a value of hash h; `value` is only turned into a string when it is kept. */
export function addBottomKAt(u: Uint32Array, o: number, k: number, strs: string[], so: number, hash: number, value: string | number): void {
  const h = hash >>> 0;
  const used = u[o]!;
  const hb = o + 1;
  for (let i = 0; i < used; i++) if (u[hb + i] === h) return;
  if (used === k && h > u[hb + k - 1]!) return;
  let i = used === k ? k - 1 : used;
  while (i > 0 && u[hb + i - 1]! > h) {
    u[hb + i] = u[hb + i - 1]!;
    strs[so + i] = strs[so + i - 1]!;
    i--;
  }
  u[hb + i] = h;
  strs[so + i] = typeof value === 'string' ? value : String(value);
  if (used < k) u[o] = used + 1;
}

export function bottomKValues(s: BottomKRef): { hash: number; value: string }[] {
  const out: { hash: number; value: string }[] = [];
  for (let i = 0; i < s.u[s.o]!; i++) out.push({ hash: s.u[s.o + 1 + i]!, value: s.strs[s.so + i] ?? '' });
  return out;
}

export function writeBottomK(s: BottomKRef, values: readonly { hash: number; value: string }[]): void {
  const seen = new Map<number, string>();
  for (const v of values) if (!seen.has(v.hash)) seen.set(v.hash, v.value);
  const kept = [...seen].sort((a, b) => a[0] - b[0]).slice(0, s.k);
  s.u[s.o] = kept.length;
  kept.forEach(([h, v], i) => {
    s.u[s.o + 1 + i] = h;
    s.strs[s.so + i] = v;
  });
}

export function mergeBottomKAt(out: BottomKRef, a: BottomKRef, b: BottomKRef): void {
  writeBottomK(out, [...bottomKValues(a), ...bottomKValues(b)]);
}
