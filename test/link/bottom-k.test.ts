import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { emptyBottomK, addBottomK, mergeBottomK } from '../../src/link/bottom-k.js';

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
});
