// detect detector: machine cadence: round-the-clock activity (flat hour-of-day profile, high duty
// cycle), metronome-regular inter-arrival gaps, pushing against rate limits. API apps share some of
// this, so the cap is low and it only corroborates.
import { ruleDetector } from '../rule.js';

export const machineCadence = ruleDetector('machine-cadence', 2, 1.2, [
  { code: 'diurnal_entropy', feature: 'diurnalEntropy', direction: 'high', floor: 0.05, gate: 0.9, weight: 0.3 },
  { code: 'duty_cycle', feature: 'dutyCycle', direction: 'high', floor: 0.05, gate: 0.5, weight: 0.3 },
  { code: 'gap_regularity', feature: 'gapRegularity', direction: 'high', floor: 0.05, gate: 0.5, weight: 0.3 },
  { code: 'rate_limited_share', feature: 'rateLimitShare', direction: 'high', floor: 0.02, gate: 0.05, weight: 0.2, isShare: true },
]);
