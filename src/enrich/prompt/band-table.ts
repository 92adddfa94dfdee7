// enrich/prompt: the template index's band table, a map from 30-bit band keys to template slots in
// 4-byte entries (linear probing, backward-shift deletion, Knuth vol. 3 §6.4 Algorithm R), half
// the memory of an IntMap's key/value pairs: half the fresh pages touched as it fills, twice the
// entries per cache line and per TLB entry. A key is not stored whole, it is a quotient: its
// (bijectively mixed) 30 bits are a home of L bits, which the position gives back with the
// entry's displacement, and a remainder of 30 - L bits stored in the entry (Knuth vol. 3 §6.4,
// exercise 13; the quotient filter of Bender et al. 2012 keeps home bits the same way). So the
// table answers exactly as a map of the full keys would, and it grows in place without reading
// anything but itself: by four when its buffer has room (each entry is moved a third as often over a
// stream as when doubling: moving entries was a seventh of the template index's time), else by two.
//
// Entry (32 bits): displacement (7 bits) | remainder (30 - L bits) | slot + 1 (L - 5 bits); 0 is a
// free slot. The slot field widens by one bit per doubling as the remainder narrows: a table
// of 2^L slots holds template slots below 2^(L-5) - 1 and grows when a larger one arrives (32
// table slots a template at most, as the ≤ 24 band keys a template adds at load ≤ 0.7 need anyway).

/** Displacement bits: an entry sits at most 127 slots past its home; a longer probe grows the table. */
const DISP_SHIFT = 25;
const MAX_DISP = 127;
/** Grow when more than this share of slots is used (linear probing stays short up to ~0.7). */
const MAX_LOAD = 0.7;
const MIN_BITS = 12;
/** Table bits at most (remainder 0 bits): template slots below 2^25 - 1. */
const MAX_BITS = 30;
/** The largest template slot a table can hold. */
export const BAND_TABLE_MAX_SLOT = 2 ** (MAX_BITS - 5) - 2;
const M30 = 0x3fffffff;
/** Keys are mixed by an odd multiplier mod 2^30 (a bijection: the home is its top bits, so keys
 * that differ only in low bits spread over the table) and recovered with its inverse. */
const MUL = 0x1e3779b1;
const INV = ((): number => {
  let x = MUL; // Newton's iteration for the inverse mod 2^32: each step doubles the correct bits
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(MUL, x));
  return x & M30;
})();

export class BandTable {
  private t: Int32Array;
  private bits: number; // L: log2(slots)
  private mask: number; // slots - 1
  private rBits: number; // remainder bits, 30 - L
  private rMask: number;
  private unit: number; // 2^rBits: one position further from home in an entry's upper bits
  private sBits: number; // slot field bits, L - 5
  private sMask: number;
  private limit: number; // entries before growing
  private count = 0;
  /** Changes whenever entries may move (grow, delete): free positions of older lookups are stale. */
  private epoch = 0;

  /**
   * `reserveSlots`, `reserveEntries`: the template slots and entries the table may reach without
   * leaving its buffer. The buffer is allocated once for them, zero-filled (the OS maps its pages
   * only when first written); the table uses a prefix of it and grows in place (×4, or ×2 when
   * only that fits).
   */
  constructor(reserveSlots = 0, reserveEntries = 0) {
    let reserve = MIN_BITS;
    while (reserve < MAX_BITS && (2 ** (reserve - 5) - 2 < reserveSlots || 2 ** reserve * MAX_LOAD < reserveEntries)) reserve++;
    this.t = new Int32Array(2 ** reserve);
    this.bits = this.mask = this.rBits = this.rMask = this.unit = this.sBits = this.sMask = this.limit = 0;
    this.setBits(MIN_BITS);
  }

  private setBits(bits: number): void {
    this.bits = bits;
    // Shifts, not `2 **` (a double in V8): the fields stay small integers, and so does the probe
    // arithmetic that reads them (lookup ran ~10% slower with `2 ** this.rBits` in it).
    this.mask = (1 << bits) - 1;
    this.rBits = 30 - bits;
    this.rMask = (1 << this.rBits) - 1;
    this.unit = 1 << this.rBits;
    this.sBits = bits - 5;
    this.sMask = (1 << this.sBits) - 1;
    this.limit = ((1 << bits) * MAX_LOAD) | 0;
  }

