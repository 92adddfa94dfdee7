// link: clustering on the bipartite graph alone (no I/O, no ids): global FRAUDAR peeling → core values
// → candidates above a robust threshold (or already flagged) → Louvain communities, merged where they
// share specific behaviour → per community, repeated peeling for dense blocks → members that behave
// like the block → gate → growth of accepted blocks through their template columns.
// Hooi et al. (FRAUDAR, KDD 2016); Shin et al. (CoreScope, ICDM 2016); Blondel et al. (Louvain, 2008).
import { type BipartiteGraph, inducedSubgraph } from './bipartite.js';
import { type CommunityEngine, candidateCommunities, mergeCommunities } from './communities.js';
import { type GateInput, type GateOptions, collectiveEvidence, gateCluster } from './gate.js';
import { broadRows, contentOnlyRows, grownRiders, lockstepRows, offRelayRows, orgGroupRows } from './gate-riders.js';
import { blockMembership, isTemplateColumn, specificColumns } from './block-membership.js';
import { median } from './stats.js';
import { poolOverlap, sameWorkSameHours, type SplitOptions, splitOperations, standingParts } from './split-operations.js';
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
  /**
   * Graphs with at most this many accounts skip the core threshold: every linked account is a
   * candidate (community detection is cheap there, and in a small world a small campaign's core
   * value is bounded by its size, not its density). Larger graphs prune by core value first.
   */
  readonly allCandidatesUpTo: number;
  /** Bound on candidates (highest core values first) to keep community detection cheap. */
  readonly maxCandidates: number;
  readonly louvainResolution: number;
  /** Louvain implementation: 'typed' (typed arrays, the default) or 'graphology' (the reference graphology-communities-louvain). */
  readonly communityEngine?: CommunityEngine;
  readonly louvainWeightPower: number;
  /** Components with fewer candidate accounts are not split by Louvain. */
  readonly splitMinRows: number;
  /** Louvain communities whose cross links reach this share of their inner links are one cluster. */
  readonly mergeCrossToInternal: number;
  /** Split an accepted flagged hydra into the separate operations it holds (split-operations.ts). */
  readonly splitOperations?: boolean;
  /**
   * A part (or a flagged cluster next to a larger one) is a separate operation when at most this share
   * of the templates two or more of its accounts send is also sent by the rest. Measured: the reasoning
   * campaign inside camouflage's multi-channel block 0.17; slices of one hydra's pool 0.67-1.0.
   */
  readonly maxPoolOverlap: number;
  /** A non-core account joins when this share of its behavioural indicator weight lies on the block. */
  readonly memberShare: number;
  /** An account scored at least this is a candidate whatever its core value, and joins on any-indicator overlap. */
  readonly flaggedScore: number;
  /** A core account stays a member when its behaviour overlap is at least this share of the core median. */
  readonly coreKeepRatio: number;
  /** Dense blocks looked for per community (FRAUDAR's repeated detection). */
  readonly blocksPerCommunity: number;
  /** Grow members beyond candidates through block template columns of at most this degree. */
  readonly expandMaxDegree: number;
  /**
   * An accepted cluster absorbs a smaller accepted one when at least this share of the smaller one's
   * members do the same work at the same hour as the larger one (template-hour columns held almost
   * only by the two: ≥ syncTieExclusive of their holders), on at least syncTieMinCols columns. One
   * orchestrator feeding two pools of heads shows up this way; two campaigns harvesting the same
   * public sets rarely hit the same items in the same hours.
   */
  readonly syncTieShare: number;
  readonly syncTieMinCols: number;
  readonly syncTieExclusive: number;
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
  /** Own evidence explained away by costly benign patterns, by row (absent: none). */
  readonly explained?: (row: number) => number;
  readonly link: (row: number) => AccountLink | undefined;
  /** Kind index → 1 when the kind says "behaves alike" (behaviour, synchrony). */
  readonly behaviourKinds: Uint8Array;
}

export interface ClusterResult {
  readonly clusters: GraphCluster[];
  readonly coreThreshold: number;
  readonly candidates: number;
}

