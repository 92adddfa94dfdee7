// link: community detection on the candidate part of the bipartite graph (Louvain, Blondel et al.
// 2008, via graphology-communities-louvain), run only on accounts whose peeling core value passed the
// threshold so camouflage edges to benign accounts are already gone. Connected components first: a
// component below the split size is one community as is (cheaper and as good).
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { BipartiteGraph } from './bipartite.js';

// The package is CommonJS: at run time the default import is the function itself, while the
// nodenext type view puts it under .default. Accept both.
type LouvainFn = (typeof louvainModule)['default'];
const louvain: LouvainFn =
  (louvainModule as unknown as { default?: LouvainFn }).default ?? (louvainModule as unknown as LouvainFn);

export interface CommunityOptions {
  readonly resolution: number;
  /** Components with fewer rows are not split further. */
  readonly splitMinRows: number;
  readonly rng: () => number;
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
    const graph = new UndirectedGraph();
    for (const r of rows) graph.addNode(`r${r}`);
    for (const r of rows) {
      for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
        const c = g.rowCols[p] as number;
        if ((colCount[c] as number) < 2) continue;
        const key = `c${c}`;
        if (!graph.hasNode(key)) graph.addNode(key);
        graph.addEdge(`r${r}`, key, { weight: g.colWeight[c] as number });
      }
    }
    const parts = louvain(graph, { resolution: o.resolution, rng: o.rng, getEdgeWeight: 'weight' });
    const local = new Map<number, number>();
    for (const r of rows) {
      const comm = parts[`r${r}`] as number;
      let id = local.get(comm);
      if (id === undefined) local.set(comm, (id = next++));
      out.set(r, id);
    }
  }
  return out;
}

export interface MergeOptions {
  /** Column kinds that may merge communities (behaviour and synchrony: never infrastructure alone). */
  readonly mergeKinds: Uint8Array;
  /** A column merges only if candidates are at least this share of all its accounts (specific to them). */
  readonly specificShare: number;
  /** Merge when the shared weight per account of the smaller community reaches this. */
  readonly minSharedPerAccount: number;
}

/**
 * Louvain splits a large, sparse block (a hydra whose heads each touch a small random part of one
 * template pool) into several communities of similar make-up. This joins communities that share
 * enough specific behavioural columns: shared weight W(A,B) = Σ_c w_c · min(k_A(c), k_B(c)),
 * merged when W / min(|A|, |B|) ≥ minSharedPerAccount. Returns the new community of each row.
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
  const pair = new Map<string, number>();
  for (const [c, m] of perCol) {
    if (m.size < 2) continue;
    let held = 0;
    for (const k of m.values()) held += k;
    const deg = (g.colPtr[c + 1] as number) - (g.colPtr[c] as number);
    if (held / deg < o.specificShare) continue;
    const w = g.colWeight[c] as number;
    const entries = [...m.entries()];
    if (entries.length > 50) continue; // a column spread over very many communities links none
    for (let i = 0; i < entries.length; i++)
      for (let j = i + 1; j < entries.length; j++) {
        const [a, ka] = entries[i] as [number, number];
        const [b, kb] = entries[j] as [number, number];
        const key = a < b ? `${a},${b}` : `${b},${a}`;
        pair.set(key, (pair.get(key) ?? 0) + w * Math.min(ka, kb));
      }
  }
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as number;
    parent.set(x, r);
    return r;
  };
  for (const [key, wsum] of pair) {
    const [a, b] = key.split(',').map(Number) as [number, number];
    const minSize = Math.min(size.get(a) ?? 1, size.get(b) ?? 1);
    if (wsum / minSize < o.minSharedPerAccount) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const out = new Map<number, number>();
  for (const [r, c] of comm) out.set(r, find(c));
  return out;
}
