// Seeded randomness of the simulator: same seed, same stream; forks are independent and stable.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Rng } from '../../src/sim/index.js';

describe('Rng', () => {
  it('repeats its stream for the same seed and differs for another', () => {
    const a = new Rng('s1');
    const b = new Rng('s1');
    const c = new Rng('s2');
    const xs = Array.from({ length: 50 }, () => a.u32());
    assert.deepEqual(Array.from({ length: 50 }, () => b.u32()), xs);
    assert.notDeepEqual(Array.from({ length: 50 }, () => c.u32()), xs);
  });

  it('gives a fork the same stream whatever the parent drew before', () => {
    const a = new Rng('p');
    const b = new Rng('p');
    b.next();
    b.next();
    assert.equal(a.fork('x').u32(), b.fork('x').u32());
    assert.notEqual(a.fork('x').u32(), a.fork('y').u32());
  });

  it('draws uniform values in [0, 1) with a mean near one half', () => {
    const r = new Rng('u');
    let sum = 0;
    for (let i = 0; i < 20_000; i++) {
      const v = r.next();
      assert.ok(v >= 0 && v < 1);
      sum += v;
    }
    assert.ok(Math.abs(sum / 20_000 - 0.5) < 0.01);
  });

  it('draws Poisson counts with the requested mean', () => {
    const r = new Rng('p');
    for (const mean of [0.5, 5, 200]) {
      let s = 0;
      for (let i = 0; i < 5000; i++) s += r.poisson(mean);
      assert.ok(Math.abs(s / 5000 - mean) < mean * 0.06 + 0.05, `mean ${mean}: ${s / 5000}`);
    }
  });
});

describe('Rng.sample', () => {
  it('returns k distinct items of the pool, small or large k', () => {
    const r = new Rng('s');
    const pool = Array.from({ length: 1000 }, (_, i) => i);
    for (const k of [5, 100, 900, 1000, 1200]) {
      const xs = r.sample(pool, k);
      assert.equal(xs.length, Math.min(k, pool.length));
      assert.equal(new Set(xs).size, xs.length);
      for (const x of xs) assert.ok(x >= 0 && x < 1000);
    }
  });
});