export function clusterGraph(g: BipartiteGraph, inp: ClusterInput, o: ClusterOptions): ClusterResult {
  const behaviour = inp.behaviourKinds;
  const isTemplateLike = (c: number): boolean => isTemplateColumn(g, c);
  const hasEdges = (r: number): boolean => (g.rowPtr[r + 1] as number) > (g.rowPtr[r] as number);

  // 1. Global peeling → core values; robust threshold over accounts that have any link.
  const global = peel(g);
  const linked: number[] = [];
  for (let r = 0; r < g.nRows; r++) if (hasEdges(r)) linked.push(global.core[r] as number);
  const coreVals = Float64Array.from(linked);
  const med = median(coreVals);
  // What the gate reads of a cluster: its rows, its core's size and the block's density.
  const gateInput = (rows: readonly number[], coreRows: number, density: number): GateInput => ({
    g, rows, coreRows, density, score: inp.score, flagged: inp.flagged, link: inp.link, totalRows: g.nRows, densityRef: med,
    ...(inp.explained ? { explained: inp.explained } : {}),
  });
  const mad = median(coreVals.map((v) => Math.abs(v - med)));
  const coreThreshold = g.nRows <= o.allCandidatesUpTo ? 0 : Math.max(o.coreMin, med + o.coreMadK * mad);
  let cand: number[] = [];
  // Accounts already flagged by their own behaviour are candidates whatever their core value: they
  // only need linking.
  for (let r = 0; r < g.nRows; r++)
    if (hasEdges(r) && ((global.core[r] as number) >= coreThreshold || inp.score(r) >= o.flaggedScore)) cand.push(r);
  if (cand.length > o.maxCandidates) cand = cand.sort((a, b) => (global.core[b] as number) - (global.core[a] as number)).slice(0, o.maxCandidates);

  // 2. Communities among candidates, merged where Louvain split one sparse block.
  // Every kind stays in Louvain's graph: dropping the weak ones (co-activity, ASN, user agent) was
  // tried and split camouflaged hydras whose heads share little else than timing and proxies.
  const skipKinds = new Uint8Array(256);
  const louvainComm = candidateCommunities(g, Int32Array.from(cand), {
    skipKinds,
    resolution: o.louvainResolution,
    weightPower: o.louvainWeightPower,
    splitMinRows: o.splitMinRows,
    rng: mulberry32(o.seed),
    ...(o.communityEngine ? { engine: o.communityEngine } : {}),
  });
  // Merging needs shared templates (same work, or the same work at the same hour): plain
  // co-activity in busy buckets is too common to join two communities.
  const mergeKinds = new Uint8Array(behaviour.length);
  mergeKinds[KIND_INDEX.template] = 1;
  mergeKinds[KIND_INDEX.template_hour] = 1;
  const comm = mergeCommunities(g, louvainComm, {
    mergeKinds,
    specificShare: o.gate.specificShare,
    minCrossToInternal: o.mergeCrossToInternal,
  });
  const byComm = new Map<number, number[]>();
  for (const [r, c] of comm) {
    let l = byComm.get(c);
    if (!l) byComm.set(c, (l = []));
    l.push(r);
  }

  // 3. Dense blocks per community, members, gate.
  const assigned = new Int32Array(g.nRows).fill(-1);
  // Rows taken out of a split-work cluster as a lockstep group: never grown back into a campaign.
  const noGrow = new Set<number>();
  const clusters: GraphCluster[] = [];
  const { kindsOf, overlapShare, joins } = blockMembership(g, { behaviour, score: inp.score, memberShare: o.memberShare, flaggedScore: o.flaggedScore });

  const syncTied = (big: readonly number[], small: readonly number[]): boolean => sameWorkSameHours(g, big, small, o);
  // The columns a set of rows holds that are specific to it (held mostly by it).
  const specificTo = (rows: ReadonlySet<number>): number[] => {
    const cols = new Set<number>();
    for (const r of rows) for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) cols.add(g.rowCols[p] as number);
    return specificColumns(g, [...cols], rows, o.gate.specificShare, o.gate.specificLift);
  };
  // Clusters split off a wider community as a hydra of flagged heads (flaggedCore): a cluster that
  // is not itself carried by flagged members does not absorb them back.
  const splitOff = new Set<number>();
  // Clusters split from one block as separate operations: cluster id → the block's first cluster id.
  const operationOf = new Map<number, number>();
  // The flagged members of `members` and the others that join them on the columns they hold mostly,
  // if the gate accepts them as a hydra (flagged path); `proper`: only if that leaves someone out.
  const hydraOf = (members: readonly number[], proper: boolean, density?: number): GraphCluster | undefined => {
    const heads = members.filter((r) => inp.flagged(r));
    if (heads.length < o.gate.minAccounts) return undefined;
    const headSet = new Set(heads);
    const block = new Set(specificTo(headSet));
    if (block.size === 0) return undefined;
    const kinds = kindsOf(block);
    let rows = members.filter((r) => headSet.has(r) || joins(r, block, kinds));
    if (proper && rows.length >= members.length) return undefined;
    const d = density ?? peel(inducedSubgraph(g, rows, 2).graph).bestDensity;
    let f = gateCluster(gateInput(rows, heads.length, d), o.gate);
    if (!f.accepted || f.path !== 'flagged') return undefined;
    // Its riders tied by content alone leave it, as they leave any hydra (step 3, below).
    const content = contentOnlyRows(gateInput(rows, heads.length, d), o.gate, true);
    if (content.size > 0) {
      rows = rows.filter((r) => !content.has(r));
      f = gateCluster(gateInput(rows, heads.length, d), o.gate);
    }
    return f.accepted && f.path === 'flagged' ? { rows, core: heads, blockCols: [...block], features: f } : undefined;
  };
  const splitOptions = (): SplitOptions => ({
    minAccounts: o.gate.minAccounts, resolution: o.louvainResolution, weightPower: o.louvainWeightPower,
    minCrossToInternal: o.mergeCrossToInternal, specificShare: o.gate.specificShare, maxPoolOverlap: o.maxPoolOverlap, rng: mulberry32(o.seed),
    ...(o.communityEngine ? { engine: o.communityEngine } : {}),
  });
  const flaggedCore = (members: readonly number[], features: ClusterFeatures): GraphCluster | undefined => {
    if (features.flaggedShare >= o.gate.flaggedHydraShare) return undefined;
    if (features.accepted && !collectiveEvidence(features.path)) return undefined;
    return hydraOf(members, true, features.density);
  };

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
      const kinds = kindsOf(blockSet);
      // The peel's block can hold ordinary accounts that share a good part of its columns (users of
      // the same public prompts). A core account whose behaviour overlap with the block is far below
      // the core's median keeps its place only if it passes the ordinary join test.
      const coreOverlap = core.map((r) => overlapShare(r, blockSet, kinds, true));
      const medOverlap = median(Float64Array.from(coreOverlap));
      const keepCore = new Set(core.filter((r, i) => (coreOverlap[i] as number) >= o.coreKeepRatio * medOverlap || joins(r, blockSet, kinds)));
      let members = remaining.filter((r) => keepCore.has(r) || (!coreSet.has(r) && joins(r, blockSet, kinds)));
      const gateRows = (rows: readonly number[]): GateInput => gateInput(rows, core.length, pr.bestDensity);
      let features = gateCluster(gateRows(members), o.gate);
      const collectivePath = (): boolean => features.accepted && collectiveEvidence(features.path);
      const leave = (out: ReadonlySet<number>): void => {
        members = members.filter((r) => !out.has(r));
        for (const r of out) noGrow.add(r);
        features = gateCluster(gateRows(members), o.gate);
      };
      // A group working in lockstep (classroom, evaluator team) caught next to the heads does not
      // ride along on their evidence: it leaves, and the rest is gated again. Members individually
      // flagged (the flagged path) stand on their own scores.
      if (collectivePath()) {
        const lock = lockstepRows(g, members, g.nRows, o.gate, features.path !== 'collective');
        if (lock.size > 0) leave(lock);
      }
      // Nor does one customer's group of accounts under a declared organisation, nor an account far
      // broader than the cluster's typical member (gate-riders.ts).
      for (const riders of [orgGroupRows, broadRows]) {
        if (!collectivePath()) break;
        const out = riders(gateRows(members), o.gate);
        if (out.size > 0) leave(out);
      }
      // Nor do customers tied by content alone (gate-riders.ts contentOnlyRows) to a cluster that holds
      // flagged heads (as a hydra: only those with nothing of their own). In a cluster with no
      // flagged member, shared wording is the fleet's evidence (measured in session 8: applying the
      // rule there too delays and thins the alerts of a fleet that copies customers' prompts).
      if (features.accepted && features.flaggedShare > 0) {
        const content = contentOnlyRows(gateRows(members), o.gate, !collectivePath());
        if (content.size > 0) leave(content);
      }
      // A hydra of flagged heads inside a wider community that does not carry them (rejected, or
      // carried by collective evidence where they are a minority: another fleet sending the same
      // wrappers, a reseller's customers) is tried on its own: the flagged members, and the others
      // that behave like them on the columns they hold mostly. Accepted as a hydra, it is a cluster
      // of its own, and the rest is gated again without it.
      const heads = flaggedCore(members, features);
      if (heads) {
        const id = clusters.length;
        for (const r of heads.rows) assigned[r] = id;
        clusters.push(heads);
        splitOff.add(id);
        const headSet = new Set(heads.rows);
        members = members.filter((r) => !headSet.has(r));
        features = gateCluster(gateRows(members), o.gate);
        remaining = remaining.filter((r) => !headSet.has(r));
      }
      // Two operations in one block (two actors' campaigns sharing public prompts and proxy networks):
      // each part that stands alone as a flagged hydra is a cluster of its own (split-operations.ts),
      // and parts of one block are not absorbed into each other when clusters grow (step 4).
      const parts = o.splitOperations && features.accepted && features.path === 'flagged'
        ? splitOperations(g, members, (rows) => gateCluster(gateRows(rows), o.gate), syncTied, splitOptions())
        : undefined;
      if (parts) {
        const group = clusters.length;
        for (const part of parts.slice(1)) {
          const set = new Set(part);
          const id = clusters.length;
          for (const r of part) assigned[r] = id;
          clusters.push({ rows: part, core: core.filter((r) => set.has(r)), blockCols: specificTo(set), features: gateCluster(gateRows(part), o.gate) });
          operationOf.set(id, group);
        }
        members = parts[0] as number[];
        features = gateCluster(gateRows(members), o.gate);
        operationOf.set(clusters.length, group);
      }
      // A relay (which the steps above may have made one only now) holds its members to its rule.
      const offRelay = features.accepted ? offRelayRows(gateRows(members), o.gate, features.path) : undefined;
      if (offRelay && offRelay.size > 0) leave(offRelay);
      const id = clusters.length;
      for (const r of members) assigned[r] = features.accepted ? id : -2 - id;
      clusters.push({ rows: members, core, blockCols: specific, features });
      const memberSet = new Set(parts ? parts.flat() : members);
      remaining = remaining.filter((r) => !memberSet.has(r));
    }
    // Flagged accounts the community's blocks left out (its peel took a larger block first, and the
    // next blocks were others: a small campaign inside a large hydra's community) are tried as a hydra
    // of their own, as flaggedCore tries them inside a cluster (session 6).
    // Leftovers may be of several operations (a few heads the large hydra's block missed beside a
    // small campaign): only their parts that stand alone are campaigns; the rest stays unassigned,
    // for step 4 to grow back into the hydra it belongs to.
    const left = hydraOf(remaining.filter((r) => assigned[r] === -1), false);
    if (left) {
      const density = left.features.density;
      const gateLeft = (rows: readonly number[]) => gateCluster(gateInput(rows, rows.filter((r) => inp.flagged(r)).length, density), o.gate);
      const parts = o.splitOperations && left.rows.length >= 2 * o.gate.minAccounts ? standingParts(g, left.rows, gateLeft, splitOptions()).standing : [left.rows];
      for (const rows of parts) {
        const id = clusters.length;
        const set = new Set(rows);
        for (const r of rows) assigned[r] = id;
        clusters.push(rows === left.rows ? left : { rows, core: left.core.filter((r) => set.has(r)), blockCols: specificTo(set), features: gateLeft(rows) });
        splitOff.add(id);
      }
    }
  }

  // 4. Grow accepted clusters (largest first) beyond their community: accounts whose behaviour lies
  // on the block's template columns (quiet heads of the same hydra, or heads that Louvain put with
  // ordinary users), never through infrastructure alone. Rows of rejected clusters may join; an
  // accepted cluster whose rows mostly behave like a larger one is absorbed into it.
  const order = clusters.map((_, i) => i).filter((i) => clusters[i]!.features.accepted).sort((a, b) => clusters[b]!.rows.length - clusters[a]!.rows.length);
  const absorbed = new Set<number>();
  for (const id of order) {
    if (absorbed.has(id)) continue;
    const cl = clusters[id] as GraphCluster;
    const blockSet = new Set(cl.blockCols);
    const kinds = kindsOf(blockSet);
    const seen = new Set<number>();
    const grown: number[] = [];
    let grew = false;
    for (const c of cl.blockCols) {
      if (!isTemplateLike(c)) continue;
      const deg = (g.colPtr[c + 1] as number) - (g.colPtr[c] as number);
      if (deg > o.expandMaxDegree) continue;
      for (let p = g.colPtr[c] as number; p < (g.colPtr[c + 1] as number); p++) {
        const r = g.colRows[p] as number;
        const at = assigned[r] as number;
        if (at >= 0 || seen.has(r) || noGrow.has(r)) continue;
        seen.add(r);
        if (joins(r, blockSet, kinds)) {
          assigned[r] = id;
          cl.rows.push(r);
          grown.push(r);
          grew = true;
        }
      }
    }
    for (const other of order) {
      if (other === id || absorbed.has(other)) continue;
      const ob = clusters[other] as GraphCluster;
      if (ob.rows.length > cl.rows.length) continue;
      if (splitOff.has(other) && cl.features.flaggedShare < o.gate.flaggedHydraShare) continue;
      if (operationOf.has(other) && operationOf.get(other) === operationOf.get(id)) continue;
      // Nor is a flagged hydra with a template pool of its own absorbed (split-operations.ts).
      if (o.splitOperations && ob.features.path === 'flagged' && poolOverlap(g, ob.rows, [...cl.rows, ...ob.rows]) <= o.maxPoolOverlap && !syncTied(cl.rows, ob.rows)) continue;
      const like = ob.rows.filter((r) => joins(r, blockSet, kinds)).length;
      if (like * 2 < ob.rows.length && !syncTied(cl.rows, ob.rows)) continue;
      for (const r of ob.rows) {
        assigned[r] = id;
        cl.rows.push(r);
        // A relay holds what it absorbs to its rider rules too (another path's riders are not its heads).
        if (cl.features.path === 'relay') grown.push(r);
      }
      absorbed.add(other);
      grew = true;
    }
    if (grew) {
      // Accounts grown in one by one are held to step 3's rule: riders tied to a cluster with flagged
      // heads by content alone (an evaluator running the benchmark it sweeps) do not stay.
      // Nor do accounts far broader than the cluster's typical member ride a collective one (broadRows).
      if (grown.length > 0 && (cl.features.flaggedShare > 0 || collectiveEvidence(cl.features.path))) {
        const out = grownRiders(gateInput(cl.rows, cl.core.length, cl.features.density), o.gate, grown, cl.features);
        if (out.length > 0) {
          const drop = new Set(out);
          for (const r of out) {
            assigned[r] = -1;
            noGrow.add(r);
          }
          cl.rows.splice(0, cl.rows.length, ...cl.rows.filter((r) => !drop.has(r)));
        }
      }
      // Rejected clusters that lost rows keep their (now stale) features; only accepted ones matter.
      const features = gateCluster(gateInput(cl.rows, cl.core.length, cl.features.density), o.gate);
      clusters[id] = { ...cl, features: { ...features, accepted: true, path: features.path === 'none' ? cl.features.path : features.path } };
    }
  }
  for (const i of absorbed) {
    const ob = clusters[i] as GraphCluster;
    clusters[i] = { ...ob, rows: [], features: { ...ob.features, accepted: false } };
  }
  // Rejected clusters give up rows that joined an accepted one.
  for (let i = 0; i < clusters.length; i++) {
    const cl = clusters[i] as GraphCluster;
    if (cl.features.accepted) continue;
    const kept = cl.rows.filter((r) => (assigned[r] as number) < 0);
    if (kept.length !== cl.rows.length) clusters[i] = { ...cl, rows: kept };
  }
  return { clusters, coreThreshold, candidates: cand.length };
}
