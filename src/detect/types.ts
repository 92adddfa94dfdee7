// detect stage contracts: a Profile (an account's state, features, registry row) and its Cohort's
// robust statistics go into each Detector; Findings (reason codes with value, cohort percentile and
// log-odds weight) come out, and scoreAccounts turns them into a calibrated AccountVerdict.
import type { Account, AccountId, Finding, VerdictBand } from '../schema/index.js';
import type { AccountFeatures, AccountState, FeatureName } from '../profile/index.js';

/** Features computed in detect (need the cohort): the window distribution distance. */
export type DerivedFeature = 'windowMmd';
export type ScoredFeature = FeatureName | DerivedFeature;

export interface Profile {
  readonly state: AccountState;
  readonly features: AccountFeatures;
  readonly account?: Account;
  /** Derived values (windowMmd) set by scoreAccounts before detectors run. */
  readonly derived: Readonly<Record<DerivedFeature, number>>;
}

/** Robust summary of one feature over a cohort's accounts. */
export interface FeatureStat {
  readonly median: number;
  /** Median absolute deviation × 1.4826 (a robust standard deviation); 0 when the bulk is one value. */
  readonly scale: number;
  /** Sorted finite values, for percentiles. */
  readonly sorted: Float64Array;
}

export interface Cohort {
  /** e.g. 'tier=free|channel=api|volume=100-999', or a coarser fallback key. */
  readonly key: string;
  readonly size: number;
  stat(f: ScoredFeature): FeatureStat | undefined;
  /** Percentile (0..100) of a value among the cohort (share of values ≤ it). */
  percentile(f: ScoredFeature, value: number): number;
  readonly options: DetectOptions;
  /** The cohort of all accounts (itself when this is it): the reference for absolute content signals. */
  readonly global: Cohort;
}

export interface Detector {
  readonly id: string;
  readonly version: number;
  /** Bound of |summed weight| this detector may add to the log-odds (corroboration cap). */
  readonly cap: number;
  detect(p: Profile, cohort: Cohort): Finding[];
  /**
   * Codes of the negative (benign-pattern) findings that may explain this detector's evidence away;
   * absent: any may. A pattern that a careful attacker copies cheaply (conversation turns, tool
   * loops) must not explain away what it does not account for (a habit of eliciting reasoning).
   */
  readonly explainedBy?: readonly string[];
  /** Codes of its negative findings that cost a harvester what it is paid to save (Pattern.costly). */
  readonly costly?: readonly string[];
}

export interface DetectOptions {
  /** Prior probability that an account seen in the window takes part in distillation. */
  readonly prior: number;
  /** Score bands: score ≥ suspicious → 'suspicious'; ≥ distillation → 'distillation'. */
  readonly bands: { readonly suspicious: number; readonly distillation: number };
  /** A cohort finer than this many accounts falls back to a coarser one. */
  readonly minCohortSize: number;
  /** Accounts with fewer exchanges get no behavioural evidence (too little to judge). */
  readonly minExchanges: number;
  /** Pseudo-count shrinking an account's shares toward its cohort median (empirical Bayes). */
  readonly shrinkPseudoCount: number;
  /** Robust z below this gives no evidence; evidence grows linearly to zCap. */
  readonly z0: number;
  readonly zCap: number;
  /** Volume band edges in exchanges (ascending). */
  readonly volumeBands: readonly number[];
  /** At most this many findings are kept on a verdict (largest weight first). */
  readonly maxFindings: number;
  /** Detector ids to skip. */
  readonly disabled: readonly string[];
}

export interface AccountVerdict {
  readonly account_id: AccountId;
  readonly score: number;
  readonly verdict: VerdictBand;
  readonly findings: Finding[];
  readonly cohort: string;
  /** Log-odds before the logistic (prior + evidence). */
  readonly logit: number;
  /** Net evidence of the account's own behaviour, in log-odds above the prior (≥ 0; 0 = nothing against it). */
  readonly evidence: number;
  /**
   * Evidence (log-odds) explained away by benign patterns that a harvester pays to imitate (costly
   * patterns: evaluation bursts, repeated prompts). Linking reads it: a customer tied to a campaign
   * by shared texts alone, whose own record is explained this way, runs the same benchmark, not the
   * campaign's work. 0 when none.
   */
  readonly explained: number;
  /**
   * Per-account quantities for cluster-level evidence (link/attribute): the distillation-elicitation
   * counts and their log-likelihood ratio vs the world's base rate (pool a group with
   * elicitationLlr(Σk, Σn, p0)). Absent for accounts below minExchanges.
   */
  readonly signals?: AccountSignals;
}

export interface AccountSignals {
  /** Distinct CoT/rubric/synthetic-data elicitation contents, and exchanges with text. */
  readonly elicitK: number;
  readonly elicitN: number;
  /** The world's base rate the LLR is taken against (same for every account of one scoring). */
  readonly elicitP0: number;
  /** One-sided binomial log-likelihood ratio, nats. */
  readonly elicitLlr: number;
  /** Days with elicitation and their share of active days. */
  readonly elicitDays: number;
  readonly elicitDayShare: number;
  /** How much the account looks like one application's fixed template (0-1): its elicitation counted that much less. */
  readonly appTemplate: number;
}

export interface ScoreItem {
  readonly state: AccountState;
  readonly features: AccountFeatures;
  readonly account?: Account;
}
