// eval: report campaigns vs true campaigns over attack accounts → ARI and pair precision/recall,
// plus the matching (report campaign → majority true campaign) that attribution and delay use.
// Conventions: an attack account without a true campaign_id is its own true singleton; an attack
// account in no report campaign is its own predicted singleton (so missing it costs pair recall).
import type { Report } from '../schema/index.js';
import type { Label } from './labels.js';
import { adjustedRandIndex, pairCounts } from './ari.js';
import { ratio } from './account-metrics.js';
import type { CampaignMetrics } from './types.js';

/** True campaign key of an attack account. */
export function trueCampaignOf(l: Label): string {
  return typeof l.campaign_id === 'string' && l.campaign_id !== '' ? l.campaign_id : `solo:${l.account_id}`;
}

export interface Membership {
  /** account → the report campaign it is in (first listing wins). */
  readonly campaignOf: ReadonlyMap<string, string>;
  /** report campaign → its distinct members, in report order. */
  readonly members: ReadonlyMap<string, readonly string[]>;
  readonly multiplyAssigned: number;
}

/** Who is in which report campaign: campaigns[].account_ids first, accounts[].campaign_id as fallback. */
export function membership(report: Report): Membership {
  const campaignOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  const multi = new Set<string>();
  for (const c of report.campaigns) {
    const list = members.get(c.campaign_id) ?? [];
    members.set(c.campaign_id, list);
    for (const a of c.account_ids) {
      const prev = campaignOf.get(a);
      if (prev === undefined) {
        campaignOf.set(a, c.campaign_id);
        list.push(a);
      } else if (prev !== c.campaign_id) multi.add(a);
    }
  }
  for (const a of report.accounts) {
    if (typeof a.campaign_id !== 'string' || campaignOf.has(a.account_id)) continue;
    campaignOf.set(a.account_id, a.campaign_id);
    const list = members.get(a.campaign_id) ?? [];
    list.push(a.account_id);
    members.set(a.campaign_id, list);
  }
  return { campaignOf, members, multiplyAssigned: multi.size };
}

/** Most frequent value; ties go to the smallest in string order (deterministic). */
export function majority(values: Iterable<string>): string | null {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestN = 0;
  for (const [v, k] of n) if (k > bestN || (k === bestN && best !== null && v < best)) [best, bestN] = [v, k];
  return best;
}

/** report campaign id → majority true campaign among its attack members (null: none are attack). */
export function matchCampaigns(m: Membership, labels: ReadonlyMap<string, Label>): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const [cid, accts] of m.members) {
    const trues: string[] = [];
    for (const a of accts) {
      const l = labels.get(a);
      if (l?.label === 'distillation') trues.push(trueCampaignOf(l));
    }
    out.set(cid, majority(trues));
  }
  return out;
}

export function scoreCampaigns(report: Report, labels: ReadonlyMap<string, Label>, m: Membership = membership(report)): CampaignMetrics {
  const truth: string[] = [];
  const pred: string[] = [];
  const trueSet = new Set<string>();
  let unassigned = 0;
  for (const l of labels.values()) {
    if (l.label !== 'distillation') continue;
    const t = trueCampaignOf(l);
    trueSet.add(t);
    truth.push(t);
    const p = m.campaignOf.get(l.account_id);
    if (p === undefined) unassigned++;
    // '\u0000' keeps a singleton key from colliding with any real campaign id.
    pred.push(p === undefined ? `\u0000${l.account_id}` : `c:${p}`);
  }
  let benignIn = 0;
  let attackIn = 0;
  for (const [a] of m.campaignOf) {
    const l = labels.get(a)?.label;
    if (l === 'benign') benignIn++;
    else if (l === 'distillation') attackIn++;
  }
  const pc = pairCounts(truth, pred);
  return {
    attackAccounts: truth.length,
    trueCampaigns: trueSet.size,
    reportCampaigns: m.members.size,
    ari: adjustedRandIndex(truth, pred),
    pairPrecision: ratio(pc.together, pc.together + pc.falseMerge),
    pairRecall: ratio(pc.together, pc.together + pc.falseSplit),
    memberPurity: ratio(attackIn, attackIn + benignIn),
    unassignedAttackAccounts: unassigned,
    benignInCampaigns: benignIn,
    multiplyAssigned: m.multiplyAssigned,
  };
}
