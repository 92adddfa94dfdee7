// link: FRAUDAR greedy peeling on the bipartite graph (Hooi et al., KDD 2016). Repeatedly removes the
// row or column of least marginal weight; returns the densest prefix (max f(S)/|S|, the block that
// camouflage cannot hide) and each node's peeling core value (the running max of removal marginals,
// a weighted k-core number as in CoreScope, Shin et al., ICDM 2016). O(E log V).
import type { BipartiteGraph } from './bipartite.js';

export interface PeelResult {
  /** Best density f(S)/|S| found, and how many nodes had been removed when it held. */
  readonly bestDensity: number;
  readonly bestRemoved: number;
  /** Removal order (row ids 0..nRows-1, columns nRows + j). */
  readonly order: Int32Array;
  /** Weighted core value per node (same numbering as order). */
  readonly core: Float64Array;
  /** Whether each node is in the densest block. */
  readonly inBlock: Uint8Array;
}

/** Min-heap of (key, node) with lazy deletion. */
class LazyHeap {
  keys: Float64Array;
  ids: Int32Array;
  size = 0;
  constructor(cap: number) {
    this.keys = new Float64Array(Math.max(16, cap));
    this.ids = new Int32Array(Math.max(16, cap));
  }
  push(k: number, id: number): void {
    if (this.size === this.keys.length) {
      const nk = new Float64Array(this.size * 2);
      nk.set(this.keys);
      const ni = new Int32Array(this.size * 2);
      ni.set(this.ids);
      this.keys = nk;
      this.ids = ni;
    }
    const keys = this.keys;
    const ids = this.ids;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p] as number;
      if (pk <= k) break;
      keys[i] = pk;
      ids[i] = ids[p] as number;
      i = p;
    }
    keys[i] = k;
    ids[i] = id;
  }
  /** Pops the minimum into (this.topKey, this.topId). */
  topKey = 0;
  topId = -1;
  pop(): boolean {
    if (this.size === 0) return false;
    const keys = this.keys;
    const ids = this.ids;
    this.topKey = keys[0] as number;
    this.topId = ids[0] as number;
    const n = --this.size;
    if (n === 0) return true;
    const k = keys[n] as number;
    const id = ids[n] as number;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && (keys[r] as number) < (keys[c] as number)) c = r;
      if ((keys[c] as number) >= k) break;
      keys[i] = keys[c] as number;
      ids[i] = ids[c] as number;
      i = c;
    }
    keys[i] = k;
    ids[i] = id;
    return true;
  }
}

export function peel(g: BipartiteGraph): PeelResult {
  const nR = g.nRows;
  const nC = g.nCols;
  const N = nR + nC;
  const marg = new Float64Array(N);
  let f = 0;
  for (let i = 0; i < nR; i++) {
    let s = g.rowPrior[i] as number;
    for (let p = g.rowPtr[i] as number; p < (g.rowPtr[i + 1] as number); p++) s += g.colWeight[g.rowCols[p] as number] as number;
    marg[i] = s;
    f += s;
  }
  for (let j = 0; j < nC; j++) marg[nR + j] = (g.colWeight[j] as number) * ((g.colPtr[j + 1] as number) - (g.colPtr[j] as number));
  const heap = new LazyHeap(N + (g.rowCols.length >> 2));
  for (let v = 0; v < N; v++) heap.push(marg[v] as number, v);
  const removed = new Uint8Array(N);
  const order = new Int32Array(N);
  const core = new Float64Array(N);
  let size = N;
  let bestDensity = size > 0 ? f / size : 0;
  let bestRemoved = 0;
  let t = 0;
  let running = 0;
  while (heap.pop()) {
    const v = heap.topId;
    if (removed[v] || heap.topKey !== marg[v]) continue;
    removed[v] = 1;
    order[t++] = v;
    const mv = marg[v] as number;
    if (mv > running) running = mv;
    core[v] = running;
    // Removing a node removes its remaining edges (and a row's prior) from f.
    f -= mv;
    size--;
    if (v < nR) {
      for (let p = g.rowPtr[v] as number; p < (g.rowPtr[v + 1] as number); p++) {
        const c = g.rowCols[p] as number;
        const u = nR + c;
        if (removed[u]) continue;
        const nm = (marg[u] as number) - (g.colWeight[c] as number);
        marg[u] = nm;
        heap.push(nm, u);
      }
    } else {
      const c = v - nR;
      const w = g.colWeight[c] as number;
      for (let p = g.colPtr[c] as number; p < (g.colPtr[c + 1] as number); p++) {
        const u = g.colRows[p] as number;
        if (removed[u]) continue;
        const nm = (marg[u] as number) - w;
        marg[u] = nm;
        heap.push(nm, u);
      }
    }
    if (size > 0) {
      const d = f / size;
      if (d > bestDensity) {
        bestDensity = d;
        bestRemoved = t;
      }
    }
  }
  const inBlock = new Uint8Array(N);
  for (let i = bestRemoved; i < t; i++) inBlock[order[i] as number] = 1;
  return { bestDensity, bestRemoved, order, core, inBlock };
}
