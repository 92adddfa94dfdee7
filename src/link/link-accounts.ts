// link: LinkIndex + account scores → campaigns. Pipeline: bipartite account × indicator graph with
// rarity weights → global FRAUDAR peeling (core values; camouflage edges to benign accounts peel off
// early) → candidates above a robust core threshold → Louvain communities among candidates → per
// community, repeated peeling for dense blocks → members that behave like the block → campaign gate.
import type { AccountId, CampaignId } from '../schema/index.js';
import { type BuildOptions, type BipartiteGraph, DEFAULT_BUILD_OPTIONS, inducedSubgraph } from './bipartite.js';
import { type CampaignBuildOptions, DEFAULT_CAMPAIGN_BUILD_OPTIONS, buildCampaign } from './campaign.js';
import { candidateCommunities, mergeCommunities } from './communities.js';
import { type GateOptions, DEFAULT_GATE_OPTIONS, gateCluster } from './gate.js';
import { graphFromIndex } from './graph-from-index.js';
import { hash32 } from './hash.js';
import { INDICATOR_KINDS, KIND_INDEX } from './indicators.js';
import type { AccountLink, LinkIndex } from './link-index.js';
import { peel } from './peel.js';
import { mulberry32 } from './rng.js';
import type { AccountScore, Campaign, ClusterFeatures } from './types.js';

