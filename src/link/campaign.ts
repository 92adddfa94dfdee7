// link: members' linking state → a Campaign object (volume, span, capability mix, hourly timeline per
// model, infrastructure summary, status, pivot events, evidence). Pure; event time comes from the index.
import type { AccountId, CampaignId, EvidenceItem } from '../schema/index.js';
import { CAPABILITIES, ELICITATIONS } from '../enrich/types.js';
import { KIND_INDEX } from './indicators.js';
import { type AccountLink, NET_CLASSES } from './link-index.js';
import type { Campaign, ClusterFeatures, InfrastructureSummary, Pivot, Timeline } from './types.js';

const HOUR_MS = 3_600_000;

export interface CampaignBuildOptions {
  /** No exchange for this long before the index's latest event time → dormant. */
  readonly dormantAfterMs: number;
  /** Window after a model's first appearance in which a move to it counts as a pivot. */
  readonly pivotWindowMs: number;
  /** A model counts as launched during the observation only if it first appeared this long after the start. */
  readonly launchMarginMs: number;
  /** Hard bound on the hours a timeline spans (the most recent are kept). */
  readonly maxTimelineHours: number;
}

export const DEFAULT_CAMPAIGN_BUILD_OPTIONS: CampaignBuildOptions = Object.freeze({
  dormantAfterMs: 48 * HOUR_MS,
  pivotWindowMs: 24 * HOUR_MS,
  launchMarginMs: 24 * HOUR_MS,
  maxTimelineHours: 24 * 120,
});

export interface CampaignContext {
  readonly modelFirstMs: ReadonlyMap<string, number>;
  readonly asOrgs: ReadonlyMap<number, string>;
  readonly minMs: number;
  readonly nowMs: number;
}

