// detect detector: distillation elicitations in excess of the base rate, however diluted by ordinary
// prompts: a binomial log-likelihood ratio over the account's whole life (elicitation-evidence.ts),
// tempered (an account's prompts are not independent draws) and scaled by persistence in days.
import type { Finding } from '../../schema/index.js';
import { elicitationEvidence } from '../elicitation-evidence.js';
import { ramp } from '../pattern.js';
import { round } from '../rule.js';
import type { Detector } from '../types.js';

/** LLR (nats) below which nothing counts: 2·LLR = 10 on χ²₁, p ≈ 0.001 one-sided. */
export const EXCESS_MIN_LLR = 5;
/** Log-odds per nat of LLR: power-likelihood tempering for correlated exchanges (~5 per independent draw). */
export const EXCESS_TEMPER = 0.2;
const CAP = 3.5;

/** Full weight when most elicitation exchanges ask something new; none when most are re-asks. */
export function freshness(fresh: number): number {
  return ramp(fresh, 0.3, 0.6);
}

export const elicitationExcess: Detector = {
  id: 'elicitation-excess',
  version: 1,
  cap: CAP,
  // Conversation turns and tool loops are cheap to copy and do not account for a habit of asking
  // for reasoning, grades or training data; an evaluation run in bursts does.
  explainedBy: ['burst_runs'],
  detect(p, cohort) {
    const e = elicitationEvidence(p, cohort);
    if (e.llr < EXCESS_MIN_LLR) return [];
    // One burst of elicitation (an evaluation run) counts less than a habit: nothing on two days,
    // full weight from six.
    const persist = ramp(e.days, 2, 6);
    // Re-asked elicitations (an evaluation rerun, an app's fixed wrapper) are not harvesting.
    // One application's fixed template (an LLM judge, a grading pipeline) elicits by configuration.
    const weight = Math.min(CAP, EXCESS_TEMPER * e.llr) * persist * freshness(e.fresh) * (1 - e.appTemplate);
    if (!(weight > 0)) return [];
    const f: Finding = {
      code: 'elicitation_excess',
      value: round(e.n > 0 ? e.k / e.n : 0),
      weight: round(weight),
      detail: `${e.k} distinct CoT/rubric/synthetic-data prompts in ${e.n} (base rate ${round(e.p0)}): log-likelihood ratio ${round(e.llr, 1)} nats, on ${e.days} days, ${round(100 * e.fresh, 0)}% of them new${e.appTemplate > 0 ? `; ${round(100 * e.appTemplate, 0)}% discounted as one application's fixed template` : ''}`,
    };
    return [f];
  },
};
