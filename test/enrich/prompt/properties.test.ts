// Property tests: any string, in any script or none, gives a well-formed result and never throws;
// a sketch of any text is read back as the same signature.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createPromptEnricher, sketchPrompt, parseSketch } from '../../../src/enrich/prompt/index.js';
import { createSignature, signPrompt } from '../../../src/enrich/prompt/minhash.js';
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
