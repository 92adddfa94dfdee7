// link: the stage's contract types: account scores in, campaigns and memberships out.
import type { AccountId, CampaignId, EvidenceItem, VerdictBand } from '../schema/index.js';

/** Per-account verdict from detect, as link consumes it. */
export interface AccountScore {
  readonly account_id: AccountId;
  /** Calibrated score in [0,1]. */
  readonly score: number;
  readonly verdict: VerdictBand;
  /** Own evidence explained away by costly benign patterns (detect's AccountVerdict.explained). */
  readonly explained?: number;
}

export interface Pivot {
  readonly model: string;
  /** ISO time of the model's first appearance in the traffic (any account). */
  readonly firstSeen: string;
  /** Share of the campaign's exchanges in [firstSeen, firstSeen + 24 h) that went to this model. */
  readonly shareWithin24h: number;
  /** The campaign's exchanges on this model in that window. */
  readonly exchangesWithin24h: number;
}

export interface InfrastructureSummary {
  /** Top ASNs by exchanges. */
  readonly asns: readonly { readonly asn: number; readonly org?: string; readonly exchanges: number }[];
  readonly countries: Readonly<Record<string, number>>;
  /** Share of exchanges per network class. */
  readonly netClasses: Readonly<Record<string, number>>;
  /** Share of exchanges per channel (first-party API, cloud platforms...). */
  readonly channels: Readonly<Record<string, number>>;
  /** Distinct IPs and /24 (/48) prefixes seen in the members' bounded samples (lower bounds). */
  readonly distinctIpsSampled: number;
  readonly distinctPrefixesSampled: number;
}

/** Hourly exchanges per model over the campaign's span. */
export interface Timeline {
  /** Epoch ms of the first hour; entry h of each series is hour startMs + h·3.6e6. */
  readonly startMs: number;
  readonly hours: number;
  readonly models: Readonly<Record<string, readonly number[]>>;
}

export interface Campaign {
  readonly campaign_id: CampaignId;
  readonly account_ids: readonly AccountId[];
  /** The densest block the members were grown from. */
  readonly core_account_ids: readonly AccountId[];
  readonly exchanges: number;
  readonly first_seen: string;
  readonly last_seen: string;
  /** Mean capability probability over the members' exchanges with text (CAPABILITIES keys). */
  readonly capabilities: Readonly<Record<string, number>>;
  /** Mean elicitation score over the members' exchanges with text (ELICITATIONS keys). */
  readonly elicitation: Readonly<Record<string, number>>;
  readonly timeline: Timeline;
  readonly infrastructure: InfrastructureSummary;
  readonly status: 'active' | 'dormant';
  readonly pivots: readonly Pivot[];
  /** Campaign score in [0,1]: member scores combined with collective behaviour. */
  readonly core_score: number;
  /** FRAUDAR density f(S)/|S| of the core block. */
  readonly density: number;
  /** Shared indicators that tie the core together, strongest first (kind|value, members, weight). */
  readonly shared_indicators: readonly { readonly key: string; readonly accounts: number; readonly weight: number }[];
  readonly evidence: readonly EvidenceItem[];
}

/** What the gate measured on a cluster (kept for rejected clusters too, in the detailed result). */
export interface ClusterFeatures {
  readonly accounts: number;
  readonly coreAccounts: number;
  readonly density: number;
  /** density / median account core value. */
  readonly relativeDensity: number;
  readonly meanScore: number;
  readonly flaggedShare: number;
  /** Templates specific to the cluster and rare in the world, shared by several members. */
  readonly sharedTemplates: number;
  /** The same templates weighted by rarity (IDF normalised to 1 for a template only a few accounts send). */
  readonly templateEvidence: number;
  readonly templateCoverage: number;
  readonly synchrony: number;
  /** Mean per-member network rotation (distinct prefixes, saturating at 5). */
  readonly rotation: number;
  readonly elicitation: number;
  /** Shared templates ÷ mean shared templates per member (how the work is split across heads). */
  readonly spread: number;
  readonly collective: number;
  /** Share of members holding at least one indicator specific to the cluster. */
  readonly linkedShare: number;
  /** Independent specific families present (rare templates, synchrony on them, infrastructure), 0-3. */
  readonly families: number;
  /** Share of the cluster's shared templates the median member holds (1: everyone sends the same items). */
  readonly lockstep: number;
  /** Share of members in a declared organisation that holds several of them (one or a few customers' accounts). */
  readonly oneOrg: number;
  /** The median member's active span as a share of the cluster's (turnover.ts; 1: everyone there throughout). */
  readonly memberSpan: number;
  /** Standard deviation of the members' log exchanges per active day (0: balanced load). */
  readonly rateSpread: number;
  readonly campaignScore: number;
  /** Which gate path accepted the cluster: flagged hydra, collective evidence, split work in lockstep, a relay of short-lived heads (turnover.ts), or none. */
  readonly path: 'flagged' | 'collective' | 'split_work' | 'relay' | 'retained' | 'none';
  readonly accepted: boolean;
}

export type { CampaignId };
