// enrich/prompt: a small open-addressing hash map from 31-bit non-negative integer keys to
// non-negative integer values (linear probing, backward-shift deletion, Knuth vol. 3 §6.4
// Algorithm R). Keys and values interleaved in one typed array (key at 2i, value at 2i+1): a lookup
// touches one cache line, not one of keys and one of values. Several times faster than a Map. (The
// template index's band table, far larger, is band-table.ts: 4-byte entries.)

/** A free slot. Keys are stored plus one, so a fresh (zero-filled) array is all free: no fill pass. */
const EMPTY = 0;
/** Grow when more than this share of slots is used (linear probing stays short up to ~0.7). */
const MAX_LOAD = 0.7;

export class IntMap {
  /** Pairs: key + 1 at 2i (EMPTY when free), value at 2i+1. */
  private t: Int32Array;
  private mask: number; // slot mask
  private shift: number; // 32 - log2(slots): the home is the top bits of the multiplicative hash
  private limit: number; // entries before growing
  private count = 0;

  /**
   * `capacity`: entries before the first growth. `reserveEntries`: entries the table may reach
   * without leaving its buffer. The buffer is allocated once for them, zero-filled: the OS maps its
   * pages only when the table first writes them. The table uses a prefix of the buffer and doubles
   * in place (growInPlace): no copy into fresh memory, no transient second table, no re-zeroing.
   * Growth past the reservation moves the table to a buffer twice as large.
   */
  constructor(capacity = 1024, reserveEntries = 0) {
    let cap = 16;
    while (cap * MAX_LOAD < capacity) cap <<= 1;
    let reserve = cap;
    while (reserve * MAX_LOAD < reserveEntries) reserve <<= 1;
    this.t = new Int32Array(2 * reserve);
    this.mask = cap - 1;
    this.shift = 32 - Math.log2(cap);
    this.limit = Math.floor(cap * MAX_LOAD);
  }

  get size(): number {
    return this.count;
  }

  /** Fibonacci hashing (Knuth vol. 3 §6.4): the top log2(slots) bits of key·φ. (Bits from a fixed
   * shift, as before, gave at most 2^21 distinct homes: tables past 2M slots clustered.) */
  private static home(key: number, shift: number): number {
    return Math.imul(key, 0x9e3779b1) >>> shift;
  }