  get size(): number {
    return this.count;
  }

  /** The current epoch (see lookup/insertAt). */
  get version(): number {
    return this.epoch;
  }

  /** Loads the home slot of `keys[0, n)` (a software prefetch; the value only keeps the loads). */
  prefetch(keys: Int32Array, n: number): number {
    const t = this.t;
    const rBits = this.rBits;
    let x = 0;
    for (let i = 0; i < n; i++) x ^= t[(Math.imul(keys[i]!, MUL) & M30) >>> rBits]!;
    return x;
  }

  /**
   * The slot of `key` (0 ≤ key < 2^30) when present; else `-2 - p`, where p is the free position an
   * insertion of `key` would take now (pass it to insertAt: a lookup then an insert probe once).
   */
  lookup(key: number): number {
    const g = Math.imul(key, MUL) & M30;
    const t = this.t;
    const mask = this.mask;
    const sBits = this.sBits;
    const unit = this.unit;
    let p = g >>> this.rBits;
    let want = g & this.rMask; // (displacement << rBits) | remainder: the entry's bits above the slot
    for (;;) {
      const e = t[p]!;
      if (e === 0) return -2 - p;
      if (e >>> sBits === want) return (e & this.sMask) - 1;
      p = (p + 1) & mask;
      want += unit;
    }
  }

  /** The slot of `key`, or -1 when absent. */
  get(key: number): number {
    const r = this.lookup(key);
    return r >= 0 ? r : -1;
  }

  /**
   * Inserts `key` (absent at `lookup` time, in epoch `epoch`) with `slot` at free position `p` from
   * that lookup; falls back to setIfAbsent when the table changed since, the position was taken,
   * or the entry does not fit there (displacement, slot width, load).
   */
  insertAt(p: number, epoch: number, key: number, slot: number): void {
    const t = this.t;
    if (epoch !== this.epoch || this.count >= this.limit || slot >= this.sMask || t[p] !== 0) {
      this.setIfAbsent(key, slot);
      return;
    }
    const g = Math.imul(key, MUL) & M30;
    const d = (p - (g >>> this.rBits)) & this.mask;
    if (d > MAX_DISP) {
      this.setIfAbsent(key, slot);
      return;
    }
    t[p] = (d << DISP_SHIFT) | ((g & this.rMask) << this.sBits) | (slot + 1);
    this.count++;
  }

  /** Sets `key` (0 ≤ key < 2^30) to `slot` (0 ≤ slot ≤ BAND_TABLE_MAX_SLOT) unless present: the first writer keeps it. */
  setIfAbsent(key: number, slot: number): void {
    if (!(slot >= 0 && slot <= BAND_TABLE_MAX_SLOT)) throw new RangeError(`band table: slot ${slot} out of range`);
    while (this.count >= this.limit || slot >= this.sMask) this.grow();
    const g = Math.imul(key, MUL) & M30;
    while (!this.place(g, slot + 1, true)) this.grow();
  }

  /** Places hash `g` with slot field `s1`; false when its displacement would pass MAX_DISP. */
  private place(g: number, s1: number, ifAbsent: boolean): boolean {
    const t = this.t;
    const mask = this.mask;
    const sBits = this.sBits;
    let p = g >>> this.rBits;
    const rem = g & this.rMask;
    for (let d = 0; ; d++, p = (p + 1) & mask) {
      const e = t[p]!;
      if (e === 0) {
        if (d > MAX_DISP) return false;
        t[p] = (d << DISP_SHIFT) | (rem << sBits) | s1;
        this.count++;
        return true;
      }
      if (ifAbsent && d <= MAX_DISP && e >>> sBits === ((d << this.rBits) | rem)) return true;
    }
  }

