// profile stage: small, fast, seedable 32-bit hashes for the sketches (FNV-1a for strings, the
// murmur3 finaliser for integers). Deterministic across processes, so sketches merge across workers.
// They return SIGNED int32 (small integers in V8: passing one between functions allocates nothing);
// callers that compare with Uint32Array contents take `h >>> 0` first.

/** FNV-1a 32-bit over UTF-16 code units, finished with fmix32 for better high bits. */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** murmur3 fmix32: a bijective mixer of 32-bit integers (signed result). */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Hash of an integer (any safe integer, negative too) under a seed. */
export function hashInt(x: number, seed = 0): number {
  const lo = x | 0;
  const hi = Math.floor(x / 4294967296) | 0;
  return fmix32(fmix32(lo ^ Math.imul(seed + 1, 0x9e3779b1)) ^ hi);
}
