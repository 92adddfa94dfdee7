// ingest: a set of 64-bit hashes of exchange ids in one typed array (open addressing, linear
// probing). 8 bytes per id at ≤ 70 % load: ~230 MiB for 20 M ids, where a Set of strings needs
// several GiB. Two different ids collide with probability ~n²/2⁶⁵ (≈1e-5 at 20 M ids): such an
// id would be taken for a duplicate; the price of bounded memory, stated here.

/** cyrb53-style 64-bit string hash as two 32-bit halves (hi, lo); (0,0) is remapped (empty slot). */
export function hash64(s: string, out: Uint32Array): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[0] = h1 >>> 0;
  out[1] = h2 >>> 0 || (h1 === 0 ? 1 : 0);
}

export class IdSet64 {
  private table: Uint32Array;
  private mask: number;
  private n = 0;
  private readonly h = new Uint32Array(2);

  constructor(initialCapacity = 1 << 16) {
    let cap = 16;
    while (cap < initialCapacity) cap <<= 1;
    this.table = new Uint32Array(cap * 2);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.n;
  }

  /** Bytes held by the table. */
  get bytes(): number {
    return this.table.byteLength;
  }

  /** Adds the id; returns false when it was already there. */
  add(id: string): boolean {
    hash64(id, this.h);
    const hi = this.h[0]!;
    const lo = this.h[1]!;
    if (this.insert(hi, lo)) {
      this.n++;
      if (this.n * 10 > (this.mask + 1) * 7) this.grow();
      return true;
    }
    return false;
  }

  has(id: string): boolean {
    hash64(id, this.h);
    const hi = this.h[0]!;
    const lo = this.h[1]!;
    const t = this.table;
    for (let i = (hi ^ lo) & this.mask; ; i = (i + 1) & this.mask) {
      const a = t[2 * i]!;
      const b = t[2 * i + 1]!;
      if (a === 0 && b === 0) return false;
      if (a === hi && b === lo) return true;
    }
  }

  private insert(hi: number, lo: number): boolean {
    const t = this.table;
    for (let i = (hi ^ lo) & this.mask; ; i = (i + 1) & this.mask) {
      const a = t[2 * i]!;
      const b = t[2 * i + 1]!;
      if (a === 0 && b === 0) {
        t[2 * i] = hi;
        t[2 * i + 1] = lo;
        return true;
      }
      if (a === hi && b === lo) return false;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    this.mask = old.length - 1;
    for (let i = 0; i < old.length; i += 2) {
      const a = old[i]!;
      const b = old[i + 1]!;
      if (a !== 0 || b !== 0) this.insert(a, b);
    }
  }
}
