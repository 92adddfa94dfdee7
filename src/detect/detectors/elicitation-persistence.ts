// detect detector: elicitation as a habit over the account's whole life: on most of its active days
// and from its first days to its last, not one burst (an evaluation run, a curious week). Counts
// only when the elicitation rate is itself in significant excess (elicitation-evidence.ts).
import { ramp } from '../pattern.js';
import { elicitationEvidence } from '../elicitation-evidence.js';
import { round } from '../rule.js';
import type { Detector } from '../types.js';
import { EXCESS_MIN_LLR, freshness } from './elicitation-excess.js';

const CAP = 2.0;

export const elicitationPersistence: Detector = {
  id: 'elicitation-persistence',
  version: 1,
  cap: CAP,
  explainedBy: ['burst_runs'],
  detect(p, cohort) {
    const e = elicitationEvidence(p, cohort);
    if (e.llr < EXCESS_MIN_LLR || !Number.isFinite(e.spanShare)) return [];
    const strength = ramp(e.days, 2, 5) * ramp(e.dayShare, 0.4, 0.8) * ramp(e.spanShare, 0.5, 0.9) * freshness(e.fresh) * (1 - e.appTemplate);
    if (!(strength > 0)) return [];
    return [{
      code: 'elicitation_every_day',
      value: round(e.dayShare),
      weight: round(CAP * strength),
      detail: `elicitation on ${e.days} days (${round(100 * e.dayShare, 0)}% of active days), spread over ${round(100 * e.spanShare, 0)}% of its active span`,
    }];
  },
};
