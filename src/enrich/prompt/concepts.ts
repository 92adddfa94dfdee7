// enrich/prompt: feature hashes → concept features, through the multilingual cue lexicon
// (concept-lexicon.ts). Built once at module load by scanning each lexicon word with the same
// scanner as prompts, so a word matches exactly the feature hash it produces in a prompt.
import { CONCEPTS } from './concept-lexicon.js';
import { MORE_CONCEPT_WORDS } from './concept-lexicon-more.js';
import { combine, fmix32 } from './hash.js';
import { createScan, scanText } from './scan.js';

export const CONCEPT_NAMES: readonly string[] = Object.keys(CONCEPTS);
const CONCEPT_SALT = 0xc0c0_0000;
/** Salt of bigram features (must equal features.ts's BI). */
export const BIGRAM_SALT = 0x2b000000;

const byHash = new Map<number, number>();
// A 64 Kibit Bloom-style prefilter: almost every feature misses it and skips the Map lookup.
const bloom = new Uint32Array(2048);
/** Concept feature hash per concept id. */
const conceptFeature = new Uint32Array(CONCEPT_NAMES.length);

(function build(): void {
  const scan = createScan(16);
  CONCEPT_NAMES.forEach((name, id) => {
    conceptFeature[id] = fmix32((CONCEPT_SALT + id) >>> 0);
    for (const word of [...CONCEPTS[name]!, ...(MORE_CONCEPT_WORDS[name] ?? [])]) {
      scanText(scan, word, 0);
      if (scan.n === 0) continue;
      const keys: number[] = [];
      if (scan.n === 1) {
        keys.push(scan.tokens[0]!);
        if (scan.stems[0] !== 0) keys.push(scan.stems[0]!);
      } else keys.push(combine(scan.tokens[0]! ^ BIGRAM_SALT, scan.tokens[1]!));
      for (const k of keys) {
        if (!byHash.has(k)) byHash.set(k, id);
        bloom[(k & 0xffff) >>> 5]! |= 1 << (k & 31);
      }
    }
  });
})();

const B: Uint32Array = bloom;
const M = byHash;
const CF: Uint32Array = conceptFeature;

// The same lexicon as an open-addressing table on two typed arrays (key 0 = empty; a key of 0 is
// never looked up), small enough for the L1 cache: conceptOf runs on every prefilter hit.
const T_BITS = Math.max(12, Math.ceil(Math.log2(byHash.size * 4)));
const T_MASK = (1 << T_BITS) - 1;
const TK = new Uint32Array(1 << T_BITS);
const TV = new Uint32Array(1 << T_BITS);
for (const [k, id] of byHash) {
  if (k === 0) continue;
  let i = Math.imul(k, 0x9e3779b1) >>> (32 - T_BITS);
  while (TK[i] !== 0) i = (i + 1) & T_MASK;
  TK[i] = k;
  TV[i] = CF[id]!;
}

/**
 * Appends to `dst` (from index `at`, at most up to `cap`) one concept feature per lexicon hit among
 * `src[from, to)`; zero entries of `src` are skipped. Returns the new end of `dst`.
 */
export function appendConcepts(src: Uint32Array, from: number, to: number, dst: Uint32Array, at: number, cap: number): number {
  let n = at;
  for (let i = from; i < to && n < cap; i++) {
    const k = src[i]!;
    if (k === 0 || (B[(k & 0xffff) >>> 5]! & (1 << (k & 31))) === 0) continue;
    const id = M.get(k);
    if (id !== undefined) dst[n++] = CF[id]!;
  }
  return n;
}

/** The prefilter (bit `k & 0xffff` set when some lexicon key has those low bits), for inlining in hot loops. */
export const CONCEPT_BLOOM: Uint32Array = bloom;

/** The concept feature hash of lexicon key `k`, or 0 when `k` (a token, bigram or stem hash) is no cue word. */
export function conceptOf(k: number): number {
  if (k === 0 || (B[(k & 0xffff) >>> 5]! & (1 << (k & 31))) === 0) return 0;
  const key = k >>> 0;
  let i = Math.imul(key, 0x9e3779b1) >>> (32 - T_BITS);
  for (;;) {
    const t = TK[i]!;
    if (t === key) return TV[i]!;
    if (t === 0) return 0;
    i = (i + 1) & T_MASK;
  }
}

/** Number of distinct lexicon keys (for docs and tests). */
export function conceptKeyCount(): number {
  return byHash.size;
}