function top<K>(m: Map<K, number>, n: number): [K, number][] {
  return [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

export function buildCampaign(
  id: CampaignId,
  members: readonly AccountLink[],
  core: readonly AccountId[],
  features: ClusterFeatures,
  sharedIndicators: Campaign['shared_indicators'],
  ctx: CampaignContext,
  o: CampaignBuildOptions,
): Campaign {
  let exchanges = 0;
  let first = Infinity;
  let last = -Infinity;
  let withText = 0;
  const cap = new Float64Array(CAPABILITIES.length);
  const elic = new Float64Array(ELICITATIONS.length);
  const hourly = new Map<string, Map<number, number>>();
  const asns = new Map<number, number>();
  const countries = new Map<string, number>();
  const channels = new Map<string, number>();
  const net = new Float64Array(NET_CLASSES.length);
  const ips = new Set<string>();
  const prefixes = new Set<string>();
  for (const a of members) {
    exchanges += a.exchanges;
    first = Math.min(first, a.firstMs);
    last = Math.max(last, a.lastMs);
    withText += a.withText;
    for (let i = 0; i < cap.length; i++) cap[i]! += a.capSum[i] ?? 0;
    for (let i = 0; i < elic.length; i++) elic[i]! += a.elicSum[i] ?? 0;
    for (const [model, hours] of a.hourly) {
      let m = hourly.get(model);
      if (!m) hourly.set(model, (m = new Map()));
      for (const [h, c] of hours) m.set(h, (m.get(h) ?? 0) + c);
    }
    for (const [k, v] of a.asns) asns.set(k, (asns.get(k) ?? 0) + v);
    for (const [k, v] of a.countries) countries.set(k, (countries.get(k) ?? 0) + v);
    for (const [k, v] of a.channels) channels.set(k, (channels.get(k) ?? 0) + v);
    for (let i = 0; i < net.length; i++) net[i]! += a.netClasses[i] ?? 0;
    for (const k of a.sketches[KIND_INDEX.ip]?.keys ?? []) ips.add(k);
    for (const k of a.sketches[KIND_INDEX.prefix]?.keys ?? []) prefixes.add(k);
  }
  const capabilities: Record<string, number> = {};
  CAPABILITIES.forEach((c, i) => (capabilities[c] = withText > 0 ? (cap[i] as number) / withText : 0));
  const elicitation: Record<string, number> = {};
  ELICITATIONS.forEach((c, i) => (elicitation[c] = withText > 0 ? (elic[i] as number) / withText : 0));

  // Timeline: dense hourly series over the span (bounded to the latest maxTimelineHours).
  let h0 = Infinity;
  let h1 = -Infinity;
  for (const m of hourly.values()) for (const h of m.keys()) {
    h0 = Math.min(h0, h);
    h1 = Math.max(h1, h);
  }
  const timeline: Timeline = (() => {
    if (!Number.isFinite(h0)) return { startMs: Number.isFinite(first) ? first : 0, hours: 0, models: {} };
    h0 = Math.max(h0, h1 - o.maxTimelineHours + 1);
    const hours = h1 - h0 + 1;
    const models: Record<string, number[]> = {};
    for (const [model, m] of hourly) {
      const series = new Array<number>(hours).fill(0);
      for (const [h, c] of m) if (h >= h0) series[h - h0]! += c;
      models[model] = series;
    }
    return { startMs: h0 * HOUR_MS, hours, models };
  })();

  // Pivots: for each model that launched during the observation, the share of the campaign's traffic
  // in the 24 h after launch that went to it.
  const pivots: Pivot[] = [];
  for (const [model, fMs] of ctx.modelFirstMs) {
    if (!(fMs >= ctx.minMs + o.launchMarginMs)) continue;
    const from = Math.floor(fMs / HOUR_MS);
    const to = Math.floor((fMs + o.pivotWindowMs - 1) / HOUR_MS);
    let onModel = 0;
    let all = 0;
    for (const [mName, m] of hourly) {
      for (const [h, c] of m) {
        if (h < from || h > to) continue;
        all += c;
        if (mName === model) onModel += c;
      }
    }
    if (all === 0) continue;
    pivots.push({ model, firstSeen: new Date(fMs).toISOString(), shareWithin24h: onModel / all, exchangesWithin24h: onModel });
  }
  pivots.sort((a, b) => b.shareWithin24h - a.shareWithin24h);

  const totalNet = net.reduce((s, v) => s + v, 0);
  const netClasses: Record<string, number> = {};
  NET_CLASSES.forEach((c, i) => {
    if ((net[i] as number) > 0) netClasses[c] = (net[i] as number) / totalNet;
  });
  const totalCh = [...channels.values()].reduce((s, v) => s + v, 0);
  const infrastructure: InfrastructureSummary = {
    asns: top(asns, 5).map(([asn, n]) => {
      const org = ctx.asOrgs.get(asn);
      return org === undefined ? { asn, exchanges: n } : { asn, org, exchanges: n };
    }),
    countries: Object.fromEntries(top(countries, 8)),
    netClasses,
    channels: Object.fromEntries(top(channels, 8).map(([k, v]) => [k, v / totalCh])),
    distinctIpsSampled: ips.size,
    distinctPrefixesSampled: prefixes.size,
  };

  const f = features;
  const evidence: EvidenceItem[] = [
    { kind: 'member_scores', matched: `${f.accounts} accounts, ${(f.flaggedShare * 100).toFixed(0)}% flagged`, weight: round(f.meanScore), detail: 'mean calibrated account score' },
    { kind: 'dense_block', matched: `${f.coreAccounts} core accounts`, weight: round(f.density), detail: 'FRAUDAR density f(S)/|S| of the core' },
    { kind: 'shared_templates', matched: `${f.sharedTemplates} templates`, weight: round(f.templateCoverage), detail: 'templates shared by 3+ members; weight = share of members using one' },
    { kind: 'synchrony', matched: `${(f.synchrony * 100).toFixed(0)}% of members`, weight: round(f.synchrony), detail: 'same template in the same hour, or activity windows the cluster dominates' },
    { kind: 'network_rotation', matched: `${prefixes.size} prefixes`, weight: round(f.rotation), detail: 'members cycling through many networks (proxy exits) while behaving alike' },
    { kind: 'elicitation', matched: 'mean max elicitation score', weight: round(f.elicitation) },
    {
      kind: 'split_work',
      matched: `median member holds ${(f.lockstep * 100).toFixed(0)}% of ${f.sharedTemplates} shared templates`,
      weight: round(1 - f.lockstep),
      detail: `one pool divided over the heads (a team in lockstep holds ~100%); gate path: ${f.path}`,
    },
    {
      kind: 'turnover',
      matched: `median member active for ${(f.memberSpan * 100).toFixed(0)}% of the span; load spread ${f.rateSpread.toFixed(2)}`,
      weight: round(1 - f.memberSpan),
      detail: 'heads used for a while and replaced as the work goes on, with balanced loads (robust spread, 1.4826 × MAD, of log exchanges per active day)',
    },
  ];
  for (const p of pivots.slice(0, 3))
    if (p.shareWithin24h >= 0.2)
      evidence.push({ kind: 'model_pivot', matched: p.model, weight: round(p.shareWithin24h), detail: `share of traffic on the model within 24 h of ${p.firstSeen}` });

  return {
    campaign_id: id,
    account_ids: members.map((a) => a.account_id).sort(),
    core_account_ids: [...core].sort(),
    exchanges,
    first_seen: new Date(Number.isFinite(first) ? first : 0).toISOString(),
    last_seen: new Date(Number.isFinite(last) ? last : 0).toISOString(),
    capabilities,
    elicitation,
    timeline,
    infrastructure,
    status: ctx.nowMs - last > o.dormantAfterMs ? 'dormant' : 'active',
    pivots,
    core_score: round(f.campaignScore),
    density: round(f.density),
    shared_indicators: sharedIndicators,
    evidence,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
