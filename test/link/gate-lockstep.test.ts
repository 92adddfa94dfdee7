import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildBipartite, DEFAULT_GATE_OPTIONS, KIND_INDEX, mulberry32 } from '../../src/link/index.js';
import { lockstepRows } from '../../src/link/gate-riders.js';

/** Rows 0-5: a team sending the same 5 templates; rows 6-17: heads each holding 4 of a 16-template pool; 300 background rows. */
function world(seed: number) {
  const rng = mulberry32(seed);
  const er: number[] = [];
  const ec: number[] = [];
  const team = [0, 1, 2, 3, 4, 5];
  const heads = Array.from({ length: 12 }, (_, i) => 6 + i);
  for (const r of team) for (let c = 0; c < 5; c++) (er.push(r), ec.push(c));
  for (const r of heads) {
    const slice = new Set<number>();
    while (slice.size < 4) slice.add(5 + Math.floor(rng() * 16));
    for (const c of slice) (er.push(r), ec.push(c));
  }
  const nRows = 318;
  let nCols = 21;
  for (let r = 18; r < nRows; r++) (er.push(r), ec.push(nCols++), er.push(r), ec.push(nCols++));
  const kind = new Uint8Array(nCols).fill(KIND_INDEX.template);
  const g = buildBipartite(nRows, nCols, Int32Array.from(er), Int32Array.from(ec), er.length, new Float64Array(nCols).fill(1), kind, new Float64Array(nRows), { logOffset: 5, minColumnDegree: 1, maxColumnDegree: 1e9 }).graph;
  return { g, team, heads };
}

describe('gate: lockstep groups inside a cluster', () => {
  it('finds the members that send the same set of templates as two or more others, and none of the heads that split a pool', () => {
    for (const seed of [1, 2, 3]) {
      const { g, team, heads } = world(seed);
      const lock = lockstepRows(g, [...team, ...heads], g.nRows, DEFAULT_GATE_OPTIONS);
      assert.deepEqual([...lock].sort((a, b) => a - b), team, `seed ${seed}`);
    }
  });

  it('also takes out members that hold no slice of the pool (tied by other indicators only)', () => {
    const { g, heads } = world(4);
    const lock = lockstepRows(g, [...heads, 100, 101, 102], g.nRows, DEFAULT_GATE_OPTIONS);
    assert.deepEqual([...lock].sort((a, b) => a - b), [100, 101, 102]);
  });
});
