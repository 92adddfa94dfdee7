import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildBipartite, peel, mulberry32 } from '../../src/link/index.js';

/** Random sparse background plus a dense block whose rows also add camouflage edges to popular columns. */
function injected(seed: number, camouflage: boolean) {
  const rng = mulberry32(seed);
  const nRows = 3000;
  const nCols = 2000;
  const block = { rows: 60, cols: 40, density: 0.5 };
  const er: number[] = [];
  const ec: number[] = [];
  const seen = new Set<number>();
  const add = (r: number, c: number): void => {
    const k = r * nCols + c;
    if (seen.has(k)) return;
    seen.add(k);
    er.push(r);
    ec.push(c);
  };
  const popular = (): number => Math.floor(nCols * rng() ** 3); // skewed column popularity
  for (let r = block.rows; r < nRows; r++) for (let k = 0; k < 6; k++) add(r, popular());
  for (let r = 0; r < block.rows; r++) {
    for (let c = nCols - block.cols; c < nCols; c++) if (rng() < block.density) add(r, c);
    if (camouflage) for (let k = 0; k < 20; k++) add(r, popular());
  }
  const ones = new Float64Array(nCols).fill(1);
  const { graph } = buildBipartite(nRows, nCols, Int32Array.from(er), Int32Array.from(ec), er.length, ones, new Uint8Array(nCols), new Float64Array(nRows));
  return { graph, blockRows: block.rows };
}

describe('peel (FRAUDAR greedy peeling)', () => {
  for (const camouflage of [false, true]) {
    it(`recovers an injected dense block ${camouflage ? 'despite camouflage edges to popular columns' : 'from a sparse background'}`, () => {
      const { graph, blockRows } = injected(5, camouflage);
      const r = peel(graph);
      let tp = 0;
      let found = 0;
      for (let i = 0; i < graph.nRows; i++)
        if (r.inBlock[i]) {
          found++;
          if (i < blockRows) tp++;
        }
      assert.ok(found > 0);
      assert.ok(tp / found >= 0.95, `precision ${tp / found}`);
      assert.ok(tp / blockRows >= 0.9, `recall ${tp / blockRows}`);
    });
  }

  it('gives block rows higher core values than background rows', () => {
    const { graph, blockRows } = injected(6, true);
    const r = peel(graph);
    let minBlock = Infinity;
    for (let i = 0; i < blockRows; i++) minBlock = Math.min(minBlock, r.core[i] as number);
    let above = 0;
    for (let i = blockRows; i < graph.nRows; i++) if ((r.core[i] as number) >= minBlock) above++;
    assert.ok(above / (graph.nRows - blockRows) < 0.01, `${above} background rows at block level`);
  });

  it('removes every node exactly once', () => {
    const { graph } = injected(7, true);
    const r = peel(graph);
    const seen = new Uint8Array(graph.nRows + graph.nCols);
    for (const v of r.order) seen[v]!++;
    assert.ok(seen.every((x) => x === 1));
  });
});
