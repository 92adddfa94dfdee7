// link: LinkIndex + account scores → campaigns. Builds the account × indicator graph with rarity
// weights (graph-from-index.ts), clusters it (cluster-graph.ts: FRAUDAR peeling + Louvain + gate),
// and turns accepted clusters into Campaign objects with ids stable across re-links.
import type { AccountId, CampaignId } from '../schema/index.js';
import { type BuildOptions, type BipartiteGraph, DEFAULT_BUILD_OPTIONS } from './bipartite.js';
import { type CampaignBuildOptions, DEFAULT_CAMPAIGN_BUILD_OPTIONS, buildCampaign } from './campaign.js';
import { type ClusterOptions, clusterGraph } from './cluster-graph.js';
import { DEFAULT_GATE_OPTIONS } from './gate.js';
import { graphFromIndex } from './graph-from-index.js';
import { hash32 } from './hash.js';
import { INDICATOR_KINDS } from './indicators.js';
import type { AccountLink, LinkIndex } from './link-index.js';
import type { AccountScore, Campaign, ClusterFeatures } from './types.js';

export interface LinkOptions extends ClusterOptions {
  readonly build: BuildOptions;
  readonly campaign: CampaignBuildOptions;
  /** Weight of an account's score as FRAUDAR node prior (added to its marginal). */
  readonly priorWeight: number;
  /** Campaign ids of a previous run (streaming): a cluster keeps the id most of its members had. */
  readonly previous?: ReadonlyMap<AccountId, CampaignId>;
  /**
   * Accounts of every campaign reported so far in this run, by campaign (streaming). Hysteresis: a
   * cluster at least retainShare of whose rows were reported in campaigns stays a campaign while its campaign
   * score and relative density stay above retainScore and retainDensity, below the gate's thresholds
   * (a hydra's later heads dilute its mean; the fleet is still the fleet). It keeps the campaign's
   * earlier members and any member detect flags; new unflagged heads join only through the gate.
   */
  readonly reported?: ReadonlyMap<AccountId, CampaignId>;
  readonly retainShare: number;
  readonly retainScore: number;
  readonly retainDensity: number;
  /** Event time "now" for active/dormant; defaults to the index's latest event. */
  readonly nowMs?: number;
  /**
   * Keep the column dictionary and per-account column lists between re-links of the same index and
   * re-read only accounts whose indicator samples changed (graph-from-index.ts). Off: build from scratch.
   */
  readonly reuseGraph: boolean;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = Object.freeze({
  build: DEFAULT_BUILD_OPTIONS,
  gate: DEFAULT_GATE_OPTIONS,
  campaign: DEFAULT_CAMPAIGN_BUILD_OPTIONS,
  priorWeight: 1,
  coreMin: 1,
  coreMadK: 0,
  allCandidatesUpTo: 0,
  maxCandidates: 20_000,
  louvainResolution: 1,
  communityEngine: 'typed',
  louvainWeightPower: 1,
  splitMinRows: 64,
  mergeCrossToInternal: 0.5,
  splitOperations: true,
  maxPoolOverlap: 0.5,
  memberShare: 0.4,
  flaggedScore: 0.5,
  coreKeepRatio: 0.5,
  blocksPerCommunity: 3,
  expandMaxDegree: 20_000,
  syncTieShare: 0.8,
  syncTieMinCols: 3,
  syncTieExclusive: 0.8,
  seed: 42,
  reuseGraph: true,
  retainShare: 1 / 3,
  retainScore: 0.35,
  retainDensity: 0.6,
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

/** Kind index → 1 for the families that say "behaves alike" (not merely "uses the same network"). */
export function behaviourKinds(index: LinkIndex): Uint8Array {
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
  const { graph: g, accountIds, colKeys } = graphFromIndex(index, (id) => o.priorWeight * scoreOf(id), index.options.kinds, o.build, o.reuseGraph);
  const links: AccountLink[] = accountIds.map((id) => index.accounts.get(id) as AccountLink);
  const rowScore = Float64Array.from(accountIds, scoreOf);
  const { clusters, coreThreshold, candidates } = clusterGraph(
    g,
    {
      score: (r) => rowScore[r] as number,
      flagged: (r) => (scores.get(accountIds[r] as AccountId)?.verdict ?? 'benign') !== 'benign',
      explained: (r) => scores.get(accountIds[r] as AccountId)?.explained ?? 0,
      link: (r) => links[r],
      behaviourKinds: behaviourKinds(index),
    },
    o,
  );

  const nowMs = o.nowMs ?? index.maxMs;
  const ctx = { modelFirstMs: index.modelFirstMs, asOrgs: index.asOrgs, minMs: index.minMs, nowMs };
  const campaigns: Campaign[] = [];
  const memberships = new Map<AccountId, CampaignId>();
  const usedIds = new Set<CampaignId>();
  const idsOf = (rows: readonly number[]) => rows.map((r) => accountIds[r] as AccountId);
  const flaggedRow = (r: number): boolean => (scores.get(accountIds[r] as AccountId)?.verdict ?? 'benign') !== 'benign';
  const chosen: { rows: readonly number[]; core: readonly number[]; blockCols: readonly number[]; features: ClusterFeatures; id?: CampaignId }[] = clusters.filter((c) => c.features.accepted);
  // Reported campaigns that go on in clusters the gate accepts now (several of their settled accounts
  // are there, under whatever id): a part that split off from one of them is a fragment, kept only if
  // it holds evidence of its own (below).
  const continuing = continuingCampaigns(chosen, accountIds, o);
  for (const cl of clusters) {
    if (cl.features.accepted) continue;
    const kept = retainedRows(cl.rows, cl.features, accountIds, o, flaggedRow, continuing);
    if (!kept) continue;
    const inKept = new Set(kept.rows);
    chosen.push({ ...cl, rows: kept.rows, core: cl.core.filter((r) => inKept.has(r)), features: { ...cl.features, path: 'retained', accepted: true }, id: kept.id });
  }
  chosen.sort((a, b) => b.rows.length - a.rows.length);
  for (const cl of chosen) {
    const id = cl.id !== undefined && !usedIds.has(cl.id) ? cl.id : pickId(idsOf(cl.rows), idsOf(cl.core), o.previous, usedIds);
    usedIds.add(id);
    const shared = sharedIndicators(g, cl.rows, cl.blockCols, colKeys);
    const members = cl.rows.map((r) => links[r] as AccountLink);
    const campaign = buildCampaign(id, members, idsOf(cl.core), cl.features, shared, ctx, o.campaign);
    campaigns.push(campaign);
    for (const a of campaign.account_ids) memberships.set(a, id);
  }
  return {
    campaigns,
    memberships,
    clusters: clusters.map((c) => ({ account_ids: idsOf(c.rows), features: c.features })),
    coreThreshold,
    candidates,
    rows: g.nRows,
    columns: g.nCols,
    edges: g.rowCols.length,
  };
}

/** Links accounts into campaigns. See linkAccountsDetailed (also linkAccounts.detailed) for the explained variant. */
export function linkAccounts(index: LinkIndex, scores: ReadonlyMap<AccountId, AccountScore>, options: Partial<LinkOptions> = {}): LinkResult {
  const { campaigns, memberships } = linkAccountsDetailed(index, scores, options);
  return { campaigns, memberships };
}
linkAccounts.detailed = linkAccountsDetailed;

/**
 * The rows a not-accepted cluster keeps as an already-reported campaign (hysteresis), if any: when
 * most of its rows were reported in campaigns (whatever ids they had: a re-linked fleet's id can
 * change), it keeps them, and the rows detect flags, under the id most of them had.
 */
function retainedRows(
  rows: readonly number[],
  f: ClusterFeatures,
  accountIds: readonly AccountId[],
  o: LinkOptions,
  flagged: (r: number) => boolean,
  continuing: ReadonlySet<CampaignId>,
): { id: CampaignId; rows: number[] } | undefined {
  if (!o.reported || f.campaignScore < o.retainScore || f.relativeDensity < o.retainDensity) return undefined;
  // Without a member flagged on its own, what keeps the cluster is collective evidence, so the gate's
  // refusals of collective evidence hold here too: a team in lockstep (a classroom whose assignment
  // filled in) or one organisation's accounts are not kept.
  const anyFlagged = f.flaggedShare > 0;
  if (!anyFlagged && (f.lockstep > o.gate.collectiveMaxLockstep || f.oneOrg >= o.gate.oneOrgShare)) return undefined;
  const reported = o.reported;
  const kept = rows.filter((r) => reported.has(accountIds[r] as AccountId));
  if (kept.length < Math.max(o.gate.minAccounts, o.retainShare * rows.length)) return undefined;
  const [best] = topVote(kept.map((r) => reported.get(accountIds[r] as AccountId) as CampaignId));
  // A part with no flagged member split from a campaign that goes on (accepted now) is what the
  // campaign once swept up (customers sending the same texts), not the fleet diluted by new heads.
  if (best === undefined || (!anyFlagged && continuing.has(best))) return undefined;
  const keep = new Set(kept);
  return { id: best, rows: rows.filter((r) => keep.has(r) || flagged(r)) };
}

/** Reported campaigns with at least minAccounts of their settled accounts in the accepted clusters. */
function continuingCampaigns(accepted: readonly { rows: readonly number[] }[], accountIds: readonly AccountId[], o: LinkOptions): Set<CampaignId> {
  const n = new Map<CampaignId, number>();
  for (const cl of accepted)
    for (const r of cl.rows) {
      const c = o.reported?.get(accountIds[r] as AccountId);
      if (c !== undefined) n.set(c, (n.get(c) ?? 0) + 1);
    }
  return new Set([...n].filter(([, k]) => k >= o.gate.minAccounts).map(([c]) => c));
}

/** The most frequent id and its count (ties: the smaller id, so a re-run picks the same). */
function topVote(ids: Iterable<CampaignId>): [CampaignId | undefined, number] {
  const votes = new Map<CampaignId, number>();
  for (const c of ids) votes.set(c, (votes.get(c) ?? 0) + 1);
  let best: CampaignId | undefined;
  let bestN = 0;
  for (const [c, n] of votes) if (n > bestN || (n === bestN && best !== undefined && c < best)) [best, bestN] = [c, n];
  return [best, bestN];
}

function pickId(
  members: readonly AccountId[],
  core: readonly AccountId[],
  previous: ReadonlyMap<AccountId, CampaignId> | undefined,
  used: ReadonlySet<CampaignId>,
): CampaignId {
  if (previous) {
    const ids: CampaignId[] = [];
    for (const a of members) {
      const p = previous.get(a);
      if (p !== undefined && !used.has(p)) ids.push(p);
    }
    const [best] = topVote(ids);
    if (best !== undefined) return best;
  }
  const anchor = [...core].sort()[0] ?? [...members].sort()[0] ?? '';
  let id = `camp-${hash32(anchor).toString(16).padStart(8, '0')}` as CampaignId;
  for (let k = 1; used.has(id); k++) id = `camp-${hash32(`${anchor}#${k}`).toString(16).padStart(8, '0')}` as CampaignId;
  return id;
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
