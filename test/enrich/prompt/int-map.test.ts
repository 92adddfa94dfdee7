import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IntMap } from '../../../src/enrich/prompt/int-map.js';

describe('IntMap', () => {
  for (const [name, reserve] of [['growing by copy', 0], ['growing in place inside its reservation', 20_000], ['in place, then past its reservation', 600]] as const) {
  it(`agrees with a Map under a long random mix of sets, gets and deletes (${name})`, () => {
    const m = new IntMap(4, reserve);
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
  }

  it('keeps every entry through in-place doublings, including runs that wrap around the end', () => {
    // Keys chosen so that many homes are in the last slots: runs wrap to slot 0 before each doubling.
    const m = new IntMap(16, 1 << 16);
    const ref = new Map<number, number>();
    let seed = 3;
    for (let i = 0; i < 40_000; i++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      // Alternate random keys with keys whose hash lands near the top of the table.
      // (key + 1) · 0x9e3779b1 = T (mod 2^32) with T's top bits set: 0x0e8b2f51 is 0x9e3779b1's inverse.
      const key = i % 2 === 0 ? seed & 0x3fffffff : (Math.imul(0xfff00000 | (seed >>> 12), 0x0e8b2f51) - 1) >>> 0;
      if (key >= 2 ** 31 - 1) continue;
      m.setIfAbsent(key, i);
      if (!ref.has(key)) ref.set(key, i);
      if (i % 997 === 0) for (const [k, v] of ref) assert.equal(m.get(k), v, `key ${k} after ${i} insertions`);
    }
    assert.equal(m.size, ref.size);
    for (const [k, v] of ref) assert.equal(m.get(k), v);
    assert.equal(m.get(0x3fffffff - 1), ref.get(0x3fffffff - 1) ?? -1);
  });

  it('spreads keys over the whole table when it grows past two million slots', () => {
    // A home taken from fixed hash bits reached only 2^21 slots: a band table of a few million
    // keys then formed probe runs of millions of entries.
    const m = new IntMap(16, 1 << 20);
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
