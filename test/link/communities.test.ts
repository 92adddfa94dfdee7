import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildBipartite, KIND_INDEX, mulberry32 } from '../../src/link/index.js';
import { mergeCommunities } from '../../src/link/communities.js';

/**
 * Rows 0-19: one sparse hydra block (each row holds 6 random columns of a 30-column template pool),
 * split by a community detector into halves A (0-9) and B (10-19). Rows 20-29: a classroom, every
 * row holding the same 5 columns, one of which two hydra rows also hold.
 */
function fixture() {
  const rng = mulberry32(3);
  const er: number[] = [];
  const ec: number[] = [];
  for (let r = 0; r < 20; r++) {
    const cols = new Set<number>();
    while (cols.size < 6) cols.add(Math.floor(rng() * 30));
    for (const c of cols) er.push(r), ec.push(c);
  }
  for (let r = 20; r < 30; r++) for (let c = 30; c < 35; c++) er.push(r), ec.push(c);
  er.push(0, 1);
  ec.push(30, 30);
  const nCols = 35;
  const kinds = new Uint8Array(nCols).fill(KIND_INDEX.template);
  const { graph } = buildBipartite(30, nCols, Int32Array.from(er), Int32Array.from(ec), er.length, new Float64Array(nCols).fill(1), kinds, new Float64Array(30));
  const comm = new Map<number, number>();
  for (let r = 0; r < 30; r++) comm.set(r, r < 10 ? 0 : r < 20 ? 1 : 2);
  const mergeKinds = new Uint8Array(16);
  mergeKinds[KIND_INDEX.template] = 1;
  return { graph, comm, mergeKinds };
}

describe('mergeCommunities', () => {
  it('joins two halves of one sparse block that a community detector split', () => {
    const { graph, comm, mergeKinds } = fixture();
    const out = mergeCommunities(graph, comm, { mergeKinds, specificShare: 0.5, minCrossToInternal: 0.5 });
    assert.equal(out.get(0), out.get(15));
  });

  it('keeps a dense classroom apart from a block it touches through one shared column', () => {
    const { graph, comm, mergeKinds } = fixture();
    const out = mergeCommunities(graph, comm, { mergeKinds, specificShare: 0.5, minCrossToInternal: 0.5 });
    assert.notEqual(out.get(25), out.get(0));
    assert.notEqual(out.get(25), out.get(15));
  });

  it('never merges through column kinds that are not allowed to merge (infrastructure)', () => {
    const { graph, comm } = fixture();
    const out = mergeCommunities(graph, comm, { mergeKinds: new Uint8Array(16), specificShare: 0.5, minCrossToInternal: 0.5 });
    assert.equal(new Set(out.values()).size, 3);
  });
});
