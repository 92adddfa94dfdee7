import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IntMap } from '../../../src/enrich/prompt/int-map.js';

describe('IntMap', () => {
  it('agrees with a Map under a long random mix of sets, gets and deletes', () => {
    const m = new IntMap(4);
    const ref = new Map<number, number>();
    let seed = 99;
    const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
    for (let step = 0; step < 50_000; step++) {
      // Small key space so probe runs collide, wrap and get deleted from the middle.
      const key = rnd() % 3000;
      const op = rnd() % 3;
      if (op === 0) {
        const v = rnd() % 1000;
        m.set(key, v);
        ref.set(key, v);
      } else if (op === 1) {
        assert.equal(m.delete(key), ref.delete(key));
      } else {
        assert.equal(m.get(key), ref.get(key) ?? -1);
      }
      assert.equal(m.size, ref.size);
    }
    for (const [k, v] of ref) assert.equal(m.get(k), v);
  });

  it('spreads keys over the whole table when it grows past two million slots', () => {
    // A home taken from fixed hash bits reached only 2^21 slots: a band table of a few million
    // keys then formed probe runs of millions of entries.
    const m = new IntMap(16);
    let seed = 7;
    const n = 2_600_000;
    for (let i = 0; i < n; i++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      m.setIfAbsent(seed & 0x3fffffff, i);
    }
    assert.ok(m.size > n * 0.99);
    assert.ok(m.longestProbe() < 200, `longest probe ${m.longestProbe()}`);
    seed = 7;
    for (let i = 0; i < 1000; i++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      assert.ok(m.get(seed & 0x3fffffff) >= 0);
    }
  });
});
