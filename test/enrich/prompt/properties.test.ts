// Property tests: any string, in any script or none, gives a well-formed result and never throws;
// a sketch of any text is read back as the same signature.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createPromptEnricher, sketchPrompt, parseSketch } from '../../../src/enrich/prompt/index.js';
import { createSignature, EDGE_TOKENS, HEAD_AT, shingleAndSign, signPrompt, TAIL_AT } from '../../../src/enrich/prompt/minhash.js';
import { createFeatureBuf, extractFeatures } from '../../../src/enrich/prompt/features.js';
import { createScan, scanText } from '../../../src/enrich/prompt/scan.js';
import { exchange } from './fixtures.js';

// Strings of arbitrary UTF-16 code units (lone surrogates, controls, any script), long and short.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 2000 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
);

describe('prompt enricher properties', () => {
  const e = createPromptEnricher({ maxTemplates: 500 });

  it('gives every string a well-formed result without throwing', () => {
    fc.assert(
      fc.property(anyText, fc.option(anyText, { nil: undefined }), (prompt, system) => {
        const s = e.enrich(exchange(prompt, system === undefined ? {} : { system_prompt: system }));
        assert.equal(s.chars, prompt.length);
        assert.equal(s.elicitation.length, 6);
        assert.equal(s.capabilities.length, 9);
        for (const v of [...s.elicitation, ...s.capabilities]) assert.ok(v >= 0 && v <= 1);
        assert.ok(s.templateId >= -1);
        assert.ok(s.simhash === '' || /^[0-9a-f]{16}$/.test(s.simhash));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps in every MinHash bucket the smallest value of its shingles, or the densified value of the next filled bucket', () => {
    // Reference: the bucket minima by Math.min over the shingles (the signature keeps them
    // branch-free); a bucket no shingle falls in takes fmix32(next filled minimum + distance ·
    // 0x9e3779b1) (rotation densification, wrapping), and all-empty windows are zeros.
    const fmix = (x: number): number => {
      let h = x >>> 0;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      return (h ^ (h >>> 16)) >>> 0;
    };
    const minima = (f: Uint32Array, from: number, to: number, k: number, seed: number): number[] => {
      const m = new Array<number>(k).fill(Infinity);
      for (let i = from; i < to; i++) {
        const h = seed !== 0 ? fmix(f[i]! ^ seed) : f[i]!;
        const b = h >>> (32 - Math.log2(k));
        m[b] = Math.min(m[b]!, h & 0xffff);
      }
      if (m.every((x) => x === Infinity)) return m.map(() => 0);
      return m.map((x, b) => {
        if (x !== Infinity) return x;
        let d = 1;
        while (m[(b + d) % k] === Infinity) d++;
        return fmix(m[(b + d) % k]! + d * 0x9e3779b1) & 0xffff;
      });
    };
    const check = (v: Uint16Array, at: number, m: number[]): void => assert.deepEqual(Array.from(v.subarray(at, at + m.length)), m);
    fc.assert(
      fc.property(anyText, fc.constantFrom(0, 77), (text, seed) => {
        const scan = createScan(512);
        scanText(scan, text, 128);
        const f = new Uint32Array(4 * 512);
        const sig = createSignature();
        const n = shingleAndSign(sig, f, scan, seed);
        check(sig.v, 0, minima(f, 0, n, 32, seed));
        if (sig.hasEdges) {
          check(sig.v, HEAD_AT, minima(f, 0, 2 * EDGE_TOKENS - 1, 16, seed ^ 0x4ead));
          check(sig.v, TAIL_AT, minima(f, n - 2 * EDGE_TOKENS + 1, n, 16, seed ^ 0x7a11));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads back from a sketch the signature it would compute from the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const scan = createScan(512);
        const buf = createFeatureBuf(800);
        const sig = createSignature();
        scanText(scan, text, 128);
        extractFeatures(buf, scan, text.length, undefined);
        signPrompt(sig, buf.f, buf.shingleEnd, scan.n, 0);
        const back = createSignature();
        const p = parseSketch(sketchPrompt(text), back);
        assert.ok(p);
        assert.equal(p.chars, text.length);
        assert.equal(back.hasContent, sig.hasContent);
        if (sig.hasContent) assert.deepEqual(Array.from(back.v), Array.from(sig.v));
      }),
      { numRuns: 200 },
    );
  });
});
