// link: the campaign gate. A linked cluster becomes a campaign only with enough suspicious mass: its
// members' scores combined with collective behaviour no single account shows (many accounts sharing
// many templates, acting in the same windows, spread over many networks, eliciting reasoning). This is
// what lifts a low-and-slow campaign of individually mild accounts, and what a NAT'd enterprise or a
// classroom (one place, one assignment, ordinary behaviour) lacks.
import type { BipartiteGraph } from './bipartite.js';
import { KIND_INDEX } from './indicators.js';
import type { AccountLink } from './link-index.js';
import type { ClusterFeatures } from './types.js';
import { headTurnover } from './turnover.js';

export interface GateOptions {
  /** Fewer members is never a campaign. */
  readonly minAccounts: number;
  /** A column counts as shared inside the cluster when at least this many members hold it. */
  readonly minSharedBy: number;
  /**
   * A shared column is specific to the cluster when members are at least `specificShare` of its
   * accounts and at least `specificLift` times their share of all accounts (the second matters only
   * for a cluster that is a large part of the world). Popular templates and busy hours are not
   * specific; a campaign's template pool, proxy addresses and night windows are.
   */
  readonly specificShare: number;
  readonly specificLift: number;
  /**
   * Share of members that must hold at least one column specific to the cluster: accounts that are
   * each suspicious but share only popular indicators (an ASN, a user agent) are not one campaign.
   */
  readonly minLinkedShare: number;
  /** Weights of the collective terms (each term is in [0,1]). */
  readonly templateWeight: number;
  readonly synchronyWeight: number;
  readonly rotationWeight: number;
  /**
   * Work spread: shared templates ÷ the mean shared templates one member holds. A hydra splits one
   * pool across its heads (spread ≫ 1); a classroom or an evaluator team sends everyone the same
   * items (spread ≈ 1). Saturates at spreadSaturation.
   */
  readonly spreadWeight: number;
  readonly spreadSaturation: number;
  readonly elicitationWeight: number;
  /** Templates shared by this many (log scale) saturate the template term. */
  readonly templatesSaturation: number;
  /** Collective evidence needs many heads: the term scales with log(members)/log(this). */
  readonly hydraSize: number;
  /**
   * The block's FRAUDAR density must reach this multiple of the median account core value: a
   * campaign is denser than what an ordinary account's neighbourhood supports. Groups of ordinary
   * users who happen to share popular prompts are sparse by this measure; the collective term is
   * also scaled down by the shortfall.
   */
  readonly minRelativeDensity: number;
  /** Campaign score 1 − (1 − mean member score)(1 − collective) must reach this. */
  readonly minCampaignScore: number;
  /**
   * A shared template counts as evidence with weight idf = log(accounts / holders) ÷ log(accounts /
   * minSharedBy) (1 for a template only a handful of accounts send, 0 for one everyone sends); templates
   * held by more than this share of all accounts count nothing (popular prompts, follow-ups).
   */
  readonly maxTemplatePopularity: number;
  /**
   * Members individually flagged by detect: at least this share of flagged members (and minLinkedShare
   * linked by specific indicators) makes a hydra whose relative density need not reach
   * minRelativeDensity (a small campaign's block is bounded by its size, not its density).
   */
  readonly flaggedHydraShare: number;
  /**
   * Collective evidence alone (fewer flagged members than flaggedHydraShare) needs this many
   * independent specific families among: rare shared templates, synchrony on them, infrastructure
   * (specific addresses or proxy rotation).
   */
  readonly minCollectiveFamilies: number;
  /** A family is present when its coverage (share of members) reaches this. */
  readonly familyCoverage: number;
  /**
   * Split work in lockstep: one client feeding one pool of work to many heads at once. Accepted on
   * collective evidence before the heads' own scores rise (early alerts) when, besides the collective
   * path's density and two families, most members (≥ splitCoverage) hold the cluster's rare shared
   * templates AND at least splitSynchrony of them act in its synchrony windows, the typical member
   * holds at most splitMaxLockstep of the shared templates (the pool is divided: a classroom or an
   * evaluator team sends everyone the same items, ≈ 1), and the collective term reaches
   * splitMinCollective.
   */
  readonly splitCoverage: number;
  /**
   * Split work: the share of members acting in the cluster's synchrony windows. Half was measured in
   * session 7 and not taken: it alerted a camouflaged multi-channel fleet at 0.9 % instead of 3.1 % of
   * its traffic, but on one checkpoint where its heads' lockstep dipped to the bar, and it raised a
   * false alert on six API apps sharing four templates 6 h into a look-alike world (docs/linking.md).
   */
  readonly splitSynchrony: number;
  readonly splitMaxLockstep: number;
  readonly splitMinCollective: number;
  /**
   * Collective evidence alone also needs the work divided: the typical member holds at most this share
   * of the cluster's shared templates. A group whose members all send the same items (a classroom, an
   * evaluator team, one company's product on many accounts of its organisation) is one team, not
   * heads splitting a pool; it is a campaign only if its members are flagged on their own.
   */
  readonly collectiveMaxLockstep: number;
  /**
   * A cluster whose members mostly (this share or more) belong to declared organisations, each
   * holding several (minSharedBy) of them, is one customer's accounts or a few customers' (a company
   * running its product on an account per team, region or environment; two companies running the
   * same public app template on the same cloud): their shared work, hours and addresses are those
   * customers', so collective evidence alone (the collective and split-work paths) does not make it a
   * campaign; members flagged on their own still do. A hydra hides its common owner; declaring an
   * org for its heads would hand the provider the switch that stops them together.
   */
  readonly oneOrgShare: number;
  /**
   * In a cluster accepted as a flagged hydra, a member tied by content alone (contentOnlyRows) leaves
   * only when its own score is below this: nothing of its own beyond the prior (0.045 is 1.5 nats
   * above the 1 % prior, the policy's memberMinEvidence). An evaluator running the benchmark the
   * hydra sweeps has nothing; a quiet head that elicits reasoning has some.
   */
  readonly contentOnlyMaxScore: number;
  /**
   * A member of a flagged hydra tied to it by content alone also leaves when this much of its own
   * evidence (log-odds) is explained by costly benign patterns: an evaluator running LLM-as-judge
   * suites over the benchmark a campaign sweeps grades (its own evidence) in bursts (what a harvester
   * pays to avoid). A quiet head of the hydra has evidence nothing explains.
   */
  readonly contentOnlyMaxExplained: number;
  /**
   * A member of a cluster carried by collective evidence whose distinct templates are at least
   * riderBreadthRatio × the cluster's median member's, on at least riderVolumeRatio × its exchanges,
   * leaves it unless flagged on its own (gate-riders.ts broadRows): a hydra spreads its work so that
   * each head stays small. In mimicry seed 1 a reseller rode a fleet's alert at 5.2× and 3.3×; heads of
   * two campaigns caught in one cluster differ by up to 2.7× (docs/linking.md, session 7).
   */
  readonly riderBreadthRatio: number;
  readonly riderVolumeRatio: number;
  /**
   * Relay (turnover.ts): rare shared work divided over many heads (the split-work template bar:
   * coverage ≥ splitCoverage, lockstep ≤ splitMaxLockstep), done by accounts that come and go while it
   * goes on and carry balanced loads. Accepted when the cluster has at least relayMinAccounts heads
   * (members whose load is near the group's, or flagged: turnover.ts headTurnover), has been seen for
   * relayMinSpanDays, its median head was active for at most relayMaxMemberSpan of that span, the
   * robust spread (1.4826 × MAD) of its members' log exchanges per active day is at most
   * relayMaxRateSpread, the median member works at least relayMinRate exchanges per active day (a
   * fleet's heads carry production loads; new customers trying a few of the same example prompts for a
   * day or two also come and go, at a handful each), and its block reaches relayMinRelativeDensity (a
   * relay's heads each live a short while, so each holds fewer columns than a customer present
   * throughout: the block is sparser). What no single account shows and what camouflage of each
   * account does not hide (session 8; read on the heads, session 9).
   */
  readonly relayMinAccounts: number;
  readonly relayMinSpanDays: number;
  readonly relayMaxMemberSpan: number;
  readonly relayMaxRateSpread: number;
  readonly relayMinRate: number;
  readonly relayMinRelativeDensity: number;
  /**
   * In a relay, an unflagged member present for more than relayRiderSpan of the cluster's span, or whose
   * log load is more than relayRateOutlier robust standard deviations off the median member's, is not
   * one of its heads (gate-riders.ts offRelayRows).
   */
  readonly relayRiderSpan: number;
  readonly relayRateOutlier: number;
}

