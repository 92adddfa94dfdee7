// link: community detection on the candidate part of the bipartite graph (Louvain, Blondel et al.
// 2008, typed-array implementation in louvain.ts), run only on accounts whose peeling core value passed the
// threshold so camouflage edges to benign accounts are already gone. Connected components first: a
// component below the split size is one community as is (cheaper and as good).
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { BipartiteGraph } from './bipartite.js';
import { csrFromEdges, louvain } from './louvain.js';

// The package is CommonJS: at run time the default import is the function itself, while the
// nodenext type view puts it under .default. Accept both.
type LouvainFn = (typeof louvainModule)['default'];
const graphologyLouvain: LouvainFn =
  (louvainModule as unknown as { default?: LouvainFn }).default ?? (louvainModule as unknown as LouvainFn);

/**
 * Louvain engine: 'typed' (louvain.ts, the default in DEFAULT_LINK_OPTIONS: same modularity, several
 * times faster on large candidate components) or 'graphology' (graphology-communities-louvain, the
 * reference the gate was first tuned on). They find different local optima; docs/linking.md has the
 * matrix of both.
 */
export type CommunityEngine = 'typed' | 'graphology';

export interface CommunityOptions {
  readonly resolution: number;
  /** Louvain edge weight is colWeight^power: above 1, rare shared indicators dominate popular ones. */
  readonly weightPower: number;
  /** Column kinds left out of the Louvain graph (weak, popular ones: they only add edges). */
  readonly skipKinds: Uint8Array;
  /** Components with fewer rows are not split further. */
  readonly splitMinRows: number;
  readonly rng: () => number;
  readonly engine?: CommunityEngine;
}

/**
 * Returns, for each candidate row (global row ids), its community number; rows not in candidates
 * are absent. Only columns shared by at least two candidate rows link them.
 */
export function candidateCommunities(g: BipartiteGraph, candidates: Int32Array, o: CommunityOptions): Map<number, number> {
  const isCand = new Uint8Array(g.nRows);
  for (const r of candidates) isCand[r] = 1;
  // Union-find over candidate rows through shared columns.
  const parent = new Int32Array(g.nRows);
  for (let i = 0; i < g.nRows; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      const p = parent[x] as number;
      parent[x] = parent[p] as number;
      x = p;
    }
    return x;
  };
  const colUse = new Int32Array(g.nCols).fill(-1);
  const colCount = new Int32Array(g.nCols);
  for (const r of candidates) {
    for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
      const c = g.rowCols[p] as number;
      colCount[c]!++;
      const first = colUse[c] as number;
      if (first < 0) colUse[c] = r;
      else {
        const a = find(first);
        const b = find(r);
        if (a !== b) parent[a] = b;
      }
    }
  }
  const comps = new Map<number, number[]>();
  for (const r of candidates) {
    const root = find(r);
    let list = comps.get(root);
    if (!list) comps.set(root, (list = []));
    list.push(r);
  }
  const out = new Map<number, number>();
  let next = 0;
  for (const rows of comps.values()) {
    if (rows.length < o.splitMinRows) {
      const id = next++;
      for (const r of rows) out.set(r, id);
      continue;
    }
    if (o.engine !== 'typed') {
      const graph = new UndirectedGraph();
      for (const r of rows) graph.addNode(`r${r}`);
      for (const r of rows)
        for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
          const c = g.rowCols[p] as number;
          if ((colCount[c] as number) < 2 || o.skipKinds[g.colKind[c] as number]) continue;
          const key = `c${c}`;
          if (!graph.hasNode(key)) graph.addNode(key);
          graph.addEdge(`r${r}`, key, { weight: (g.colWeight[c] as number) ** o.weightPower });
        }
      const gp = graphologyLouvain(graph, { resolution: o.resolution, rng: o.rng, getEdgeWeight: 'weight' });
      const local = new Map<number, number>();
      for (const r of rows) {
        const comm = gp[`r${r}`] as number;
        let id = local.get(comm);
        if (id === undefined) local.set(comm, (id = next++));
        out.set(r, id);
      }
      continue;
    }
    // Bipartite row/column graph of this component: rows 0..R-1, shared columns after them.
    const colLocal = new Map<number, number>();
    let m = 0;
    for (const r of rows)
      for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
        const c = g.rowCols[p] as number;
        if ((colCount[c] as number) < 2 || o.skipKinds[g.colKind[c] as number]) continue;
        if (!colLocal.has(c)) colLocal.set(c, rows.length + colLocal.size);
        m++;
      }
    const ea = new Int32Array(m);
    const eb = new Int32Array(m);
    const ew = new Float64Array(m);
    let e = 0;
    rows.forEach((r, i) => {
      for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
        const c = g.rowCols[p] as number;
        const lc = colLocal.get(c);
        if (lc === undefined) continue;
        ea[e] = i;
        eb[e] = lc;
        ew[e++] = (g.colWeight[c] as number) ** o.weightPower;
      }
    });
    const parts = louvain(csrFromEdges(rows.length + colLocal.size, ea, eb, ew, m), { resolution: o.resolution, rng: o.rng, tolerance: 1e-7 });
    const local = new Map<number, number>();
    rows.forEach((r, i) => {
      const comm = parts[i] as number;
      let id = local.get(comm);
      if (id === undefined) local.set(comm, (id = next++));
      out.set(r, id);
    });
  }
  return out;
}

