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

/** The hash a bottom-k sample orders values by (callers may pass it in when they have it). */
export function bottomKHash(value: string): number {
  return hashString(value, 0x5eed);
}

/** Adds a value (in place; returns s). `h` must be bottomKHash(value) when given. */
export function addBottomK(s: BottomK, value: string, h?: number): BottomK {
  // Most exchanges repeat a value already kept (one address, one client): a few string compares
  // are cheaper than hashing it again.
  if (s.values.includes(value)) return s;
  return insert(s, value, h ?? bottomKHash(value));
}

function insert(s: BottomK, value: string, h: number): BottomK {
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
  b.values.forEach((v, i) => {
    if (!out.values.includes(v)) insert(out, v, b.hashes[i] ?? bottomKHash(v));
  });
  while (out.values.length > out.k) {
    out.values.pop();
    out.hashes.pop();
  }
  return out;
}
