// profile stage: a keyed counter of bounded size (key → count), for channels, models, model×day,
// scripts and similar small categorical mixes. When more than `cap` keys appear it keeps the `cap`
// keys of highest rank (a fixed total order: e.g. lowest hash, or latest day) and folds the rest into
// `overflow`. Because the kept set is "top-cap by a fixed order", merge(A,B) equals the state of A∪B
// exactly (the global top-cap keys are always among each side's top-cap), as in bottom-k sketches
// (Cohen & Kaplan 2007).

export interface BoundedCounter {
  readonly cap: number;
  readonly counts: Map<string, number>;
  overflow: number;
}

/** Rank order of keys: keys that sort first are kept. Default: by 32-bit hash, then lexically. */
export type KeyOrder = (a: string, b: string) => number;

export function emptyCounter(cap = 32): BoundedCounter {
  return { cap, counts: new Map(), overflow: 0 };
}

/** Adds `by` to key (in place; returns s). `order` must be the same for every state that merges. */
export function addCounter(s: BoundedCounter, key: string, by = 1, order: KeyOrder = lexical): BoundedCounter {
  const prev = s.counts.get(key);
  if (prev !== undefined) {
    s.counts.set(key, prev + by);
    return s;
  }
  s.counts.set(key, by);
  if (s.counts.size > s.cap) evict(s, order);
  return s;
}

export function mergeCounter(a: BoundedCounter, b: BoundedCounter, order: KeyOrder = lexical): BoundedCounter {
  const out: BoundedCounter = { cap: Math.min(a.cap, b.cap), counts: new Map(a.counts), overflow: a.overflow + b.overflow };
  for (const [k, v] of b.counts) out.counts.set(k, (out.counts.get(k) ?? 0) + v);
  while (out.counts.size > out.cap) evict(out, order);
  return out;
}

export function totalCounter(s: BoundedCounter): number {
  let t = s.overflow;
  for (const v of s.counts.values()) t += v;
  return t;
}

function evict(s: BoundedCounter, order: KeyOrder): void {
  const keys = [...s.counts.keys()].sort(order);
  for (let i = s.cap; i < keys.length; i++) {
    const k = keys[i] as string;
    s.overflow += s.counts.get(k) ?? 0;
    s.counts.delete(k);
  }
}

export const lexical: KeyOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
