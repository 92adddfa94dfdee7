// profile stage: where sketches get their typed arrays. One account's sketches share one
// ArrayBuffer (an arena): one backing-store allocation instead of fifteen, and the account's
// counters sit together in memory, which is what bounds addExchange when accounts interleave.

export interface Alloc {
  f64(n: number): Float64Array;
  i32(n: number): Int32Array;
  u32(n: number): Uint32Array;
  u8(n: number): Uint8Array;
}

export const heapAlloc: Alloc = {
  f64: (n) => new Float64Array(n),
  i32: (n) => new Int32Array(n),
  u32: (n) => new Uint32Array(n),
  u8: (n) => new Uint8Array(n),
};

/** Views carved in order from one zeroed buffer of `bytes` (8-byte aligned); throws when it runs out. */
export function arenaAlloc(bytes: number): Alloc {
  const buf = new ArrayBuffer(bytes);
  let off = 0;
  const take = (n: number, size: number): number => {
    off = Math.ceil(off / 8) * 8;
    const at = off;
    off += n * size;
    if (off > bytes) throw new RangeError(`arena of ${bytes} bytes exhausted`);
    return at;
  };
  return {
    f64: (n) => new Float64Array(buf, take(n, 8), n),
    i32: (n) => new Int32Array(buf, take(n, 4), n),
    u32: (n) => new Uint32Array(buf, take(n, 4), n),
    u8: (n) => new Uint8Array(buf, take(n, 1), n),
  };
}
