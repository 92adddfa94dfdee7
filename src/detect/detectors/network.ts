// detect detector: network posture: many client prefixes per exchange (proxy rotation), anonymizer
// exits, restricted regions. NAT'd enterprises (one prefix) and cloud-hosted apps do not trip it.
import { ruleDetector } from '../rule.js';

export const network = ruleDetector('network', 2, 1.2, [
  { code: 'prefixes_per_100', feature: 'prefixesPer100', direction: 'high', floor: 2, gate: 10, weight: 0.3 },
  { code: 'anonymizer_share', feature: 'anonymizerShare', direction: 'high', floor: 0.05, gate: 0.3, weight: 0.3, isShare: true, reference: 'global' },
  { code: 'restricted_region_share', feature: 'restrictedShare', direction: 'high', floor: 0.05, gate: 0.3, weight: 0.2, isShare: true, reference: 'global' },
]);
