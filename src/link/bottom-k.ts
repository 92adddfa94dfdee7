// link: bottom-k sketch of a set of indicator keys (keep the k keys of smallest hash). Consistent
// sampling: two accounts sharing most of a set keep mostly the same keys, so links survive the bound
// (Cohen & Kaplan, "Summarizing data using bottom-k sketches", PODC 2007). Mergeable exactly.
import { hash32 } from './hash.js';

export interface BottomK {
  readonly k: number;
  /** Sorted ascending by (hash, key). */
  readonly hashes: number[];
  readonly keys: string[];
  /** Keys admitted into the sample so far (a rough size signal, not an exact distinct count). */
  seen: number;
}

export function emptyBottomK(k: number): BottomK {
  return { k, hashes: [], keys: [], seen: 0 };
}

function less(h1: number, k1: string, h2: number, k2: string): boolean {
  return h1 < h2 || (h1 === h2 && k1 < k2);
}

/** Adds a key (idempotent). Returns true when the sample changed. */
export function addBottomK(s: BottomK, key: string, h: number = hash32(key)): boolean {
  const n = s.hashes.length;
  if (n >= s.k) {
    const lh = s.hashes[n - 1] as number;
    const lk = s.keys[n - 1] as string;
    if (!less(h, key, lh, lk)) return false;
  }
  // Find the insertion point; reject duplicates.
  let i = n;
  while (i > 0) {
    const ph = s.hashes[i - 1] as number;
    const pk = s.keys[i - 1] as string;
    if (ph === h && pk === key) return false;
    if (!less(h, key, ph, pk)) break;
    i--;
  }
  s.hashes.splice(i, 0, h);
  s.keys.splice(i, 0, key);
  s.seen++;
  if (s.hashes.length > s.k) {
    s.hashes.pop();
    s.keys.pop();
  }
  return true;
}

/** The sketch of the union of both sets. */
export function mergeBottomK(a: BottomK, b: BottomK): BottomK {
  const out = emptyBottomK(Math.min(a.k, b.k));
  let i = 0;
  let j = 0;
  while (out.hashes.length < out.k && (i < a.hashes.length || j < b.hashes.length)) {
    const ah = a.hashes[i];
    const bh = b.hashes[j];
    let h: number;
    let key: string;
    if (bh === undefined || (ah !== undefined && !less(bh, b.keys[j] as string, ah, a.keys[i] as string))) {
      h = ah as number;
      key = a.keys[i] as string;
      i++;
      if (bh === h && b.keys[j] === key) j++;
    } else {
      h = bh;
      key = b.keys[j] as string;
      j++;
    }
    out.hashes.push(h);
    out.keys.push(key);
  }
  out.seen = Math.max(a.seen, b.seen, out.hashes.length);
  return out;
}

/**
 * Estimated number of distinct keys added: exact while the sample is not full, else (k − 1) / u_k,
 * u_k the k-th smallest hash as a fraction of the 32-bit range (the bottom-k estimator; relative
 * error about 1/√(k − 2)).
 */
export function distinctEstimate(s: BottomK): number {
  const n = s.hashes.length;
  if (n < s.k || n === 0) return n;
  const u = ((s.hashes[n - 1] as number) >>> 0) / 4294967296;
  return u > 0 ? (s.k - 1) / u : n;
}
