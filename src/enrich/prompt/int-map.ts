// enrich/prompt: a small open-addressing hash map from 31-bit non-negative integer keys to
// non-negative integer values, on one interleaved typed array (key, value, key, value, ...) so a
// lookup touches one cache line (linear probing, backward-shift deletion, Knuth vol. 3 §6.4
// Algorithm R). Several times faster than a Map for the LSH band tables, and compact.

const EMPTY = -1;

export class IntMap {
  private t: Int32Array;
  private mask: number; // slot mask (slots = t.length / 2)
  private count = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.t = new Int32Array(cap * 2).fill(EMPTY);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count;
  }

  private static home(key: number, mask: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 11) & mask;
  }

  /** The value of `key` (≥ 0), or -1 when absent. */
  get(key: number): number {
    const t = this.t;
    const mask = this.mask;
    let i = IntMap.home(key, mask);
    for (;;) {
      const k = t[i << 1]!;
      if (k === key) return t[(i << 1) + 1]!;
      if (k === EMPTY) return -1;
      i = (i + 1) & mask;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== -1;
  }

  /** Sets `key` (0 ≤ key < 2^31) to `value` (≥ 0). */
  set(key: number, value: number): void {
    if ((this.count + 1) * 4 > this.t.length) this.grow();
    const t = this.t;
    const mask = this.mask;
    let i = IntMap.home(key, mask);
    for (;;) {
      const k = t[i << 1]!;
      if (k === key) {
        t[(i << 1) + 1] = value;
        return;
      }
      if (k === EMPTY) {
        t[i << 1] = key;
        t[(i << 1) + 1] = value;
        this.count++;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  delete(key: number): boolean {
    const t = this.t;
    const mask = this.mask;
    let i = IntMap.home(key, mask);
    for (;;) {
      const k = t[i << 1]!;
      if (k === EMPTY) return false;
      if (k === key) break;
      i = (i + 1) & mask;
    }
    // Backward shift: move later entries of the probe run into the hole when their home allows
    // (the entry at j may fill hole i unless its home lies cyclically in (i, j]).
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      const k = t[j << 1]!;
      if (k === EMPTY) break;
      const h = IntMap.home(k, mask);
      if ((j > i && (h <= i || h > j)) || (j < i && h <= i && h > j)) {
        t[i << 1] = k;
        t[(i << 1) + 1] = t[(j << 1) + 1]!;
        i = j;
      }
    }
    t[i << 1] = EMPTY;
    this.count--;
    return true;
  }

  private grow(): void {
    const old = this.t;
    this.t = new Int32Array(old.length * 2).fill(EMPTY);
    this.mask = this.t.length / 2 - 1;
    this.count = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== EMPTY) this.set(old[i]!, old[i + 1]!);
  }
}
