import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { csrFromEdges, louvain, mulberry32 } from '../../src/link/index.js';

/** k planted groups of size s: each edge stays inside its group with probability pIn. */
function planted(k: number, s: number, edges: number, pIn: number, seed: number) {
  const rng = mulberry32(seed);
  const n = k * s;
  const ea = new Int32Array(edges);
  const eb = new Int32Array(edges);
  const ew = new Float64Array(edges).fill(1);
  for (let e = 0; e < edges; e++) {
    const a = Math.floor(rng() * n);
    ea[e] = a;
    eb[e] = rng() < pIn ? Math.floor(a / s) * s + Math.floor(rng() * s) : Math.floor(rng() * n);
  }
  return { g: csrFromEdges(n, ea, eb, ew, edges), n, s };
}

describe('louvain (typed arrays)', () => {
  it('recovers planted groups exactly when they are clear', () => {
    const { g, n, s } = planted(12, 50, 6000, 0.9, 1);
    const c = louvain(g, { resolution: 1, rng: mulberry32(2), tolerance: 1e-7 });
    let agree = 0;
    let pairs = 0;
    for (let a = 0; a < n; a += 7)
      for (let b = a + 1; b < n; b += 5) {
        pairs++;
        if ((Math.floor(a / s) === Math.floor(b / s)) === (c[a] === c[b])) agree++;
      }
    assert.equal(agree, pairs);
    assert.equal(new Set(c).size, 12);
  });

  it('gives the same partition for the same seed, and one community per isolated node', () => {
    const { g } = planted(6, 40, 1500, 0.7, 3);
    const a = louvain(g, { resolution: 1, rng: mulberry32(5), tolerance: 1e-7 });
    const b = louvain(g, { resolution: 1, rng: mulberry32(5), tolerance: 1e-7 });
    assert.deepEqual(a, b);
    const lonely = csrFromEdges(3, new Int32Array(0), new Int32Array(0), new Float64Array(0), 0);
    assert.deepEqual([...louvain(lonely, { resolution: 1, rng: mulberry32(1), tolerance: 1e-7 })], [0, 1, 2]);
  });

  it('keeps a warm start that is already optimal', () => {
    const { g, n, s } = planted(8, 30, 3000, 0.95, 4);
    const truth = Int32Array.from({ length: n }, (_, v) => Math.floor(v / s));
    const c = louvain(g, { resolution: 1, rng: mulberry32(1), tolerance: 1e-7, initial: truth });
    for (let v = 0; v < n; v++) assert.equal(c[v] === c[0], truth[v] === 0);
  });
});
