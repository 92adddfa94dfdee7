// detect stage: the visible defaults of account scoring. The score is a naive-Bayes log-odds:
// logit(prior) + Σ detector evidence, each detector capped (docs/scoring.md explains the numbers).
import type { DetectOptions } from './types.js';

export const DEFAULT_DETECT_OPTIONS: DetectOptions = Object.freeze({
  // 1%: of the accounts active in a window, the reported campaigns were ~24k of millions; a
  // provider's live share is lower still, but the analysed window is usually pre-filtered.
  prior: 0.01,
  // suspicious at even odds, distillation at 9:1; with prior 1% (logit −4.6) and detector caps
  // ≤ 2.5, no single detector can move an account out of 'benign' on its own.
  bands: Object.freeze({ suspicious: 0.5, distillation: 0.9 }),
  minCohortSize: 30,
  minExchanges: 5,
  shrinkPseudoCount: 10,
  z0: 2,
  zCap: 6,
  volumeBands: Object.freeze([10, 100, 1000, 10000]),
  maxFindings: 8,
  disabled: Object.freeze([]),
}) as DetectOptions;

export function withDefaults(o: Partial<DetectOptions> | undefined): DetectOptions {
  return { ...DEFAULT_DETECT_OPTIONS, ...o };
}