export const DEFAULT_GATE_OPTIONS: GateOptions = Object.freeze({
  minAccounts: 3,
  minSharedBy: 3,
  specificShare: 0.5,
  specificLift: 2,
  minLinkedShare: 0.5,
  templateWeight: 0.3,
  synchronyWeight: 0.2,
  rotationWeight: 0.2,
  spreadWeight: 0.2,
  spreadSaturation: 8,
  elicitationWeight: 0.3,
  templatesSaturation: 200,
  hydraSize: 8,
  minRelativeDensity: 0.9,
  minCampaignScore: 0.5,
  maxTemplatePopularity: 0.1,
  flaggedHydraShare: 0.6,
  minCollectiveFamilies: 2,
  familyCoverage: 0.5,
  splitCoverage: 0.75,
  splitSynchrony: 0.75,
  splitMaxLockstep: 0.6,
  splitMinCollective: 0.3,
  collectiveMaxLockstep: 0.8,
  oneOrgShare: 0.8,
  contentOnlyMaxScore: 0.045,
  contentOnlyMaxExplained: 1,
  riderBreadthRatio: 4,
  riderVolumeRatio: 2,
  relayMinAccounts: 8,
  relayMinSpanDays: 4,
  relayMaxMemberSpan: 0.5,
  relayMaxRateSpread: 0.75,
  relayMinRate: 15,
  relayMinRelativeDensity: 0.6,
  relayRiderSpan: 0.75,
  relayRateOutlier: 3.5,
});

