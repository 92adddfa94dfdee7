// link: Louvain community detection (Blondel et al., "Fast unfolding of communities in large
// networks", J. Stat. Mech. 2008) on a weighted undirected graph in CSR form, with typed arrays only:
// local moving in seeded random order, then aggregation, repeated until no node moves. Same modularity
// (with resolution) as graphology-communities-louvain, without its per-edge object and key costs.

/** Undirected weighted graph: neighbours of v are adj[ptr[v]..ptr[v+1]) with weights w (both directions stored). */
export interface CsrGraph {
  readonly n: number;
  readonly ptr: Int32Array;
  readonly adj: Int32Array;
  readonly w: Float64Array;
}

export interface LouvainOptions {
  readonly resolution: number;
  readonly rng: () => number;
  /** Stop a local-moving phase when a sweep improves modularity by less than this. */
  readonly tolerance: number;
  /** Optional starting community per node (warm start, e.g. the previous checkpoint's partition). */
  readonly initial?: Int32Array;
}

/** Edge list (a, b, weight), both ends < n; parallel edges add up. Returns the symmetric CSR. */
export function csrFromEdges(n: number, ea: Int32Array, eb: Int32Array, ew: Float64Array, m: number): CsrGraph {
  const deg = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    deg[ea[e] as number]!++;
    if (ea[e] !== eb[e]) deg[eb[e] as number]!++;
  }
  const ptr = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) ptr[v + 1] = (ptr[v] as number) + (deg[v] as number);
  const adj = new Int32Array(ptr[n] as number);
  const w = new Float64Array(ptr[n] as number);
  const fill = ptr.slice(0, n);
  for (let e = 0; e < m; e++) {
    const a = ea[e] as number;
    const b = eb[e] as number;
    const x = ew[e] as number;
    adj[fill[a]!] = b;
    w[fill[a]!++] = x;
    if (a !== b) {
      adj[fill[b]!] = a;
      w[fill[b]!++] = x;
    }
  }
  return { n, ptr, adj, w };
}

/** One level of local moving. comm is updated in place; returns whether any node moved. */
function localMoving(g: CsrGraph, comm: Int32Array, o: LouvainOptions): boolean {
  const { n, ptr, adj, w } = g;
  const k = new Float64Array(n);
  let m2 = 0;
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let p = ptr[v] as number; p < (ptr[v + 1] as number); p++) s += (adj[p] === v ? 2 : 1) * (w[p] as number);
    k[v] = s;
    m2 += s;
  }
  if (m2 <= 0) return false;
  const tot = new Float64Array(n);
  for (let v = 0; v < n; v++) tot[comm[v] as number]! += k[v] as number;
  const order = new Int32Array(n);
  for (let v = 0; v < n; v++) order[v] = v;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(o.rng() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  const neighW = new Float64Array(n).fill(-1);
  const touched = new Int32Array(n);
  const res = o.resolution;
  let movedAny = false;
  for (;;) {
    let gainSum = 0;
    let moved = 0;
    for (let idx = 0; idx < n; idx++) {
      const v = order[idx] as number;
      const cv = comm[v] as number;
      const kv = k[v] as number;
      let nt = 0;
      neighW[cv] = 0;
      touched[nt++] = cv;
      for (let p = ptr[v] as number; p < (ptr[v + 1] as number); p++) {
        const u = adj[p] as number;
        if (u === v) continue;
        const c = comm[u] as number;
        if ((neighW[c] as number) < 0) {
          neighW[c] = 0;
          touched[nt++] = c;
        }
        neighW[c]! += w[p] as number;
      }
      tot[cv]! -= kv;
      const scale = (res * kv) / m2;
      let best = cv;
      let bestGain = (neighW[cv] as number) - (tot[cv] as number) * scale;
      for (let t = 0; t < nt; t++) {
        const c = touched[t] as number;
        const gain = (neighW[c] as number) - (tot[c] as number) * scale;
        if (gain > bestGain + 1e-12) {
          best = c;
          bestGain = gain;
        }
      }
      tot[best]! += kv;
      if (best !== cv) {
        gainSum += bestGain - ((neighW[cv] as number) - (tot[cv] as number) * scale);
        comm[v] = best;
        moved++;
      }
      for (let t = 0; t < nt; t++) neighW[touched[t] as number] = -1;
    }
    if (moved > 0) movedAny = true;
    if (moved === 0 || (2 * gainSum) / m2 < o.tolerance) break;
  }
  return movedAny;
}

/** Renumbers communities 0..C-1 in first-seen order; returns C. */
function renumber(comm: Int32Array): number {
  const map = new Map<number, number>();
  for (let v = 0; v < comm.length; v++) {
    const c = comm[v] as number;
    let id = map.get(c);
    if (id === undefined) map.set(c, (id = map.size));
    comm[v] = id;
  }
  return map.size;
}

/** The community graph: one node per community, edge weights summed (inner weight as a self-loop). */
function aggregate(g: CsrGraph, comm: Int32Array, c: number): CsrGraph {
  const acc = new Map<number, number>();
  for (let v = 0; v < g.n; v++) {
    const a = comm[v] as number;
    for (let p = g.ptr[v] as number; p < (g.ptr[v + 1] as number); p++) {
      const u = g.adj[p] as number;
      if (u < v) continue; // each undirected edge once (self-loops: u === v)
      const b = comm[u] as number;
      const lo = a < b ? a : b;
      const hi = a < b ? b : a;
      const key = lo * c + hi;
      acc.set(key, (acc.get(key) ?? 0) + (g.w[p] as number));
    }
  }
  const m = acc.size;
  const ea = new Int32Array(m);
  const eb = new Int32Array(m);
  const ew = new Float64Array(m);
  let e = 0;
  for (const [key, x] of acc) {
    ea[e] = Math.floor(key / c);
    eb[e] = key % c;
    ew[e++] = x;
  }
  return csrFromEdges(c, ea, eb, ew, m);
}

/** Community of every node (0..C-1). Deterministic for a given rng. */
export function louvain(g: CsrGraph, o: LouvainOptions): Int32Array {
  const out = new Int32Array(g.n);
  if (o.initial) out.set(o.initial.subarray(0, g.n));
  else for (let v = 0; v < g.n; v++) out[v] = v;
  if (g.n === 0) return out;
  let c = renumber(out);
  let level = g;
  let levelComm = Int32Array.from(out);
  for (let pass = 0; pass < 32; pass++) {
    const moved = localMoving(level, levelComm, o);
    c = renumber(levelComm);
    // Project this level's communities back onto the original nodes.
    if (level !== g) for (let v = 0; v < g.n; v++) out[v] = levelComm[out[v] as number] as number;
    else out.set(levelComm);
    if (!moved && pass > 0) break;
    if (c === level.n && pass > 0) break;
    level = aggregate(level, levelComm, c);
    levelComm = new Int32Array(level.n);
    for (let v = 0; v < level.n; v++) levelComm[v] = v;
    if (!moved && c === level.n) break;
  }
  return out;
}