  /** Removes `key` when it maps to `slot`; returns whether it did. */
  deleteIf(key: number, slot: number): boolean {
    const r = this.lookup(key);
    if (r !== slot) return false;
    const t = this.t;
    const mask = this.mask;
    // lookup found it: find its position again (the probe is short).
    const g = Math.imul(key, MUL) & M30;
    let i = g >>> this.rBits;
    let want = g & this.rMask;
    while (t[i]! >>> this.sBits !== want) {
      i = (i + 1) & mask;
      want += this.unit;
    }
    // Backward shift: a later entry of the run fills the hole when its home is not past the hole
    // (displacement ≥ distance); its displacement drops by the distance moved.
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      const e = t[j]!;
      if (e === 0) break;
      const dist = (j - i) & mask;
      if (e >>> DISP_SHIFT >= dist) {
        t[i] = (e - (dist << DISP_SHIFT)) | 0;
        i = j;
      }
    }
    t[i] = 0;
    this.count--;
    this.epoch++;
    return true;
  }

  /** Diagnostics: the largest displacement of an entry. */
  longestProbe(): number {
    let worst = 0;
    for (let i = 0; i <= this.mask; i++) worst = Math.max(worst, this.t[i]! >>> DISP_SHIFT);
    return worst;
  }

  /**
   * Grows the table: by four in place when the buffer has room (load 0.7 → 0.175: at most 23 bytes
   * a key instead of 11, for a third of the entry moves over a stream), else by two in place, else
   * into a buffer twice as large.
   */
  private grow(): void {
    if (this.bits >= MAX_BITS) throw new RangeError('band table: full');
    this.epoch++;
    const old = this.t;
    const slots = this.mask + 1;
    const by = old.length >= 4 * slots && this.bits + 2 <= MAX_BITS ? 2 : 1; // doublings
    if (old.length < 2 * slots) {
      this.t = new Int32Array(2 * slots);
      this.t.set(old.subarray(0, slots));
    }
    this.growInPlace(slots, by);
  }

  /**
   * Grows the table `by` doublings inside its buffer (positions [0, S) → [0, S·2^by); [S, S·2^by)
   * is still zero). A home h becomes one of h·2^by … h·2^by + 2^by − 1 (the remainder's top `by`
   * bits; the slot field gains them), so walking the old positions from the top down,
   * each entry is re-placed at or above the position walked, in the part already walked, never over
   * an entry still to walk. Entries that would land lower (home below their position, from a run
   * that wrapped around the end) or past the new end, or too far from home, are set aside and
   * placed last. Any order of placement gives a valid table (the keys are distinct).
   */
  private growInPlace(slots: number, by: number): void {
    const t = this.t;
    const oBits = this.sBits;
    const oR = this.rBits;
    const oRMask = this.rMask;
    const oMask = this.mask;
    const oSMask = this.sMask;
    this.setBits(this.bits + by);
    const cap = slots << by;
    const rBits = this.rBits;
    const rMask = this.rMask;
    const sBits = this.sBits;
    const later: number[] = [];
    for (let p = slots - 1; p >= 0; p--) {
      const e = t[p]!;
      if (e === 0) continue;
      t[p] = 0;
      const home = (p - (e >>> DISP_SHIFT)) & oMask;
      const g = (home << oR) | ((e >>> oBits) & oRMask);
      const s1 = e & oSMask;
      const h = g >>> rBits;
      if (h < p) {
        later.push(g, s1);
        continue;
      }
      let q = h;
      while (q < cap && t[q] !== 0) q++;
      if (q === cap || q - h > MAX_DISP) {
        later.push(g, s1);
        continue;
      }
      t[q] = ((q - h) << DISP_SHIFT) | ((g & rMask) << sBits) | s1;
    }
    this.count -= later.length / 2;
    const failed: number[] = [];
    for (let i = 0; i < later.length; i += 2) if (!this.place(later[i]!, later[i + 1]!, false)) failed.push(later[i]!, later[i + 1]!);
    if (failed.length > 0) {
      this.grow();
      for (let i = 0; i < failed.length; i += 2) while (!this.place(failed[i]!, failed[i + 1]!, false)) this.grow();
    }
  }

  /** Every (key, slot) held, for tests. */
  entries(): [number, number][] {
    const out: [number, number][] = [];
    for (let p = 0; p <= this.mask; p++) {
      const e = this.t[p]!;
      if (e === 0) continue;
      const g = (((p - (e >>> DISP_SHIFT)) & this.mask) << this.rBits) | ((e >>> this.sBits) & this.rMask);
      out.push([Math.imul(g, INV) & M30, (e & this.sMask) - 1]);
    }
    return out;
  }
}
