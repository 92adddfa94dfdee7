import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { adjustedRandIndex, pairCounts } from '../../src/eval/index.js';

const close = (a: number | null, b: number): void => {
  assert.ok(a !== null && Math.abs(a - b) < 1e-12, `${a} ≉ ${b}`);
};

describe('adjusted Rand index', () => {
  it('is 1 for the same partition under other names', () => {
    close(adjustedRandIndex(['a', 'a', 'b', 'c'], ['x', 'x', 'y', 'z']), 1);
  });

  it('matches hand-computed values: one merge of two singletons is 4/7', () => {
    // pairs: together 1, false merges 1, false splits 0, apart 4 → 2·(1·4 − 0)/(1·4 + 2·5) = 8/14
    assert.deepEqual(pairCounts(['0', '0', '1', '2'], ['0', '0', '1', '1']), { together: 1, falseMerge: 1, falseSplit: 0, apart: 4 });
    close(adjustedRandIndex(['0', '0', '1', '2'], ['0', '0', '1', '1']), 4 / 7);
  });

  it('is -0.5 for the crossed partition of four items (worse than chance)', () => {
    close(adjustedRandIndex(['a', 'a', 'b', 'b'], ['x', 'y', 'x', 'y']), -0.5);
  });

  it('is 0 when every true pair is split into singletons', () => {
    close(adjustedRandIndex(['a', 'a', 'a', 'a'], ['1', '2', '3', '4']), 0);
    close(adjustedRandIndex(['1', '2', '3', '4'], ['a', 'a', 'a', 'a']), 0);
  });

  it('takes both-all-singletons, both-one-block and a single item as perfect, an empty set as undefined', () => {
    close(adjustedRandIndex(['1', '2', '3'], ['a', 'b', 'c']), 1);
    close(adjustedRandIndex(['a', 'a', 'a'], ['b', 'b', 'b']), 1);
    close(adjustedRandIndex(['a'], ['b']), 1);
    assert.equal(adjustedRandIndex([], []), null);
  });

  it('is symmetric, invariant to renaming, and at most 1', () => {
    const parts = fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(parts, (ps) => {
        const t = ps.map((p) => `t${p[0]}`);
        const p = ps.map((q) => `p${q[1]}`);
        const r = adjustedRandIndex(t, p) as number;
        const s = adjustedRandIndex(p, t) as number;
        const renamed = adjustedRandIndex(t.map((x) => `${x}!`), p.map((x) => x.toUpperCase())) as number;
        return Math.abs(r - s) < 1e-12 && Math.abs(r - renamed) < 1e-12 && r <= 1 + 1e-12 && r >= -0.5 - 1e-12;
      }),
    );
  });
});