export interface MergeOptions {
  /** Column kinds that may merge communities (shared templates: never infrastructure alone). */
  readonly mergeKinds: Uint8Array;
  /** A column links a pair only if the pair holds at least this share of all its accounts. */
  readonly specificShare: number;
  /**
   * Merge when the mean link weight of a cross pair reaches this share of the weaker community's
   * mean internal pair weight (the two look like halves of one block, not two blocks that touch).
   */
  readonly minCrossToInternal: number;
}

/**
 * Louvain splits a large, sparse block (a hydra whose heads each touch a small random part of one
 * template pool) into several communities of similar make-up. This joins communities whose cross
 * links are as strong as their inner links, through specific template columns only:
 * d(A,B) = Σ_c w_c·k_A(c)·k_B(c) / (|A||B|), d(A) = Σ_c w_c·k_A(c)(k_A(c)−1) / (|A|(|A|−1)),
 * merged when d(A,B) ≥ minCrossToInternal · min(d(A), d(B)). A dense classroom next to a campaign
 * keeps its own community: its inner links dwarf the few it shares. Returns each row's community.
 */
export function mergeCommunities(g: BipartiteGraph, comm: Map<number, number>, o: MergeOptions): Map<number, number> {
  const size = new Map<number, number>();
  for (const c of comm.values()) size.set(c, (size.get(c) ?? 0) + 1);
  // Per column: community → rows holding it.
  const perCol = new Map<number, Map<number, number>>();
  for (const [r, cm] of comm) {
    for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
      const c = g.rowCols[p] as number;
      if (!o.mergeKinds[g.colKind[c] as number]) continue;
      let m = perCol.get(c);
      if (!m) perCol.set(c, (m = new Map()));
      m.set(cm, (m.get(cm) ?? 0) + 1);
    }
  }
  const inner = new Map<number, number>();
  const pair = new Map<string, number>();
  for (const [c, m] of perCol) {
    const deg = (g.colPtr[c + 1] as number) - (g.colPtr[c] as number);
    const w = g.colWeight[c] as number;
    for (const [a, k] of m) if (k > 1) inner.set(a, (inner.get(a) ?? 0) + w * k * (k - 1));
    if (m.size < 2 || m.size > 50) continue; // a column spread over very many communities links none
    const entries = [...m.entries()];
    for (let i = 0; i < entries.length; i++)
      for (let j = i + 1; j < entries.length; j++) {
        const [a, ka] = entries[i] as [number, number];
        const [b, kb] = entries[j] as [number, number];
        // Only a column the pair holds mostly (specific to A ∪ B) says they are one block.
        if ((ka + kb) / deg < o.specificShare) continue;
        const key = a < b ? `${a},${b}` : `${b},${a}`;
        pair.set(key, (pair.get(key) ?? 0) + w * ka * kb);
      }
  }
  const innerDensity = (a: number): number => {
    const n = size.get(a) ?? 1;
    return n > 1 ? (inner.get(a) ?? 0) / (n * (n - 1)) : Infinity;
  };
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as number;
    parent.set(x, r);
    return r;
  };
  for (const [key, wsum] of pair) {
    const [a, b] = key.split(',').map(Number) as [number, number];
    const cross = wsum / ((size.get(a) ?? 1) * (size.get(b) ?? 1));
    if (cross < o.minCrossToInternal * Math.min(innerDensity(a), innerDensity(b))) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const out = new Map<number, number>();
  for (const [r, c] of comm) out.set(r, find(c));
  return out;
}
