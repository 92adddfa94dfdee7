// Contracts of shared/schema/ as TypeScript types. Validated once at the edge (src/schema/validate.ts),
// then trusted. Unknown fields are kept on the same object (they ride along, index signature).

export type AccountId = string & { readonly __brand: 'AccountId' };
export type ExchangeId = string & { readonly __brand: 'ExchangeId' };
export type ActorId = string & { readonly __brand: 'ActorId' };
export type CampaignId = string & { readonly __brand: 'CampaignId' };

/** One logged request/response (exchange.schema.json). */
export interface Exchange {
  readonly id: ExchangeId;
  readonly ts: string;
  readonly account_id: AccountId;
  readonly org_id?: string;
  readonly api_key_id?: string;
  readonly channel?: string;
  readonly ip?: string;
  readonly user_agent?: string;
  readonly tls_fingerprint?: string;
  readonly model: string;
  readonly conversation_id?: string;
  readonly turn_index?: number;
  readonly system_prompt?: string;
  readonly prompt?: string;
  readonly prompt_sketch?: string;
  readonly tool_names?: readonly string[];
  readonly tool_calls?: number;
  readonly has_images?: boolean;
  readonly thinking?: boolean;
  readonly max_tokens?: number;
  readonly temperature?: number;
  readonly input_tokens: number;
  readonly output_tokens: number;
  readonly status?: number;
  readonly stop_reason?: string;
  readonly latency_ms?: number;
  readonly response?: string;
  readonly [extra: string]: unknown;
}

/** One account of the provider's registry (account.schema.json). */
export interface Account {
  readonly account_id: AccountId;
  readonly created_at: string;
  readonly org_id?: string;
  readonly tier?: string;
  readonly verification?: string;
  readonly email_domain?: string;
  readonly display_name?: string;
  readonly payment_fingerprint?: string;
  readonly country?: string;
  readonly signup_ip?: string;
  readonly [extra: string]: unknown;
}

/** A known organization campaigns may be attributed to (actor.schema.json). */
export interface Actor {
  readonly actor_id: ActorId;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly country?: string;
  readonly cidrs?: readonly string[];
  readonly asns?: readonly number[];
  readonly email_domains?: readonly string[];
  readonly payment_fingerprints?: readonly string[];
  readonly people?: readonly string[];
  readonly notes?: string;
  readonly [extra: string]: unknown;
}

export type VerdictBand = 'benign' | 'suspicious' | 'distillation';
export type Confidence = 'low' | 'moderate' | 'high';

/** A reason: one signal that weighed in a verdict, with its value and cohort percentile. */
export interface Finding {
  readonly code: string;
  readonly value: number | string;
  /** Percentile of the value within the account's cohort, 0..100, where a cohort applies. */
  readonly percentile?: number;
  /** Contribution of this finding to the score (log-odds units or a share; detector-defined). */
  readonly weight?: number;
  readonly detail?: string;
}

export interface ReportAccount {
  readonly account_id: string;
  readonly score: number;
  readonly verdict: VerdictBand;
  readonly campaign_id?: string;
  readonly signals?: readonly Finding[];
  readonly [extra: string]: unknown;
}

export interface EvidenceItem {
  readonly kind: string;
  readonly matched: string;
  readonly weight: number;
  readonly detail?: string;
}

export interface ReportCampaign {
  readonly campaign_id: string;
  readonly account_ids: readonly string[];
  readonly actor_id?: string;
  readonly confidence?: Confidence;
  readonly first_seen?: string;
  readonly first_alert?: string;
  readonly exchanges?: number;
  readonly capabilities?: Readonly<Record<string, number>>;
  readonly evidence?: readonly unknown[];
  readonly [extra: string]: unknown;
}

/** The machine-readable report (report.schema.json), plus whatever more a run writes. */
export interface Report {
  readonly accounts: readonly ReportAccount[];
  readonly campaigns: readonly ReportCampaign[];
  readonly [extra: string]: unknown;
}

export type ContractName = 'exchange' | 'account' | 'actor' | 'report';
