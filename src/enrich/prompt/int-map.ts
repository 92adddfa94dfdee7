// enrich/prompt: a small open-addressing hash map from 31-bit non-negative integer keys to
// non-negative integer values (linear probing, backward-shift deletion, Knuth vol. 3 §6.4
// Algorithm R). Keys and values live in two typed arrays: a lookup that misses (most lookups of
// the LSH band tables) touches only the keys, 16 per cache line, so the table's memory traffic is
// half that of interleaved pairs. Several times faster than a Map for the band tables, and compact.

const EMPTY = -1;
/** Grow when more than this share of slots is used (linear probing stays short up to ~0.7). */
const MAX_LOAD = 0.7;

export class IntMap {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number; // slot mask
  private limit: number; // entries before growing
  private count = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap * MAX_LOAD < capacity) cap <<= 1;
    this.keys = new Int32Array(cap).fill(EMPTY);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.limit = Math.floor(cap * MAX_LOAD);
  }

  get size(): number {
    return this.count;
  }

  private static home(key: number, mask: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 11) & mask;
  }

  /** The value of `key` (≥ 0), or -1 when absent. */
  get(key: number): number {
    const t = this.keys;
    const mask = this.mask;
    let i = IntMap.home(key, mask);
    for (;;) {
      const k = t[i]!;
      if (k === key) return this.vals[i]!;
      if (k === EMPTY) return -1;
      i = (i + 1) & mask;
    }
  }

  /**
   * Reads the home slot of `keys[0, n)` without acting on it: independent loads the CPU issues in
   * parallel, so the lookups that follow find their cache lines loaded (a software prefetch for a
   * table far larger than the caches). Returns a value only so that the loads are not optimised away.
   */
  prefetch(keys: Int32Array, n: number): number {
    const t = this.keys;
    const mask = this.mask;
    let x = 0;
    for (let i = 0; i < n; i++) x ^= t[IntMap.home(keys[i]!, mask)]!;
    return x;
  }

  has(key: number): boolean {
    return this.get(key) !== -1;
  }

  /** Sets `key` (0 ≤ key < 2^31) to `value` (≥ 0). */
  set(key: number, value: number): void {
    if (this.count >= this.limit) this.grow();
    const t = this.keys;
    const mask = this.mask;
    let i = IntMap.home(key, mask);
    for (;;) {
      const k = t[i]!;
      if (k === key) {
        this.vals[i] = value;
        return;
      }
      if (k === EMPTY) {
        t[i] = key;
        this.vals[i] = value;
        this.count++;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** Sets `key` to `value` unless `key` is present (the first writer keeps it). */
  setIfAbsent(key: number, value: number): void {
    if (this.count >= this.limit) this.grow();
    const t = this.keys;
    const mask = this.mask;
    let i = IntMap.home(key, mask);
    for (;;) {
      const k = t[i]!;
      if (k === key) return;
      if (k === EMPTY) {
        t[i] = key;
        this.vals[i] = value;
        this.count++;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  delete(key: number): boolean {
    const t = this.keys;
    const vals = this.vals;
    const mask = this.mask;
    let i = IntMap.home(key, mask);
    for (;;) {
      const k = t[i]!;
      if (k === EMPTY) return false;
      if (k === key) break;
      i = (i + 1) & mask;
    }
    // Backward shift: move later entries of the probe run into the hole when their home allows
    // (the entry at j may fill hole i unless its home lies cyclically in (i, j]).
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      const k = t[j]!;
      if (k === EMPTY) break;
      const h = IntMap.home(k, mask);
      if ((j > i && (h <= i || h > j)) || (j < i && h <= i && h > j)) {
        t[i] = k;
        vals[i] = vals[j]!;
        i = j;
      }
    }
    t[i] = EMPTY;
    this.count--;
    return true;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldVals = this.vals;
    const cap = oldKeys.length * 2;
    this.keys = new Int32Array(cap).fill(EMPTY);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.limit = Math.floor(cap * MAX_LOAD);
    // Re-insert without the checks of set(): keys are distinct and the new table has room.
    const keys = this.keys;
    const vals = this.vals;
    const mask = this.mask;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i]!;
      if (k === EMPTY) continue;
      let j = IntMap.home(k, mask);
      while (keys[j] !== EMPTY) j = (j + 1) & mask;
      keys[j] = k;
      vals[j] = oldVals[i]!;
    }
  }
}
