// link: clustering on the bipartite graph alone (no I/O, no ids): global FRAUDAR peeling → core values
// → candidates above a robust threshold (or already flagged) → Louvain communities, merged where they
// share specific behaviour → per community, repeated peeling for dense blocks → members that behave
// like the block → gate → growth of accepted blocks through their template columns.
// Hooi et al. (FRAUDAR, KDD 2016); Shin et al. (CoreScope, ICDM 2016); Blondel et al. (Louvain, 2008).
import { type BipartiteGraph, inducedSubgraph } from './bipartite.js';
import { candidateCommunities, mergeCommunities } from './communities.js';
import { type GateOptions, gateCluster } from './gate.js';
import { KIND_INDEX } from './indicators.js';
import type { AccountLink } from './link-index.js';
import { peel } from './peel.js';
import { mulberry32 } from './rng.js';
import type { ClusterFeatures } from './types.js';

export interface ClusterOptions {
  readonly gate: GateOptions;
  /** Candidates need a peeling core value of at least max(coreMin, median + coreMadK · MAD). */
  readonly coreMin: number;
  readonly coreMadK: number;
  /** Bound on candidates (highest core values first) to keep community detection cheap. */
  readonly maxCandidates: number;
  readonly louvainResolution: number;
  /** Components with fewer candidate accounts are not split by Louvain. */
  readonly splitMinRows: number;
  /** Louvain communities sharing this much specific behavioural weight per account are one cluster. */
  readonly mergeSharedPerAccount: number;
  /** A non-core account joins when this share of its behavioural indicator weight lies on the block. */
  readonly memberShare: number;
  /** An account scored at least this is a candidate whatever its core value, and joins on any-indicator overlap. */
  readonly flaggedScore: number;
  /** Dense blocks looked for per community (FRAUDAR's repeated detection). */
  readonly blocksPerCommunity: number;
  /** Grow members beyond candidates through block template columns of at most this degree. */
  readonly expandMaxDegree: number;
  readonly seed: number;
}

export interface GraphCluster {
  /** Member rows (core first, then joined, then grown). */
  readonly rows: number[];
  readonly core: readonly number[];
  /** Block columns specific to the core. */
  readonly blockCols: readonly number[];
  readonly features: ClusterFeatures;
}

export interface ClusterInput {
  readonly score: (row: number) => number;
  readonly flagged: (row: number) => boolean;
  readonly link: (row: number) => AccountLink | undefined;
  /** Kind index → 1 when the kind says "behaves alike" (behaviour, synchrony). */
  readonly behaviourKinds: Uint8Array;
}

export interface ClusterResult {
  readonly clusters: GraphCluster[];
  readonly coreThreshold: number;
  readonly candidates: number;
}

function median(xs: Float64Array): number {
  if (xs.length === 0) return 0;
  const s = Float64Array.from(xs).sort();
  return s[s.length >> 1] as number;
}

