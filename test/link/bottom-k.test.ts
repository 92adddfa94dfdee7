import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { emptyBottomK, addBottomK, mergeBottomK, distinctEstimate } from '../../src/link/bottom-k.js';

const sketchOf = (k: number, xs: readonly string[]) => {
  const s = emptyBottomK(k);
  for (const x of xs) addBottomK(s, x);
  return s;
};

describe('bottom-k sketch', () => {
  it('keeps at most k distinct keys, never a duplicate', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 80 }), fc.integer({ min: 1, max: 20 }), (xs, k) => {
        const s = sketchOf(k, xs);
        assert.ok(s.keys.length <= k);
        assert.equal(new Set(s.keys).size, s.keys.length);
        assert.equal(s.keys.length, Math.min(k, new Set(xs).size));
      }),
    );
  });

  it('merging the sketches of two halves equals the sketch of the whole', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 80 }), fc.array(fc.string(), { maxLength: 80 }), fc.integer({ min: 1, max: 16 }), (a, b, k) => {
        const merged = mergeBottomK(sketchOf(k, a), sketchOf(k, b));
        const whole = sketchOf(k, [...a, ...b]);
        assert.deepEqual(merged.keys, whole.keys);
        assert.deepEqual(merged.hashes, whole.hashes);
      }),
    );
  });

  it('merge is commutative and associative', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.array(fc.string()), fc.array(fc.string()), (a, b, c) => {
        const [sa, sb, sc] = [sketchOf(8, a), sketchOf(8, b), sketchOf(8, c)];
        assert.deepEqual(mergeBottomK(sa, sb).keys, mergeBottomK(sb, sa).keys);
        assert.deepEqual(mergeBottomK(mergeBottomK(sa, sb), sc).keys, mergeBottomK(sa, mergeBottomK(sb, sc)).keys);
      }),
    );
  });

  it('estimates the distinct keys added: exactly while the sample is not full, within 20 % at 5,000 keys for k = 256', () => {
    assert.equal(distinctEstimate(sketchOf(32, ['a', 'b', 'a', 'c'])), 3);
    assert.equal(distinctEstimate(emptyBottomK(32)), 0);
    for (const n of [1000, 5000]) {
      const xs = Array.from({ length: n }, (_, i) => `tpl-${i}`);
      const e = distinctEstimate(sketchOf(256, [...xs, ...xs.slice(0, 100)]));
      assert.ok(Math.abs(e - n) / n < 0.2, `${n} keys: estimate ${e.toFixed(0)}`);
    }
    const small = distinctEstimate(sketchOf(32, Array.from({ length: 40 }, (_, i) => `s${i}`)));
    const broad = distinctEstimate(sketchOf(32, Array.from({ length: 600 }, (_, i) => `b${i}`)));
    assert.ok(broad > 5 * small, `600 keys read as ${broad.toFixed(0)}, 40 as ${small.toFixed(0)}`);
  });
});