export interface GateInput {
  readonly g: BipartiteGraph;
  /** Global row ids of the members. */
  readonly rows: readonly number[];
  readonly coreRows: number;
  readonly density: number;
  /** Score in [0,1] and whether detect flagged the account (verdict above benign), by row. */
  readonly score: (row: number) => number;
  readonly flagged: (row: number) => boolean;
  /** Own evidence explained away by costly benign patterns (bursts, repeats), by row; absent: none. */
  readonly explained?: (row: number) => number;
  /** Linking state by row, where there is one (absent on bare graphs, e.g. in the bench). */
  readonly link: (row: number) => AccountLink | undefined;
  /** Accounts in the whole graph (for the lift of a column). */
  readonly totalRows: number;
  /** Median peeling core value over all linked accounts (the density an ordinary account supports). */
  readonly densityRef: number;
}

export function gateCluster(inp: GateInput, o: GateOptions): ClusterFeatures {
  const { g, rows } = inp;
  const n = rows.length;
  let scoreSum = 0;
  let flagged = 0;
  let elic = 0;
  let rotation = 0;
  const orgs = new Map<string, number>();
  for (const r of rows) {
    scoreSum += inp.score(r);
    if (inp.flagged(r)) flagged++;
    const a = inp.link(r);
    if (!a) continue;
    const org = a.registry?.org_id ?? a.sketches[KIND_INDEX.org]?.keys[0];
    if (org) orgs.set(org, (orgs.get(org) ?? 0) + 1);
    if (a.withText > 0) {
      let mx = 0;
      for (const v of a.elicSum) mx = Math.max(mx, v / a.withText);
      elic += mx;
    }
    // Rotation: an account cycling through many networks (a proxy pool's exits), not a home or an
    // office address. Saturates at 5 prefixes.
    rotation += rotationOf(a);
  }
  const minShared = Math.max(o.minSharedBy, 2);
  const { sharedTemplates, templateEvidence, sharedTpl, syncCols, infraCols, specificCols } = clusterColumns(g, rows, inp.totalRows, o);
  let withTpl = 0;
  let withSync = 0;
  let withInfra = 0;
  let linked = 0;
  let heldShared = 0;
  const heldPer: number[] = [];
  for (const r of rows) {
    let held = 0;
    let t = false;
    let s = false;
    let f = false;
    let l = false;
    for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
      const c = g.rowCols[p] as number;
      if (sharedTpl.has(c)) {
        t = true;
        heldShared++;
        held++;
      }
      if (!s && syncCols.has(c)) s = true;
      if (!f && infraCols.has(c)) f = true;
      if (!l && specificCols.has(c)) l = true;
    }
    if (t) {
      withTpl++;
      heldPer.push(held / sharedTemplates);
    }
    if (s) withSync++;
    if (f) withInfra++;
    if (l) linked++;
  }
  const templateCoverage = n > 0 ? withTpl / n : 0;
  const synchrony = n > 0 ? withSync / n : 0;
  const infraCoverage = n > 0 ? withInfra / n : 0;
  const rotationShare = n > 0 ? rotation / n : 0;
  const elicitation = n > 0 ? elic / n : 0;
  const templTerm = templateEvidence >= 2 ? Math.min(1, Math.log(templateEvidence) / Math.log(o.templatesSaturation)) * templateCoverage : 0;
  const cohesion = Math.max(templateCoverage, synchrony);
  const meanHeld = withTpl > 0 ? heldShared / withTpl : 0;
  const spread = meanHeld > 0 ? sharedTemplates / meanHeld : 0;
  const spreadTerm = spread > 1 ? Math.min(1, Math.log(spread) / Math.log(o.spreadSaturation)) * templateCoverage : 0;
  const hydra = Math.min(1, Math.log(Math.max(n, 1)) / Math.log(o.hydraSize));
  const relDensity = inp.densityRef > 0 ? inp.density / inp.densityRef : 1;
  const collective = Math.min(
    1,
    Math.min(1, relDensity) *
      hydra *
      (o.templateWeight * templTerm +
        o.synchronyWeight * synchrony +
        o.rotationWeight * rotationShare * cohesion +
        o.spreadWeight * spreadTerm +
        o.elicitationWeight * elicitation),
  );
  // Independent specific families: rare shared work, the same rare work in the same windows, and
  // shared infrastructure (specific addresses or registry rows, or heads cycling through proxy exits).
  const families =
    (templateEvidence >= 2 && templateCoverage >= o.familyCoverage ? 1 : 0) +
    (synchrony >= o.familyCoverage ? 1 : 0) +
    (infraCoverage >= o.familyCoverage || rotationShare >= o.familyCoverage ? 1 : 0);
  // Lockstep: the share of the cluster's shared templates the median member holds (1: everyone
  // sends the same items; a hydra's heads each hold a slice of one pool). The median, not the mean, so
  // a few accounts of another group caught in the cluster do not make a classroom look split.
  heldPer.sort((a, b) => a - b);
  const lockstep = heldPer.length > 0 ? (heldPer[heldPer.length >> 1] as number) : 1;
  const meanScore = n > 0 ? scoreSum / n : 0;
  const campaignScore = 1 - (1 - meanScore) * (1 - collective);
  let inOrgs = 0;
  for (const k of orgs.values()) if (k >= minShared) inOrgs += k;
  const oneOrg = n > 0 ? inOrgs / n : 0;
  const customer = oneOrg >= o.oneOrgShare;
  const dense = relDensity >= o.minRelativeDensity && families >= o.minCollectiveFamilies && lockstep <= o.collectiveMaxLockstep && !customer;
  const splitWork =
    dense &&
    !customer &&
    sharedTemplates >= minShared &&
    templateCoverage >= o.splitCoverage &&
    synchrony >= o.splitSynchrony &&
    lockstep <= o.splitMaxLockstep &&
    collective >= o.splitMinCollective;
  const linkedOk = linked / Math.max(1, n) >= o.minLinkedShare;
  const flaggedHydra = flagged / Math.max(1, n) >= o.flaggedHydraShare;
  const turn = headTurnover(rows.map((r) => inp.link(r)), (i) => inp.flagged(rows[i] as number), o.relayRateOutlier, 2 * o.relayMaxRateSpread);
  const relay =
    !customer &&
    turn.heads >= Math.max(o.minAccounts, o.relayMinAccounts) &&
    templateEvidence >= 2 &&
    sharedTemplates >= minShared &&
    templateCoverage >= o.splitCoverage &&
    lockstep <= o.splitMaxLockstep &&
    relDensity >= o.relayMinRelativeDensity &&
    turn.spanMs >= o.relayMinSpanDays * 86_400_000 &&
    turn.memberSpan <= o.relayMaxMemberSpan &&
    turn.rateSpread <= o.relayMaxRateSpread &&
    turn.medianRate >= o.relayMinRate;
  // Enough suspicious mass: member scores with collective behaviour (flagged hydra or dense collective).
  const mass = campaignScore >= o.minCampaignScore && (flaggedHydra || dense);
  return {
    accounts: n,
    coreAccounts: inp.coreRows,
    density: inp.density,
    meanScore,
    flaggedShare: n > 0 ? flagged / n : 0,
    sharedTemplates,
    templateEvidence,
    templateCoverage,
    synchrony,
    rotation: rotationShare,
    spread,
    elicitation,
    collective,
    campaignScore,
    linkedShare: n > 0 ? linked / n : 0,
    relativeDensity: relDensity,
    families,
    lockstep,
    oneOrg,
    memberSpan: turn.memberSpan,
    rateSpread: turn.rateSpread,
    path: n < o.minAccounts || !linkedOk ? 'none' : mass ? (flaggedHydra ? 'flagged' : 'collective') : splitWork ? 'split_work' : relay ? 'relay' : 'none',
    // Members individually flagged and tied by specific indicators are a hydra whatever the block's
    // density; otherwise the suspicious mass is collective and must be dense and many-sided; or,
    // before the heads' scores rise, split work in lockstep (splitWork above); or, over days, a relay
    // of short-lived heads at balanced loads (relay above).
    accepted: n >= o.minAccounts && linkedOk && (mass || splitWork || relay),
  };
}

