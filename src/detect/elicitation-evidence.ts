// detect stage: an account's distillation elicitations as a count test against the base rate of
// all accounts: k distinct elicitation contents among n exchanges with text vs rate p0, as a one-
// sided binomial log-likelihood ratio (nats; Wilks: 2·LLR ~ χ²₁ under p0). Pure; also exported so
// link can pool a campaign's counts (Σk over Σn) for cluster-level evidence.
import { appTemplateStrength } from './app-template.js';
import type { Cohort, Profile } from './types.js';

/** Classifier false-positive floor: below this per-exchange rate an elicitation is noise. */
export const ELICIT_P0_FLOOR = 0.01;
/** The base rate is this multiple of the median account's share (room for benign variation). */
export const ELICIT_P0_MEDIAN_FACTOR = 1.5;

export interface ElicitationEvidence {
  /** Distinct distillation-elicitation contents (CoT reconstruction, rubric grading, synthetic data). */
  readonly k: number;
  /** Exchanges with prompt text. */
  readonly n: number;
  /** Base rate tested against. */
  readonly p0: number;
  /** One-sided binomial log-likelihood ratio in nats (0 when k/n ≤ p0). */
  readonly llr: number;
  /** Share of the elicitation exchanges that were new contents (NaN without elicitation). */
  readonly fresh: number;
  /** UTC days with an elicitation, and their share of the account's active days. */
  readonly days: number;
  readonly dayShare: number;
  /** First-to-last elicitation day over first-to-last active day (NaN without elicitation). */
  readonly spanShare: number;
  /** How much the account looks like one application's fixed template (app-template.ts), 0-1. */
  readonly appTemplate: number;
}

/** n·KL(k/n ‖ p0) when k/n > p0, else 0: the log-likelihood ratio of the best rate vs p0. */
export function elicitationLlr(k: number, n: number, p0: number): number {
  if (!(n > 0) || !(k > 0) || !(p0 > 0) || !(p0 < 1)) return 0;
  const p = Math.min(1, k / n);
  if (p <= p0) return 0;
  const a = k * Math.log(p / p0);
  const b = p < 1 ? (n - k) * Math.log((1 - p) / (1 - p0)) : 0;
  return Math.max(0, a + b);
}

/** The base rate for a world: the median account's distinct-elicitation share × 1.5, at least 1%. */
export function elicitationBaseRate(cohort: Cohort): number {
  const m = cohort.global.stat('elicitDistinctShare')?.median;
  return Math.max(ELICIT_P0_FLOOR, Number.isFinite(m) ? ELICIT_P0_MEDIAN_FACTOR * (m as number) : 0);
}

export function elicitationEvidence(p: Profile, cohort: Cohort): ElicitationEvidence {
  const v = p.features.values;
  const n = Math.max(0, p.state.n - p.state.noText);
  const k = Number.isFinite(v.elicitDistinct) ? v.elicitDistinct : 0;
  const p0 = elicitationBaseRate(cohort);
  return { k, n, p0, llr: elicitationLlr(k, n, p0), fresh: v.elicitFresh, days: v.elicitDays, dayShare: Number.isFinite(v.elicitDayShare) ? v.elicitDayShare : 0, spanShare: v.elicitSpanShare, appTemplate: appTemplateStrength(p) };
}