export interface LinkOptions {
  readonly build: BuildOptions;
  readonly gate: GateOptions;
  readonly campaign: CampaignBuildOptions;
  /** Weight of an account's score as FRAUDAR node prior (added to its marginal). */
  readonly priorWeight: number;
  /** Candidates need a peeling core value of at least max(coreMin, median + coreMadK · MAD). */
  readonly coreMin: number;
  readonly coreMadK: number;
  /** Bound on candidates (highest core values first) to keep community detection cheap. */
  readonly maxCandidates: number;
  readonly louvainResolution: number;
  /** Components with fewer candidate accounts are not split by Louvain. */
  readonly splitMinRows: number;
  /** A non-core account joins when this share of its behavioural indicator weight lies on the block. */
  readonly memberShare: number;
  /** An account scored at least this joins on any-indicator overlap share alone. */
  readonly flaggedScore: number;
  /** Louvain communities sharing this much specific behavioural weight per account are one cluster. */
  readonly mergeSharedPerAccount: number;
  /** Dense blocks looked for per community (FRAUDAR's repeated detection). */
  readonly blocksPerCommunity: number;
  /** Grow members beyond candidates through block template columns of at most this degree. */
  readonly expandMaxDegree: number;
  readonly seed: number;
  /** Campaign ids of a previous run (streaming): a cluster keeps the id most of its members had. */
  readonly previous?: ReadonlyMap<AccountId, CampaignId>;
  /** Event time "now" for active/dormant; defaults to the index's latest event. */
  readonly nowMs?: number;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = Object.freeze({
  build: DEFAULT_BUILD_OPTIONS,
  gate: DEFAULT_GATE_OPTIONS,
  campaign: DEFAULT_CAMPAIGN_BUILD_OPTIONS,
  priorWeight: 1,
  coreMin: 1,
  coreMadK: 3,
  maxCandidates: 200_000,
  louvainResolution: 1,
  splitMinRows: 64,
  memberShare: 0.4,
  flaggedScore: 0.5,
  mergeSharedPerAccount: 0.5,
  blocksPerCommunity: 3,
  expandMaxDegree: 20_000,
  seed: 42,
});

export interface LinkResult {
  readonly campaigns: Campaign[];
  readonly memberships: Map<AccountId, CampaignId>;
}

export interface LinkDetailedResult extends LinkResult {
  /** Every cluster the gate looked at, accepted or not, with its members (for explanations and tests). */
  readonly clusters: { readonly account_ids: readonly AccountId[]; readonly features: ClusterFeatures }[];
  readonly coreThreshold: number;
  readonly candidates: number;
  readonly rows: number;
  readonly columns: number;
  readonly edges: number;
}

function median(xs: Float64Array): number {
  if (xs.length === 0) return 0;
  const s = Float64Array.from(xs).sort();
  return s[s.length >> 1] as number;
}

/** The families that say "behaves alike" (not merely "uses the same network"). */
function behaviourMask(index: LinkIndex): Uint8Array {
  const m = new Uint8Array(INDICATOR_KINDS.length);
  INDICATOR_KINDS.forEach((k, i) => {
    const fam = index.options.kinds[k].family;
    m[i] = fam === 'behaviour' || fam === 'synchrony' ? 1 : 0;
  });
  return m;
}

export function linkAccountsDetailed(
  index: LinkIndex,
  scores: ReadonlyMap<AccountId, AccountScore>,
  options: Partial<LinkOptions> = {},
): LinkDetailedResult {
  const o: LinkOptions = { ...DEFAULT_LINK_OPTIONS, ...options };
  const scoreOf = (id: AccountId): number => scores.get(id)?.score ?? 0;
  const { graph: g, accountIds, colKeys } = graphFromIndex(index, (id) => o.priorWeight * scoreOf(id), index.options.kinds, o.build);
  const links: AccountLink[] = accountIds.map((id) => index.accounts.get(id) as AccountLink);
  const behaviour = behaviourMask(index);
  const isTemplateLike = (c: number): boolean => g.colKind[c] === KIND_INDEX.template || g.colKind[c] === KIND_INDEX.template_hour;

  // 1. Global peeling → core values; robust threshold over accounts that have any link.
  const global = peel(g);
  const linked: number[] = [];
  for (let r = 0; r < g.nRows; r++) if ((g.rowPtr[r + 1] as number) > (g.rowPtr[r] as number)) linked.push(global.core[r] as number);
  const coreVals = Float64Array.from(linked);
  const med = median(coreVals);
  const mad = median(coreVals.map((v) => Math.abs(v - med)));
  const coreThreshold = Math.max(o.coreMin, med + o.coreMadK * mad);
  let cand: number[] = [];
  // Accounts already flagged by their own behaviour are candidates whatever their core value: they
  // only need linking.
  for (let r = 0; r < g.nRows; r++)
    if (
      (global.core[r] as number) >= coreThreshold ||
      (scoreOf(accountIds[r] as AccountId) >= o.flaggedScore && (g.rowPtr[r + 1] as number) > (g.rowPtr[r] as number))
    )
      cand.push(r);
  if (cand.length > o.maxCandidates) cand = cand.sort((a, b) => (global.core[b] as number) - (global.core[a] as number)).slice(0, o.maxCandidates);

  // 2. Communities among candidates.
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
  const clusters: { account_ids: AccountId[]; features: ClusterFeatures; rows: number[]; core: number[]; blockCols: number[] }[] = [];
  const overlapShare = (r: number, block: Set<number>, behaviourOnly: boolean): number => {
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
  const joins = (r: number, block: Set<number>): boolean =>
    overlapShare(r, block, true) >= o.memberShare ||
    (scoreOf(accountIds[r] as AccountId) >= o.flaggedScore && overlapShare(r, block, false) >= o.memberShare);

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
      const id = clusters.length;
      const features = gateCluster(
        { g, rows: members, coreRows: core.length, density: pr.bestDensity, links, accountIds, scores, totalRows: g.nRows },
        o.gate,
      );
      for (const r of members) assigned[r] = features.accepted ? id : -2 - id;
      clusters.push({ account_ids: members.map((r) => accountIds[r] as AccountId), features, rows: members, core, blockCols: specific });
      const memberSet = new Set(members);
      remaining = remaining.filter((r) => !memberSet.has(r));
    }
  }