/** Paths carried by what the members do together rather than by their own scores (rider rules apply). */
export function collectiveEvidence(path: ClusterFeatures['path']): boolean {
  return path === 'collective' || path === 'split_work' || path === 'relay';
}

/** Rotation of one account: cycling through many networks (a proxy pool's exits), not a home or an office address. Saturates at 5 prefixes. */
export function rotationOf(a: AccountLink): number {
  const ps = a.sketches[KIND_INDEX.prefix];
  return ps ? Math.min(1, Math.max(0, ps.keys.length - 1) / 4) : 0;
}

export interface ClusterColumns {
  readonly sharedTemplates: number;
  readonly templateEvidence: number;
  readonly sharedTpl: ReadonlySet<number>;
  readonly syncCols: ReadonlySet<number>;
  readonly infraCols: ReadonlySet<number>;
  readonly specificCols: ReadonlySet<number>;
}

/**
 * The columns specific to a cluster (held by ≥ minSharedBy members, who are most of their holders),
 * by family. Evidence of shared work: templates specific to the cluster AND rare across the world,
 * each weighted by its rarity (IDF), never merely counted. A template half the world sends is no tie.
 */
export function clusterColumns(g: BipartiteGraph, rows: readonly number[], totalRows: number, o: GateOptions): ClusterColumns {
  const counts = new Map<number, number>();
  for (const r of rows)
    for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
      const c = g.rowCols[p] as number;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  const minShared = Math.max(o.minSharedBy, 2);
  const N = Math.max(1, totalRows);
  const idfNorm = Math.log(N / minShared);
  let sharedTemplates = 0;
  let templateEvidence = 0;
  const sharedTpl = new Set<number>();
  const syncCols = new Set<number>();
  const infraCols = new Set<number>();
  const specificCols = new Set<number>();
  const clusterShare = rows.length / N;
  for (const [c, k] of counts) {
    if (k < minShared) continue;
    const deg = (g.colPtr[c + 1] as number) - (g.colPtr[c] as number);
    const share = k / deg;
    if (share < o.specificShare || share < o.specificLift * clusterShare) continue;
    const kind = g.colKind[c] as number;
    if (kind === KIND_INDEX.template || kind === KIND_INDEX.template_hour) {
      if (deg / N > o.maxTemplatePopularity) continue;
      if (kind === KIND_INDEX.template) {
        const idf = idfNorm > 0 ? Math.min(1, Math.max(0, Math.log(N / deg) / idfNorm)) : 1;
        sharedTemplates++;
        templateEvidence += idf;
        sharedTpl.add(c);
      } else syncCols.add(c);
    } else if (kind === KIND_INDEX.active_bucket) {
      // Co-activity counts only in windows the cluster holds far beyond its share (busy hours do not).
      if (share < Math.max(o.specificShare, 3 * o.specificLift * clusterShare)) continue;
      syncCols.add(c);
    } else if (kind !== KIND_INDEX.asn && kind !== KIND_INDEX.user_agent) infraCols.add(c);
    specificCols.add(c);
  }
  return { sharedTemplates, templateEvidence, sharedTpl, syncCols, infraCols, specificCols };
}
