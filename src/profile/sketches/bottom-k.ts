// profile stage: bottom-k sample of distinct string values (the k values of smallest hash), for
// indicator sets (network prefixes, ASNs, user agents, TLS fingerprints) the link stage joins on.
// Mergeable exactly: bottom-k of a union is the bottom-k of the two bottom-k's (Cohen & Kaplan 2007).
import { hashString } from './hash.js';

export interface BottomK {
  readonly k: number;
  /** Kept values, sorted by (hash, value). */
  readonly values: string[];
  readonly hashes: number[];
}

export function emptyBottomK(k = 8): BottomK {
  return { k, values: [], hashes: [] };
}

/** Adds a value (in place; returns s). */
export function addBottomK(s: BottomK, value: string): BottomK {
  const h = hashString(value, 0x5eed);
  const n = s.values.length;
  if (n >= s.k && h > (s.hashes[n - 1] ?? Infinity)) return s;
  let i = 0;
  while (i < n && ((s.hashes[i] ?? 0) < h || ((s.hashes[i] ?? 0) === h && (s.values[i] ?? '') < value))) i++;
  if (i < n && s.hashes[i] === h && s.values[i] === value) return s;
  s.values.splice(i, 0, value);
  s.hashes.splice(i, 0, h);
  if (s.values.length > s.k) {
    s.values.pop();
    s.hashes.pop();
  }
  return s;
}

export function mergeBottomK(a: BottomK, b: BottomK): BottomK {
  const out: BottomK = { k: Math.min(a.k, b.k), values: [...a.values], hashes: [...a.hashes] };
  for (const v of b.values) addBottomK(out, v);
  while (out.values.length > out.k) {
    out.values.pop();
    out.hashes.pop();
  }
  return out;
}