export function clusterGraph(g: BipartiteGraph, inp: ClusterInput, o: ClusterOptions): ClusterResult {
  const behaviour = inp.behaviourKinds;
  const isTemplateLike = (c: number): boolean => g.colKind[c] === KIND_INDEX.template || g.colKind[c] === KIND_INDEX.template_hour;
  const hasEdges = (r: number): boolean => (g.rowPtr[r + 1] as number) > (g.rowPtr[r] as number);

  // 1. Global peeling → core values; robust threshold over accounts that have any link.
  const global = peel(g);
  const linked: number[] = [];
  for (let r = 0; r < g.nRows; r++) if (hasEdges(r)) linked.push(global.core[r] as number);
  const coreVals = Float64Array.from(linked);
  const med = median(coreVals);
  const mad = median(coreVals.map((v) => Math.abs(v - med)));
  const coreThreshold = Math.max(o.coreMin, med + o.coreMadK * mad);
  let cand: number[] = [];
  // Accounts already flagged by their own behaviour are candidates whatever their core value: they
  // only need linking.
  for (let r = 0; r < g.nRows; r++)
    if ((global.core[r] as number) >= coreThreshold || (inp.score(r) >= o.flaggedScore && hasEdges(r))) cand.push(r);
  if (cand.length > o.maxCandidates) cand = cand.sort((a, b) => (global.core[b] as number) - (global.core[a] as number)).slice(0, o.maxCandidates);

  // 2. Communities among candidates, merged where Louvain split one sparse block.
  const louvainComm = candidateCommunities(g, Int32Array.from(cand), {
    resolution: o.louvainResolution,
    splitMinRows: o.splitMinRows,
    rng: mulberry32(o.seed),
  });
  const comm = mergeCommunities(g, louvainComm, {
    mergeKinds: behaviour,
    specificShare: o.gate.specificShare,
    minSharedPerAccount: o.mergeSharedPerAccount,
  });
  const byComm = new Map<number, number[]>();
  for (const [r, c] of comm) {
    let l = byComm.get(c);
    if (!l) byComm.set(c, (l = []));
    l.push(r);
  }

  // 3. Dense blocks per community, members, gate.
  const assigned = new Int32Array(g.nRows).fill(-1);
  const clusters: GraphCluster[] = [];
  const overlapShare = (r: number, block: ReadonlySet<number>, behaviourOnly: boolean): number => {
    let tot = 0;
    let on = 0;
    let templateHit = false;
    for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
      const c = g.rowCols[p] as number;
      if (behaviourOnly && !behaviour[g.colKind[c] as number]) continue;
      const w = g.colWeight[c] as number;
      tot += w;
      if (block.has(c)) {
        on += w;
        if (isTemplateLike(c)) templateHit = true;
      }
    }
    if (behaviourOnly && !templateHit) return 0;
    return tot > 0 ? on / tot : 0;
  };
  const joins = (r: number, block: ReadonlySet<number>): boolean =>
    overlapShare(r, block, true) >= o.memberShare || (inp.score(r) >= o.flaggedScore && overlapShare(r, block, false) >= o.memberShare);

  const communities = [...byComm.values()].filter((rows) => rows.length >= o.gate.minAccounts).sort((a, b) => b.length - a.length);
  for (const rowsAll of communities) {
    let remaining = rowsAll.filter((r) => assigned[r] === -1);
    for (let b = 0; b < o.blocksPerCommunity && remaining.length >= o.gate.minAccounts; b++) {
      const sub = inducedSubgraph(g, remaining, 2);
      if (sub.graph.nCols === 0) break;
      const pr = peel(sub.graph);
      const core: number[] = [];
      for (let i = 0; i < sub.graph.nRows; i++) if (pr.inBlock[i]) core.push(sub.rowIds[i] as number);
      const blockCols: number[] = [];
      for (let j = 0; j < sub.graph.nCols; j++) if (pr.inBlock[sub.graph.nRows + j]) blockCols.push(sub.colIds[j] as number);
      if (core.length < 2 || blockCols.length === 0) break;
      const coreSet = new Set(core);
      // Only columns specific to the core decide who else joins: a popular template the campaign
      // also uses (camouflage) must not pull in its ordinary users.
      const specific = specificColumns(g, blockCols, coreSet, o.gate.specificShare, o.gate.specificLift);
      const blockSet = new Set(specific);
      const members = remaining.filter((r) => coreSet.has(r) || joins(r, blockSet));
      const features = gateCluster(
        { g, rows: members, coreRows: core.length, density: pr.bestDensity, score: inp.score, flagged: inp.flagged, link: inp.link, totalRows: g.nRows },
        o.gate,
      );
      const id = clusters.length;
      for (const r of members) assigned[r] = features.accepted ? id : -2 - id;
      clusters.push({ rows: members, core, blockCols: specific, features });
      const memberSet = new Set(members);
      remaining = remaining.filter((r) => !memberSet.has(r));
    }
  }

  // 4. Grow accepted clusters beyond the candidates: accounts whose behaviour lies on the block's
  // template columns (new or quiet heads of the same hydra), never through infrastructure alone.
  for (let id = 0; id < clusters.length; id++) {
    const cl = clusters[id] as GraphCluster;
    if (!cl.features.accepted) continue;
    const blockSet = new Set(cl.blockCols);
    const seen = new Set<number>();
    for (const c of cl.blockCols) {
      if (!isTemplateLike(c)) continue;
      const deg = (g.colPtr[c + 1] as number) - (g.colPtr[c] as number);
      if (deg > o.expandMaxDegree) continue;
      for (let p = g.colPtr[c] as number; p < (g.colPtr[c + 1] as number); p++) {
        const r = g.colRows[p] as number;
        if (assigned[r] !== -1 || seen.has(r)) continue;
        seen.add(r);
        if (joins(r, blockSet)) {
          assigned[r] = id;
          cl.rows.push(r);
        }
      }
    }
  }
  return { clusters, coreThreshold, candidates: cand.length };
}

/** Block columns that the core holds mostly (share ≥ minShare and share ≥ minLift × the core's population share). */
export function specificColumns(g: BipartiteGraph, cols: readonly number[], core: ReadonlySet<number>, minShare: number, minLift: number): number[] {
  const coreShare = core.size / Math.max(1, g.nRows);
  const out: number[] = [];
  for (const c of cols) {
    let k = 0;
    const from = g.colPtr[c] as number;
    const to = g.colPtr[c + 1] as number;
    for (let p = from; p < to; p++) if (core.has(g.colRows[p] as number)) k++;
    const share = k / Math.max(1, to - from);
    if (k >= 2 && share >= minShare && share >= minLift * coreShare) out.push(c);
  }
  return out;
}