  /** The value of `key` (≥ 0), or -1 when absent. */
  get(key: number): number {
    key = key + 1;
    const t = this.t;
    const mask = this.mask;
    let i = IntMap.home(key, this.shift);
    for (;;) {
      const k = t[2 * i]!;
      if (k === key) return t[2 * i + 1]!;
      if (k === EMPTY) return -1;
      i = (i + 1) & mask;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== -1;
  }

  /** Sets `key` (0 ≤ key < 2^31 - 1) to `value` (≥ 0). */
  set(key: number, value: number): void {
    key = key + 1;
    if (this.count >= this.limit) this.grow();
    const t = this.t;
    const mask = this.mask;
    let i = IntMap.home(key, this.shift);
    for (;;) {
      const k = t[2 * i]!;
      if (k === key) {
        t[2 * i + 1] = value;
        return;
      }
      if (k === EMPTY) {
        t[2 * i] = key;
        t[2 * i + 1] = value;
        this.count++;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** Sets `key` to `value` unless `key` is present (the first writer keeps it). */
  setIfAbsent(key: number, value: number): void {
    if (this.count >= this.limit) this.grow();
    this.insertIfAbsent(key + 1, value);
  }

  private insertIfAbsent(key: number, value: number): void {
    const t = this.t;
    const mask = this.mask;
    let i = IntMap.home(key, this.shift);
    for (;;) {
      const k = t[2 * i]!;
      if (k === key) return;
      if (k === EMPTY) {
        t[2 * i] = key;
        t[2 * i + 1] = value;
        this.count++;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  delete(key: number): boolean {
    key = key + 1;
    const t = this.t;
    const mask = this.mask;
    let i = IntMap.home(key, this.shift);
    for (;;) {
      const k = t[2 * i]!;
      if (k === EMPTY) return false;
      if (k === key) break;
      i = (i + 1) & mask;
    }
    // Backward shift: move later entries of the probe run into the hole when their home allows
    // (the entry at j may fill hole i unless its home lies cyclically in (i, j]).
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      const k = t[2 * j]!;
      if (k === EMPTY) break;
      const h = IntMap.home(k, this.shift);
      if ((j > i && (h <= i || h > j)) || (j < i && h <= i && h > j)) {
        t[2 * i] = k;
        t[2 * i + 1] = t[2 * j + 1]!;
        i = j;
      }
    }
    t[2 * i] = EMPTY;
    this.count--;
    return true;
  }

  /** Diagnostics: the largest distance of an entry from its home slot (short when keys spread well). */
  longestProbe(): number {
    const t = this.t;
    const mask = this.mask;
    let worst = 0;
    for (let i = 0; i <= mask; i++) {
      const k = t[2 * i]!;
      if (k === EMPTY) continue;
      const d = (i - IntMap.home(k, this.shift)) & mask;
      if (d > worst) worst = d;
    }
    return worst;
  }

  private grow(): void {
    const slots = this.mask + 1;
    if (4 * slots <= this.t.length) {
      this.growInPlace(slots);
      return;
    }
    const old = this.t;
    const cap = 2 * slots;
    const t = new Int32Array(2 * cap);
    const mask = cap - 1;
    const shift = 32 - Math.log2(cap);
    this.t = t;
    this.mask = mask;
    this.shift = shift;
    this.limit = Math.floor(cap * MAX_LOAD);
    // Re-insert without the checks of set(): keys are distinct and the new table has room.
    for (let i = 0; i < 2 * slots; i += 2) {
      const k = old[i]!;
      if (k === EMPTY) continue;
      let j = IntMap.home(k, shift);
      while (t[2 * j] !== EMPTY) j = (j + 1) & mask;
      t[2 * j] = k;
      t[2 * j + 1] = old[i + 1]!;
    }
  }

  /**
   * Doubles the table inside its buffer (slots [0, S) → [0, 2S); [S, 2S) is still zero). The home is
   * the top bits of the hash, so an entry at home h moves to 2h or 2h+1: walking the old slots from
   * the top down, each entry is re-inserted at or above the slot being walked, in the part already
   * walked, and never over an entry still to walk. Entries that would land lower (home below their
   * displacement, in the first slots) or past the new end (the run that wrapped around the end) are
   * set aside and inserted last, as ordinary insertions. Any insertion order gives a valid
   * linear-probing table (the keys are distinct).
   */
  private growInPlace(slots: number): void {
    const t = this.t;
    const cap = 2 * slots;
    const mask = cap - 1;
    const shift = 32 - Math.log2(cap);
    const later: number[] = [];
    for (let p = slots - 1; p >= 0; p--) {
      const k = t[2 * p]!;
      if (k === EMPTY) continue;
      const v = t[2 * p + 1]!;
      t[2 * p] = EMPTY;
      let q = IntMap.home(k, shift);
      if (q < p) {
        later.push(k, v);
        continue;
      }
      while (q < cap && t[2 * q] !== EMPTY) q++;
      if (q === cap) {
        later.push(k, v);
        continue;
      }
      t[2 * q] = k;
      t[2 * q + 1] = v;
    }
    this.mask = mask;
    this.shift = shift;
    this.limit = Math.floor(cap * MAX_LOAD);
    for (let i = 0; i < later.length; i += 2) {
      const k = later[i]!;
      let j = IntMap.home(k, shift);
      while (t[2 * j] !== EMPTY) j = (j + 1) & mask;
      t[2 * j] = k;
      t[2 * j + 1] = later[i + 1]!;
    }
  }
}