  // 4. Grow accepted clusters beyond the candidates: accounts whose behaviour lies on the block's
  // template columns (new or quiet heads of the same hydra), never through infrastructure alone.
  for (let id = 0; id < clusters.length; id++) {
    const cl = clusters[id]!;
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
          cl.account_ids.push(accountIds[r] as AccountId);
        }
      }
    }
  }

  // 5. Campaign objects with stable ids.
  const nowMs = o.nowMs ?? index.maxMs;
  const ctx = { modelFirstMs: index.modelFirstMs, asOrgs: index.asOrgs, minMs: index.minMs, nowMs };
  const campaigns: Campaign[] = [];
  const memberships = new Map<AccountId, CampaignId>();
  const usedIds = new Set<CampaignId>();
  const accepted = clusters.filter((c) => c.features.accepted).sort((a, b) => b.rows.length - a.rows.length);
  for (const cl of accepted) {
    const id = pickId(cl.account_ids, cl.core.map((r) => accountIds[r] as AccountId), o.previous, usedIds);
    usedIds.add(id);
    const shared = sharedIndicators(g, cl.rows, cl.blockCols, colKeys);
    const members = cl.rows.map((r) => links[r] as AccountLink);
    const campaign = buildCampaign(id, members, cl.core.map((r) => accountIds[r] as AccountId), cl.features, shared, ctx, o.campaign);
    campaigns.push(campaign);
    for (const a of campaign.account_ids) memberships.set(a, id);
  }
  return {
    campaigns,
    memberships,
    clusters: clusters.map((c) => ({ account_ids: c.account_ids, features: c.features })),
    coreThreshold,
    candidates: cand.length,
    rows: g.nRows,
    columns: g.nCols,
    edges: g.rowCols.length,
  };
}

/** Links accounts into campaigns. See linkAccountsDetailed for the explained variant. */
export function linkAccounts(index: LinkIndex, scores: ReadonlyMap<AccountId, AccountScore>, options: Partial<LinkOptions> = {}): LinkResult {
  const { campaigns, memberships } = linkAccountsDetailed(index, scores, options);
  return { campaigns, memberships };
}
linkAccounts.detailed = linkAccountsDetailed;

function pickId(
  members: readonly AccountId[],
  core: readonly AccountId[],
  previous: ReadonlyMap<AccountId, CampaignId> | undefined,
  used: ReadonlySet<CampaignId>,
): CampaignId {
  if (previous) {
    const votes = new Map<CampaignId, number>();
    for (const a of members) {
      const p = previous.get(a);
      if (p !== undefined && !used.has(p)) votes.set(p, (votes.get(p) ?? 0) + 1);
    }
    let best: CampaignId | undefined;
    let bestN = 0;
    for (const [p, n] of votes) if (n > bestN || (n === bestN && best !== undefined && p < best)) [best, bestN] = [p, n];
    if (best !== undefined) return best;
  }
  const anchor = [...core].sort()[0] ?? [...members].sort()[0] ?? '';
  let id = `camp-${hash32(anchor).toString(16).padStart(8, '0')}` as CampaignId;
  for (let k = 1; used.has(id); k++) id = `camp-${hash32(`${anchor}#${k}`).toString(16).padStart(8, '0')}` as CampaignId;
  return id;
}

function specificColumns(g: BipartiteGraph, cols: readonly number[], core: ReadonlySet<number>, minShare: number, minLift: number): number[] {
  const coreShare = core.size / Math.max(1, g.nRows);
  const out: number[] = [];
  for (const c of cols) {
    let k = 0;
    const from = g.colPtr[c] as number;
    const to = g.colPtr[c + 1] as number;
    for (let p = from; p < to; p++) if (core.has(g.colRows[p] as number)) k++;
    const share = k / Math.max(1, to - from);
    if (k >= 2 && (share >= minShare || share >= minLift * coreShare)) out.push(c);
  }
  return out;
}

function sharedIndicators(g: BipartiteGraph, rows: readonly number[], blockCols: readonly number[], colKeys: readonly string[]): Campaign['shared_indicators'] {
  const memberSet = new Set(rows);
  const out: { key: string; accounts: number; weight: number }[] = [];
  for (const c of blockCols) {
    let k = 0;
    for (let p = g.colPtr[c] as number; p < (g.colPtr[c + 1] as number); p++) if (memberSet.has(g.colRows[p] as number)) k++;
    if (k >= 2) out.push({ key: readableKey(colKeys[c] as string), accounts: k, weight: Math.round(k * (g.colWeight[c] as number) * 1000) / 1000 });
  }
  return out.sort((a, b) => b.weight - a.weight).slice(0, 20);
}

/** "<kindIndex>|value" → "kind:value". */
function readableKey(key: string): string {
  const bar = key.indexOf('|');
  const kind = INDICATOR_KINDS[Number(key.slice(0, bar))] ?? 'unknown';
  return `${kind}:${key.slice(bar + 1)}`;
}
