import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeModel, encodeModel, emptyModel, OUTPUTS } from '../../../src/enrich/prompt/model.js';
import { createFeatureBuf, extractFeatures } from '../../../src/enrich/prompt/features.js';
import { createScan, scanText } from '../../../src/enrich/prompt/scan.js';
import { scoreLogits } from '../../../src/enrich/prompt/model.js';

describe('prompt model file', () => {
  it('round-trips weights through the int8 sparse file within quantisation error', () => {
    const dimBits = 8;
    const n = OUTPUTS.length;
    const w = new Float32Array((1 << dimBits) * n);
    for (let i = 0; i < w.length; i += 7) w[i] = Math.sin(i) * 2;
    const file = encodeModel(dimBits, w, new Array(n).fill(-1), 3);
    const m = decodeModel(JSON.parse(JSON.stringify(file)));
    assert.equal(m.version, 3);
    for (let r = 0; r < 1 << dimBits; r++) {
      for (let c = 0; c < n; c++) {
        const k = m.index[r]!;
        const got = k === 0 ? 0 : m.w[(k - 1) * 16 + c]! * m.scale[c]!;
        assert.ok(Math.abs(got - w[r * n + c]!) <= m.scale[c]! / 2 + 1e-6);
      }
    }
  });

  it('refuses a file whose outputs are not the contract order', () => {
    const file = encodeModel(4, new Float32Array(16 * OUTPUTS.length), new Array(OUTPUTS.length).fill(0), 1);
    assert.throws(() => decodeModel({ ...file, outputs: [...OUTPUTS].reverse() }));
  });

  it('scores every output at its bias when no feature has a weight', () => {
    const m = emptyModel();
    const s = createScan(32);
    scanText(s, 'anything at all', 0);
    const buf = createFeatureBuf(64);
    extractFeatures(buf, s, 15, undefined);
    const out = new Float32Array(16);
    scoreLogits(m, buf, out);
    for (let c = 0; c < OUTPUTS.length; c++) assert.equal(out[c], -6);
  });
});
