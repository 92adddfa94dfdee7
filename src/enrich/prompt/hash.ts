// enrich/prompt: 32-bit integer hashing used by tokens, features and sketches (no allocation).
// FNV-1a for streaming token hashes, MurmurHash3's fmix32 finaliser (Appleby) for mixing.

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** MurmurHash3 fmix32: a bijective 32-bit avalanche mix. Returns an unsigned 32-bit integer. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Order-dependent combination of two hashes (a then b). */
export function combine(a: number, b: number): number {
  return fmix32((Math.imul(a, 0x9e3779b1) ^ b ^ 0x5bd1e995) >>> 0);
}

/** FNV-1a over the UTF-16 code units of a string, finalised with fmix32. */
export function hashString(s: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return fmix32(h >>> 0);
}
